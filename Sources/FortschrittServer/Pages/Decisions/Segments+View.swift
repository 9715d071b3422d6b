import FortschrittDomain
import Plot

extension SegmentsModel {
    func render(_ page: PageContext) -> String {
        let title = page.text(.cutContribution("\(contribution.id)"))
        return Layout.render(
            page, title: title, siteName: siteName,
            .h1(.text(title)),
            .if(notice != nil, .p(.class("notice"), .attr("role", "status"), .text(notice ?? ""))),
            .if(error != nil, .div(.class("error-summary"), .attr("role", "alert"), .p(.text(error ?? "")))),
            .p(.a(.attr("href", decisionsPath), .text(page.text(.decisionsOf(strategy.title, "\(version.number)"))))),
            .p(
                .class("meta"), ContributionParts.author(contribution, page), .text(" · "),
                ContributionParts.arrival(contribution, page), .text(" · "),
                .text(page.text(.sectionNamed(contribution.anchor.block.text)))),
            ContributionParts.body(contribution, page),
            .if(
                !segments.isEmpty,
                .group(
                    .h2(.text(page.text(.segmentsHeading))),
                    .ol(
                        .forEach(segments) { segment in
                            .li(
                                .p(
                                    .class("meta"), .text(page.text(.contributionNumber("\(segment.id)")) + " · "),
                                    .text(page.text(.sectionNamed(segment.anchor.block.text)))),
                                .blockquote(.text(segment.text)),
                                takeBackForm(segment, page))
                        }))),
            .if(contribution.state == .visible, cutForm(page))
        )
    }

    /// Taking back a segment cut by mistake, with the reason; refused once its decision is published.
    func takeBackForm(_ segment: Contribution, _ page: PageContext) -> Node<HTML.BodyContext> {
        let field = "grund-\(segment.id)"
        return .formTag(
            .attr("method", "post"), .attr("action", path + "/teil/\(segment.id)/zuruecknehmen"),
            Layout.csrfField(page),
            Components.field(
                field, label: page.text(.takeBackReason("\(segment.id)")), error: nil,
                .inputTag(("type", "text"), ("id", field), ("name", "grund"))),
            .button(.type(.submit), .text(page.text(.takeBackSegment("\(segment.id)")))))
    }

    func cutForm(_ page: PageContext) -> Node<HTML.BodyContext> {
        .formTag(
            .attr("method", "post"), .attr("action", path), Layout.csrfField(page),
            Components.field(
                "wortlaut", label: page.text(.segmentWords), error: nil, hint: page.text(.segmentWordsHint),
                .textareaTag(
                    .attr("id", "wortlaut"), .attr("name", "wortlaut"), .attr("rows", "5"),
                    .attr("aria-describedby", "wortlaut-hint"), .text(entered["wortlaut"] ?? ""))),
            Components.field(
                "abschnitt", label: page.text(.segmentBlock), error: nil,
                .selectTag(
                    .attr("id", "abschnitt"), .attr("name", "abschnitt"),
                    .forEach(version.blocks.filter { mayPrepare.contains($0.id) }) { block in
                        .optionTag(
                            block.id.text,
                            selected: (entered["abschnitt"] ?? contribution.anchor.block.text) == block.id.text,
                            page.text(.sectionNamed(block.id.text)))
                    })),
            .button(.type(.submit), .text(page.text(.addSegment))))
    }
}
