import FortschrittDomain
import Plot

extension EntriesModel {
    func render(_ page: PageContext) -> String {
        let title = page.text(.entriesOf(strategy.title, "\(version.number)"))
        return Layout.render(
            page, title: title, siteName: siteName,
            .h1(.text(title)),
            .if(notice != nil, .p(.class("notice"), .attr("role", "status"), .text(notice ?? ""))),
            .if(error != nil, .div(.class("error-summary"), .attr("role", "alert"), .p(.text(error ?? "")))),
            .p(.text(page.text(.entriesExplanation))),
            .p(.a(.attr("href", decisionsPath), .text(page.text(.decisionsOf(strategy.title, "\(version.number)"))))),
            form(page),
            .h2(.text(page.text(.enteredContributions))),
            entries.isEmpty
                ? .p(.text(page.text(.noEnteredContributions)))
                : .ul(
                    .class("comments"),
                    .forEach(entries) { contribution in
                        .li(
                            .class("comment"),
                            .p(
                                .class("meta"),
                                .a(
                                    .attr("href", "/beitraege/\(contribution.id)"),
                                    .text(page.text(.contributionNumber("\(contribution.id)")))),
                                .text(" · " + page.text(.sectionNamed(contribution.anchor.block.text)) + " · "),
                                ContributionParts.author(contribution, page), .text(" · "),
                                ContributionParts.arrival(contribution, page)),
                            ContributionParts.body(contribution, page))
                    })
        )
    }

    func form(_ page: PageContext) -> Node<HTML.BodyContext> {
        .formTag(
            .attr("method", "post"), .attr("action", path), Layout.csrfField(page),
            .fieldsetTag(
                legend: page.text(.enterContribution),
                Components.field(
                    "kanal", label: page.text(.channel), error: nil,
                    .selectTag(
                        .attr("id", "kanal"), .attr("name", "kanal"),
                        .forEach(ContributionChannel.enteredByStaff) { channel in
                            .optionTag(
                                channel.rawValue, selected: entered["kanal"] == channel.rawValue,
                                page.text(.channelName(channel)))
                        })),
                Components.field(
                    "veranstaltung", label: page.text(.eventLabel), error: nil, hint: page.text(.eventHint),
                    .selectTag(
                        .attr("id", "veranstaltung"), .attr("name", "veranstaltung"),
                        .attr("aria-describedby", "veranstaltung-hint"),
                        .optionTag("", selected: false, page.text(.noEvent)),
                        .forEach(events) { event in
                            .optionTag(
                                "\(event.id)", selected: entered["veranstaltung"] == "\(event.id)",
                                "\(page.text(.eventFormat(event.format))), \(event.place), \(event.heldOn.iso)")
                        })),
                Components.field(
                    "eingang", label: page.text(.receivedOnLabel), error: nil,
                    .inputTag(
                        ("type", "date"), ("id", "eingang"), ("name", "eingang"), ("value", entered["eingang"] ?? ""))),
                Components.field(
                    "quelle", label: page.text(.sourceLabel), error: nil, hint: page.text(.sourceHint),
                    .inputTag(
                        ("type", "text"), ("id", "quelle"), ("name", "quelle"), ("value", entered["quelle"] ?? ""),
                        ("aria-describedby", "quelle-hint"))),
                Components.field(
                    "organisation", label: page.text(.organisationLabel), error: nil,
                    hint: page.text(.organisationHint),
                    .inputTag(
                        ("type", "text"), ("id", "organisation"), ("name", "organisation"),
                        ("value", entered["organisation"] ?? ""), ("aria-describedby", "organisation-hint"))),
                Components.field(
                    "abschnitt", label: page.text(.blockID), error: nil,
                    .selectTag(
                        .attr("id", "abschnitt"), .attr("name", "abschnitt"),
                        .forEach(version.blocks) { block in
                            .optionTag(
                                block.id.text, selected: entered["abschnitt"] == block.id.text,
                                page.text(.sectionNamed(block.id.text)))
                        })),
                Components.field(
                    "zitat", label: page.text(.quoteLabel), error: nil, hint: page.text(.quoteHint),
                    .inputTag(
                        ("type", "text"), ("id", "zitat"), ("name", "zitat"), ("value", entered["zitat"] ?? ""),
                        ("aria-describedby", "zitat-hint"))),
                Components.field(
                    "text", label: page.text(.contributionColumn), error: nil,
                    .textareaTag(
                        .attr("id", "text"), .attr("name", "text"), .attr("rows", "6"), .text(entered["text"] ?? ""))),
                .button(.type(.submit), .text(page.text(.enterContribution)))))
    }
}
