import FortschrittDomain
import Plot

extension ModerationItemModel {
    func render(_ page: PageContext) -> String {
        let contribution = item.contribution
        let title = page.text(.moderateContribution("\(contribution.id)"))
        return Layout.render(
            page, title: title, siteName: siteName,
            .h1(.text(title)),
            .if(notice != nil, .p(.class("notice"), .attr("role", "status"), .text(notice ?? ""))),
            .if(error != nil, .div(.class("error-summary"), .attr("role", "alert"), .p(.text(error ?? "")))),
            .dl(
                .dt(.text(page.text(.author))), .dd(.text(item.authorDisplayName)),
                .dt(.text(page.text(.state))), .dd(.text(ContributionParts.state(contribution, page))),
                .dt(.text(page.text(.place))),
                .dd(.a(.attr("href", publicPath), .text("\(item.strategySlug), \(contribution.anchor.block.text)")))),
            .unwrap(contribution.anchor.quote) { .p(.class("quote"), .element(named: "q", nodes: [.text($0)])) },
            .blockquote(.class("comment"), .p(.text(contribution.text))),
            .h2(.text(page.text(.reportsOfContribution("\(item.reports.count)")))),
            .if(item.reports.isEmpty, .p(.text(page.text(.noReports)))),
            .ul(
                .forEach(item.reports) { report in
                    .li(
                        Components.time(report.reportedAt, page), .text(" · "),
                        .text(page.text(.reportedBecause(report.reason))))
                }),
            .h2(.text(page.text(.action))),
            .if(allows(.hide(reason: "")), hideForm(page)),
            .if(allows(.approve), simple("freigeben", .approve, page)),
            .if(allows(.keep), simple("behalten", .keepContribution, page)),
            .if(allows(.show), simple("einblenden", .showAgain, page)),
            .if(allows(.redact(passage: "")), redactForm(page))
        )
    }

    var action: String { "/verwaltung/moderation/\(item.contribution.id)" }

    func simple(_ value: String, _ label: Text, _ page: PageContext) -> Node<HTML.BodyContext> {
        .formTag(
            .attr("method", "post"), .attr("action", action), Layout.csrfField(page),
            .inputTag(("type", "hidden"), ("name", "aktion"), ("value", value)),
            .button(.type(.submit), .text(page.text(label))))
    }

    func hideForm(_ page: PageContext) -> Node<HTML.BodyContext> {
        .formTag(
            .attr("method", "post"), .attr("action", action), Layout.csrfField(page),
            .inputTag(("type", "hidden"), ("name", "aktion"), ("value", "ausblenden")),
            Components.field(
                "grund", label: page.text(.hideReason), error: nil, hint: page.text(.hideReasonHint),
                .textareaTag(
                    .attr("id", "grund"), .attr("name", "grund"), .attr("aria-describedby", "grund-hint"),
                    .text(entered["grund"] ?? ""))),
            .button(.type(.submit), .text(page.text(.hideContribution))))
    }

    func redactForm(_ page: PageContext) -> Node<HTML.BodyContext> {
        .formTag(
            .attr("method", "post"), .attr("action", action), Layout.csrfField(page),
            .inputTag(("type", "hidden"), ("name", "aktion"), ("value", "schwaerzen")),
            Components.field(
                "stelle", label: page.text(.redactPassage), error: nil, hint: page.text(.redactHint),
                .inputTag(
                    ("type", "text"), ("id", "stelle"), ("name", "stelle"), ("value", entered["stelle"] ?? ""),
                    ("aria-describedby", "stelle-hint"))),
            .button(.type(.submit), .text(page.text(.redact))))
    }
}
