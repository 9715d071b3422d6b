import FortschrittDomain
import Plot

extension ReportModel {
    func render(_ page: PageContext) -> String {
        let contribution = item.contribution
        let number = "\(contribution.id)"
        let back = "/beitraege/\(contribution.id)"
        return Layout.render(
            page, title: page.text(.reportContribution(number)), siteName: siteName,
            .h1(.text(page.text(.reportContribution(number)))),
            .blockquote(
                .class("comment"),
                .p(.class("meta"), ContributionParts.author(contribution, page)),
                .p(.text(contribution.text))),
            sent
                ? .group(
                    .p(.class("notice"), .attr("role", "status"), .text(page.text(.reportReceived))),
                    .p(.a(.attr("href", back), .text(page.text(.backToContribution)))))
                : .formTag(
                    .attr("method", "post"), .attr("action", "\(back)/melden"),
                    Layout.csrfField(page),
                    .p(.text(page.text(.reportExplanation))),
                    Components.field(
                        "grund", label: page.text(.reportReason), error: error,
                        .textareaTag(
                            .attr("id", "grund"), .attr("name", "grund"), .attr("required", "required"),
                            .if(error != nil, .attr("aria-invalid", "true")),
                            .if(error != nil, .attr("aria-describedby", "grund-error")),
                            .text(entered))),
                    .button(.type(.submit), .text(page.text(.sendReport))),
                    .p(.a(.attr("href", back), .text(page.text(.backToContribution)))))
        )
    }
}
