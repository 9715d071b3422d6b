import FortschrittDocuments
import FortschrittDomain
import Plot

extension ReportsModel {
    func render(_ page: PageContext) -> String {
        Layout.render(
            page, title: page.t("Berichte", "Reports"), siteName: strategy.title,
            .h1(.text(page.t("Berichte an den Gemeinderat", "Reports to the city council"))),
            .if(reports.isEmpty, .p(.text(page.t("Noch kein Bericht veröffentlicht.", "No report published yet.")))),
            .forEach(reports) { report in
                .section(
                    .class("report"), .attr("aria-labelledby", "bericht-\(report.id)"),
                    .h2(
                        .attr("id", "bericht-\(report.id)"),
                        .text(report.key.paper.map { page.t("Vorlage ", "Paper ") + $0 } ?? report.key.text)),
                    .if(report.inputs.paper != nil, .p(.text(report.inputs.paper?.subject ?? ""))),
                    .p(
                        .text(page.t("Stichtag ", "Reporting date ")), Components.date(report.key.reportDate, page),
                        .text(page.t(", Vergleich mit ", ", compared with ")),
                        Components.date(report.key.baseline, page),
                        .text(page.t("; veröffentlicht ", "; published ")), Components.time(report.publishedAt, page)),
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
                                        .text(page.t(label.de, label.en))))
                            }))
                )
            }
        )
    }

    static let formats: [(ReportFormat, (de: String, en: String))] = [
        (.html, ("Bericht (HTML)", "Report (HTML)")),
        (.docx, ("Bericht (Word, DOCX)", "Report (Word, DOCX)")),
        (.md, ("Bericht (Markdown)", "Report (Markdown)")),
        (.csv, ("Anlage 1: Maßnahmenkatalog (CSV)", "Annex 1: catalogue (CSV)")),
        (.changesCSV, ("Anlage 2: Statusänderungen (CSV)", "Annex 2: status changes (CSV)")),
    ]
}
