import FortschrittDomain
import Plot

extension BlockModel {
    func render(_ page: PageContext) -> String {
        Layout.render(
            page, title: page.text(.discussionOf(block.id.text)), siteName: siteName,
            feeds: [.decisions(strategy, page)],
            .nav(
                .ariaLabel(page.text(.breadcrumb)), .class("crumbs"),
                .a(.attr("href", "/strategien"), .text(page.text(.strategies))), .text(" › "),
                .a(
                    .attr("href", "/strategien/\(strategy.slug)/text/\(version.number)#abschnitt-\(block.id.text)"),
                    .text("\(strategy.title), \(page.text(.textVersion("\(version.number)")))"))),
            .h1(.text(page.text(.discussionOf(block.id.text)))),
            .blockquote(.class("block-text"), .p(.raw(InlineMarkdown.html(block.text)))),
            .p(
                .class("agreement"),
                .text(page.text(.agreementCounts("\(discussion.agree)", "\(discussion.disagree)")))),
            .if(error != nil, .div(.class("error-summary"), .attr("role", "alert"), .p(.text(error ?? "")))),
            .unwrap(awaiting) { number in
                .p(
                    .class("notice"), .attr("role", "status"),
                    .text(page.text(.contributionAwaitsApproval("\(number)"))))
            },
            forms(page),
            FollowParts.form(.block(slug: strategy.slug, block: block.id.text), page),
            .h2(.id("beitraege"), .text(page.text(.comments("\(discussion.comments.count)")))),
            .if(discussion.comments.isEmpty, .p(.text(page.text(.noCommentsYet)))),
            .ol(.class("comments"), .forEach(discussion.comments) { comment($0, page) }),
            .if(!earlier.isEmpty, earlierSection(page))
        )
    }

