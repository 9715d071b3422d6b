import FortschrittDomain
import Foundation
import Plot

/// The report as one standalone, print-ready HTML file: styles inline, the chart as inline SVG,
/// no scripts, no outside resources.
public enum HTMLReport {
    public static func render(_ document: ReportDocument) -> String {
        var chartIndex = 0
        let body: [Node<HTML.BodyContext>] = document.blocks.map { block in
            switch block {
            case .heading(let level, let text):
                switch level {
                case 1: return .h1(.text(text))
                case 2: return .h2(.text(text))
                case 3: return .h3(.text(text))
                default: return .h4(.text(text))
                }
            case .paragraph(let text):
                return .p(.text(text))
            case .note(let text):
                return .div(.class("note"), .forEach(text.split(separator: "\n").map(String.init)) { .p(.text($0)) })
            case .bullets(let items):
                return .ul(.forEach(items) { .li(.text($0)) })
            case .table(let table):
                // Tables can run to thousands of rows: written directly, escaped like Plot does.
                return .raw(Self.table(table))
            case .chart(let chart):
                chartIndex += 1
                return figure(StatusChartSVG.render(chart, id: "chart-\(chartIndex)"), chart.textAlternative)
            case .indicatorChart(let chart):
                chartIndex += 1
                return figure(IndicatorChartSVG.render(chart, id: "chart-\(chartIndex)"), chart.textAlternative)
            case .pageBreak:
                return .div(.class("page-break"), .attribute(named: "aria-hidden", value: "true"))
            }
        }
        let primary = document.language.prefix { $0 != "-" }.lowercased()
        let html = HTML(
            .lang(Plot.Language(rawValue: primary) ?? .german),
            .head(
                .encoding(.utf8),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // Not Plot's `.title`: it adds social-media meta tags with the text unescaped.
                .element(named: "title", text: document.title),
                .element(named: "style", text: style + (document.landscape ? landscape : ""))
            ),
            .body(.element(named: "main", nodes: body))
        )
        return html.render(indentedBy: .spaces(1)) + "\n"
    }

    static func figure(_ svg: String, _ caption: String) -> Node<HTML.BodyContext> {
        .element(named: "figure", nodes: [.raw(svg), .element(named: "figcaption", nodes: [.text(caption)])])
    }

    static func table(_ table: ReportTable) -> String {
        func cell(_ tag: String, _ index: Int, _ text: String, scope: Bool = false) -> String {
            let numeric = table.numericColumns.contains(index) ? " class=\"num\"" : ""
            return "<\(tag)\(scope ? " scope=\"col\"" : "")\(numeric)>\(XMLText.escape(text))</\(tag)>"
        }
        var html = "<table><caption>\(XMLText.escape(table.caption))</caption><thead><tr>"
        for (index, title) in table.header.enumerated() { html += cell("th", index, title, scope: true) }
        html += "</tr></thead><tbody>"
        for row in table.rows {
            html += "<tr>"
            for (index, value) in row.enumerated() { html += cell("td", index, value) }
            html += "</tr>"
        }
        return html + "</tbody></table>"
    }

    static let landscape = "\n@page { size: A4 landscape; }"

    static let style = """
        body { font-family: Arial, Helvetica, sans-serif; color: #1a1a1a; background: #fff; line-height: 1.45; margin:\
         2rem auto; max-width: 60rem; padding: 0 1rem; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2rem; } h3 { font-size: 1.15rem; } h4 {\
         font-size: 1rem; }
        table { border-collapse: collapse; margin: 1rem 0; width: 100%; font-size: 0.9rem; }
        caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
        th, td { border: 1px solid #8a8a8a; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
        th { background: #ececec; } .num { text-align: right; }
        .note { border-left: 4px solid #1565c0; padding-left: 0.8rem; font-style: italic; }
        figure { margin: 1rem 0; overflow-x: auto; } figure svg { max-width: 100%; height: auto; }
        figcaption { font-size: 0.85rem; }
        @media print { body { margin: 0; max-width: none; } .page-break { break-after: page; } h2, h3, h4 {\
         break-after: avoid; } tr { break-inside: avoid; } }
        """
}
