import FortschrittDocuments
import FortschrittDomain
import Plot

extension ReportsModel {
    func render(_ page: PageContext) -> String {
        Layout.render(
            page, title: page.text(.reports), siteName: strategy.title,
            .h1(.text(page.text(.reportsToTheCityCouncil))),
            .if(reports.isEmpty, .p(.text(page.text(.noReportPublishedYet)))),
            .forEach(reports) { report in
                .section(
                    .class("report"), .attr("aria-labelledby", "bericht-\(report.id)"),
                    .h2(
                        .attr("id", "bericht-\(report.id)"),
                        .text(report.key.paper.map { page.text(.paper) + $0 } ?? report.key.text)),
                    .if(report.inputs.paper != nil, .p(.text(report.inputs.paper?.subject ?? ""))),
                    .p(
                        .text(page.text(.reportingDate2)), Components.date(report.key.reportDate, page),
                        .text(page.text(.comparedWith)),
                        Components.date(report.key.baseline, page),
                        .text(page.text(.published)), Components.time(report.publishedAt, page)),
                    .if(
                        report.key.paper != nil,
                        .ul(
                            .class("downloads"),
                            .forEach(Self.formats) { format, label in
                                .li(
                                    .a(
                                        .attr(
                                            "href",
                                            "/oparl/v1/file/\(report.id)-\(format.rawValue)/content?download=1"),
                                        .text(page.text(label))))
                            }))
                )
            }
        )
    }

    static let formats: [(ReportFormat, Text)] = [
        (.html, .reportHTML), (.docx, .reportWord), (.md, .reportMarkdown), (.csv, .annexCatalogueCSV),
        (.changesCSV, .annexStatusChangesCSV),
    ]
}