    func earlierSection(_ page: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h2(.id("fruehere"), .text(page.text(.onEarlierVersions("\(earlier.count)")))),
            .ol(
                .class("comments"),
                .forEach(earlier) { comment, fate in
                    .li(
                        .class("comment earlier"),
                        .p(
                            .class("meta"), ContributionParts.author(comment, page),
                            .text(" · " + page.text(.textVersion("\(comment.anchor.version)")) + " · "),
                            .if(comment.source != nil, .group(ContributionParts.arrival(comment, page), .text(" · "))),
                            .a(
                                .attr("href", "/beitraege/\(comment.id)"),
                                .text(page.text(.contributionNumber("\(comment.id)"))))),
                        .p(.class("fate"), .strong(.text(self.fate(fate, page)))),
                        .unwrap(decisions[comment.id]) {
                            .p(ContributionParts.decision($0, strategy: strategy.slug, page))
                        },
                        .unwrap(comment.anchor.quote) { quote in
                            .p(.class("quote"), .element(named: "q", nodes: [.text(quote)]))
                        },
                        ContributionParts.body(comment, page))
                }))
    }

    func fate(_ fate: CommentFate, _ page: PageContext) -> String {
        switch fate {
        case .unchanged: return page.text(.fateUnchanged)
        case .textChanged(let old, let new): return page.text(.fateTextChanged(old, new))
        case .earlierVersion: return page.text(.fateEarlierVersion)
        }
    }

    func forms(_ page: PageContext) -> Node<HTML.BodyContext> {
        guard isOpen else { return .p(.text(page.text(.discussionNotOpenHere))) }
        guard participant != nil else {
            return .p(
                .a(
                    .attr("href", "/beteiligung/anmelden?weiter=\(Query.escape(path))"),
                    .text(page.text(.signInToComment))))
        }
        return .group(
            .formTag(
                .class("agree"), .attr("method", "post"), .attr("action", path + "/zustimmung"),
                Layout.csrfField(page),
                .p(.text(page.text(myAgreement.map { .yourAgreement($0.rawValue) } ?? .noAgreementYet))),
                .element(
                    named: "button",
                    nodes: [
                        .attr("type", "submit"), .attr("name", "wert"), .attr("value", "agree"),
                        .text(page.text(.agree)),
                    ]),
                .text(" "),
                .element(
                    named: "button",
                    nodes: [
                        .attr("type", "submit"), .attr("name", "wert"), .attr("value", "disagree"),
                        .text(page.text(.disagree)),
                    ])),
            commentForm(page, replyTo: nil))
    }

    func commentForm(_ page: PageContext, replyTo: Contribution.ID?) -> Node<HTML.BodyContext> {
        let suffix = replyTo.map { "-\($0)" } ?? ""
        return .formTag(
            .class("comment"), .attr("method", "post"), .attr("action", path + "/kommentar"),
            .attr("id", "kommentieren\(suffix)"),
            Layout.csrfField(page),
            .if(replyTo != nil, .inputTag(("type", "hidden"), ("name", "antwort"), ("value", "\(replyTo ?? 0)"))),
            .if(
                replyTo == nil,
                Components.field(
                    "zitat", label: page.text(.quoteLabel), error: nil, hint: page.text(.quoteHint),
                    .inputTag(
                        ("type", "text"), ("id", "zitat"), ("name", "zitat"), ("value", entered["zitat"] ?? ""),
                        ("aria-describedby", "zitat-hint")))),
            Components.field(
                "kommentar\(suffix)", label: page.text(replyTo == nil ? .commentLabel : .replyLabel), error: nil,
                .textareaTag(
                    .attr("id", "kommentar\(suffix)"), .attr("name", "kommentar"),
                    .text(replyTo == nil ? entered["kommentar"] ?? "" : ""))),
            .button(.type(.submit), .text(page.text(replyTo == nil ? .sendComment : .sendReply))))
    }

    /// The segments the city cut from a comment, each with the block it concerns and its decision.
    func segments(of comment: Contribution, _ page: PageContext) -> Node<HTML.BodyContext> {
        let segments = discussion.segments[comment.id] ?? []
        guard !segments.isEmpty else { return .empty }
        return .group(
            .p(.text(page.text(.segmentsOfContribution("\(segments.count)")))),
            .ul(
                .class("segments"),
                .forEach(segments) { segment in
                    .li(
                        .attr("id", "beitrag-\(segment.id)"),
                        .p(
                            .class("meta"), .text(page.text(.contributionNumber("\(segment.id)")) + " · "),
                            .a(
                                .attr(
                                    "href",
                                    "/strategien/\(strategy.slug)/text/\(version.number)/abschnitt/"
                                        + segment.anchor.block.text),
                                .text(page.text(.sectionNamed(segment.anchor.block.text))))),
                        .blockquote(.text(segment.text)),
                        .unwrap(decisions[segment.id]) {
                            .p(ContributionParts.decision($0, strategy: strategy.slug, page))
                        })
                }))
    }

    func comment(_ comment: Contribution, _ page: PageContext) -> Node<HTML.ListContext> {
        .li(
            .class(comment.replyTo == nil ? "comment" : "comment reply"), .attr("id", "beitrag-\(comment.id)"),
            .p(
                .class("meta"), ContributionParts.author(comment, page), .text(" · "),
                ContributionParts.arrival(comment, page), .text(" · "),
                .a(.attr("href", "/beitraege/\(comment.id)"), .text(page.text(.contributionNumber("\(comment.id)"))))),
            .unwrap(comment.anchor.quote) { quote in .p(.class("quote"), .element(named: "q", nodes: [.text(quote)])) },
            ContributionParts.body(comment, page),
            .unwrap(decisions[comment.id]) { .p(ContributionParts.decision($0, strategy: strategy.slug, page)) },
            segments(of: comment, page),
            .if(
                comment.state == .visible,
                .p(
                    .class("actions"),
                    .a(
                        .attr("href", "/beitraege/\(comment.id)/melden"),
                        .text(page.text(.reportContribution("\(comment.id)")))))),
            .if(
                isOpen && participant != nil && comment.replyTo == nil && comment.state == .visible,
                .element(
                    named: "details",
                    nodes: [
                        .element(named: "summary", nodes: [.text(page.text(.reply))]),
                        commentForm(page, replyTo: comment.id),
                    ])))
    }
}
