import FortschrittDocuments
import FortschrittDomain
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite struct DocumentsTests {
    static let document = ReportDocument(title: "Bericht <Test>", blocks: [
        .heading(level: 1, text: "Bericht <Test>"),
        .paragraph("9 Projekte wurden bereits etabliert bzw. sind im Ausbau befindlich:"),
        .bullets(["Bürgerportal: Liveschaltung", "A*B"]),
        .note("Vom Strategiebüro ergänzt."),
        .table(ReportTable(caption: "Status", header: ["Status", "Anzahl"], rows: [["etabliert", "9"], ["a | b", "1"]], numericColumns: [1])),
        .chart(StatusChart(title: "Status nach Handlungsfeld", series: [("etabliert", .done), ("verzögert", .delayed)],
                           bars: [.init(label: "E-Government", segments: [6, 4]), .init(label: "Infrastruktur", segments: [2, 0])])),
        .pageBreak,
    ])

    @Test func markdownHasRealHeadingsTablesAndEscapes() {
        let md = MarkdownReport.render(Self.document)
        #expect(md.hasPrefix("# Bericht \\<Test\\>\n"))
        #expect(md.contains("- Bürgerportal: Liveschaltung\n- A\\*B"))
        #expect(md.contains("| Status | Anzahl |\n|---|---:|\n| etabliert | 9 |\n| a \\| b | 1 |"))
        #expect(md.contains("> Vom Strategiebüro ergänzt."))
        #expect(md.contains("Status nach Handlungsfeld: E-Government: 6 etabliert, 4 verzögert; Infrastruktur: 2 etabliert."))
    }

    @Test func htmlIsStandaloneEscapedAndAccessible() {
        let html = HTMLReport.render(Self.document)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains(#"<html lang="de">"#))
        #expect(html.contains("<title>Bericht &lt;Test&gt;</title>"))
        #expect(html.contains(#"<th scope="col""#))
        #expect(html.contains(#"<td class="num">9</td>"#))
        #expect(html.contains(#"role="img""#))
        #expect(html.contains("<figcaption>Status nach Handlungsfeld: E-Government: 6 etabliert"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") || html.contains("http://www.w3.org/2000/svg"))
    }

    @Test func theChartHasATextAlternativeAndScales() {
        let svg = StatusChartSVG.render(StatusChart(title: "T & C", series: [("etabliert", .done)], bars: [.init(label: "A", segments: [3])]), id: "c")
        #expect(svg.contains(#"aria-labelledby="c-title c-desc""#))
        #expect(svg.contains("<title id=\"c-title\">T &amp; C</title>"))
        #expect(svg.contains("<desc id=\"c-desc\">T &amp; C: A: 3 etabliert.</desc>"))
        // The XML parses.
        #expect(XMLParser(data: Data(svg.utf8)).parse())
    }
}
