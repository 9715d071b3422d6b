import FortschrittDomain
import Foundation
import Testing

@testable import FortschrittDocuments

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct DocumentsTests {
    static let document = ReportDocument(
        title: "Bericht <Test>",
        blocks: [
            .heading(level: 1, text: "Bericht <Test>"),
            .paragraph("9 Projekte wurden bereits etabliert bzw. sind im Ausbau befindlich:"),
            .bullets(["Bürgerportal: Liveschaltung", "A*B"]),
            .note("Vom Strategiebüro ergänzt."),
            .table(
                ReportTable(
                    caption: "Status", header: ["Status", "Anzahl"], rows: [["etabliert", "9"], ["a | b", "1"]],
                    numericColumns: [1])),
            .chart(
                StatusChart(
                    title: "Status nach Handlungsfeld", series: [("etabliert", .done), ("verzögert", .delayed)],
                    bars: [
                        .init(label: "E-Government", segments: [6, 4]),
                        .init(label: "Infrastruktur", segments: [2, 0]),
                    ])),
            .pageBreak,
        ])

    @Test func markdownHasRealHeadingsTablesAndEscapes() {
        let md = MarkdownReport.render(Self.document)
        #expect(md.hasPrefix("# Bericht \\<Test\\>\n"))
        #expect(md.contains("- Bürgerportal: Liveschaltung\n- A\\*B"))
        #expect(md.contains("| Status | Anzahl |\n|---|---:|\n| etabliert | 9 |\n| a \\| b | 1 |"))
        #expect(md.contains("> Vom Strategiebüro ergänzt."))
        #expect(
            md.contains(
                "Status nach Handlungsfeld: E-Government: 6 etabliert, 4 verzögert; Infrastruktur: 2 etabliert."))
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

    /// The PNG (what LibreOffice shows) carries the words too, drawn with the chart font.
    @Test func thePNGChartIsLabelled() throws {
        var pixels = [UInt8](repeating: 255, count: 200 * 20 * 3)
        ChartFont.draw("Bürger (FB 12)", x: 2, baseline: 15, rgb: (0, 0, 0), into: &pixels, width: 200, height: 20)
        #expect(pixels.filter { $0 < 128 }.count > 100, "the words are drawn")
        #expect(ChartFont.width(of: "Bürger") == "Bürger".map { ChartFont.glyph($0)!.advance }.reduce(0, +))
        #expect(
            ChartFont.width(of: "ü") > 0 && ChartFont.width(of: "✓") == ChartFont.width(of: "?"),
            "unknown characters are drawn as ?")
        func chart(_ label: String) throws -> Data {
            try StatusChartPNG.render(
                StatusChart(title: "T", series: [("etabliert", .done)], bars: [.init(label: label, segments: [3])]))
        }
        #expect(try chart("E-Government") != chart("Arbeitswelt"), "the field's name is in the picture")
    }

    @Test func theChartHasATextAlternativeAndScales() {
        let svg = StatusChartSVG.render(
            StatusChart(title: "T & C", series: [("etabliert", .done)], bars: [.init(label: "A", segments: [3])]),
            id: "c")
        #expect(svg.contains(#"aria-labelledby="c-title c-desc""#))
        #expect(svg.contains("<title id=\"c-title\">T &amp; C</title>"))
        #expect(svg.contains("<desc id=\"c-desc\">T &amp; C: A: 3 etabliert.</desc>"))
        // The XML parses.
        #expect(XMLParser(data: Data(svg.utf8)).parse())
    }
}

@Suite struct DocxTests {
    func part(_ docx: Data, _ name: String) -> String? {
        guard let parts = try? OfficePackage.parts(of: docx), let content = parts[name] else { return nil }
        return String(decoding: content, as: UTF8.self)
    }

    @Test func wordHasRealHeadingsTablesListsAndTheChart() throws {
        let docx = try DocxReport.render(DocumentsTests.document)
        #expect(docx.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let body = try #require(part(docx, "word/document.xml"))
        #expect(
            body.contains(
                #"<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">Bericht &lt;Test&gt;</w:t>"#))
        #expect(body.contains("<w:tbl>"))
        #expect(body.contains("<w:tblHeader/>"))
        #expect(body.contains(#"<w:numId w:val="1"/>"#))
        #expect(
            body.contains(
                #"descr="Status nach Handlungsfeld: E-Government: 6 etabliert, 4 verzögert; Infrastruktur: 2 "#
                    + #"etabliert.""#
            ))
        #expect(body.contains(#"<w:br w:type="page"/>"#))
        #expect(part(docx, "word/media/chart1.svg")?.contains("<svg") == true)
        #expect(part(docx, "word/media/chart1.png")?.isEmpty == false)
        #expect(part(docx, "[Content_Types].xml")?.contains("image/svg+xml") == true)
        #expect(part(docx, "word/styles.xml")?.contains(#"w:styleId="Heading2""#) == true)
        for name in [
            "word/document.xml", "word/styles.xml", "word/numbering.xml", "[Content_Types].xml",
            "word/_rels/document.xml.rels", "docProps/core.xml",
        ] {
            let xml = try #require(part(docx, name), "\(name)")
            #expect(XMLParser(data: Data(xml.utf8)).parse(), "\(name)")
        }
    }

    @Test func theSameDocumentGivesTheSameBytes() throws {
        #expect(try DocxReport.render(DocumentsTests.document) == DocxReport.render(DocumentsTests.document))
    }

    /// The check that a published DOCX regenerates compares the parts, not zlib's bytes.
    @Test func thePartsHashIgnoresCompressionButNotContent() throws {
        let docx = try DocxReport.render(DocumentsTests.document)
        let parts = try OfficePackage.parts(of: docx)
        #expect(parts.keys.contains("word/document.xml") && parts.count >= 9)
        // The same parts, stored instead of deflated: other bytes, the same content.
        let stored = try OfficePackage.write(
            parts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, deflated: false)
        #expect(stored != docx)
        #expect(try OfficePackage.contentHash(of: stored) == OfficePackage.contentHash(of: docx))
        var changed = parts
        changed["word/document.xml"]?.append(Data(" ".utf8))
        let other = try OfficePackage.write(changed.map { ($0.key, $0.value) }, deflated: true)
        #expect(try OfficePackage.contentHash(of: other) != OfficePackage.contentHash(of: docx))
        #expect(throws: (any Error).self) { try OfficePackage.contentHash(of: Data("not a zip".utf8)) }
    }
}

/// An indicator chart reads the same in every format: SVG in HTML and DOCX, a PNG fallback drawn on
/// the same layout, and its words in Markdown and the DOCX's description.
@Suite struct IndicatorChartDocumentTests {
    static func chart(_ latest: String) throws -> IndicatorChart {
        let target = IndicatorTarget(
            value: try #require(IndicatorNumber("8000")), date: try #require(CalendarDate("2025-12-31")))
        let indicator = Indicator(
            slug: "mobile-arbeit", title: "Mobile Arbeit", description: "", unit: "Beschäftigte", direction: .increase,
            baseline: nil, targets: [target], department: "FB 11", measures: [], datasets: [])
        let values = try ["2020": "4999.5", "2021": latest].sorted { $0.key < $1.key }.map {
            IndicatorValue(
                indicator: "mobile-arbeit", period: try #require(Period($0.key)),
                value: try #require(IndicatorNumber($0.value)))
        }
        let forecast = Forecast.forecast(indicator, values: values, cutoff: Forecast.Cutoff())
        return IndicatorChart(
            indicator, totals: values, forecast: forecast, title: "Mobile Arbeit <Test>",
            textAlternative: "Werte ab 2020 & mehr.", decimalComma: true)
    }

    @Test func theChartIsInEveryFormat() throws {
        let chart = try Self.chart("6000.5")
        #expect(chart.values.count == 2 && chart.targets.count == 1 && chart.forecast != nil)
        let document = ReportDocument(title: "T", blocks: [.indicatorChart(chart)])
        let html = HTMLReport.render(document)
        #expect(html.contains(#"<title id="chart-1-title">Mobile Arbeit &lt;Test&gt;</title>"#))
        #expect(html.contains("<figcaption>Werte ab 2020 &amp; mehr.</figcaption>"))
        #expect(html.contains(">4999,5</text>"), "the axis says the exact value, with a decimal comma")
        #expect(MarkdownReport.render(document).contains("*Mobile Arbeit \\<Test\\>*\n\nWerte ab 2020 & mehr."))
        let docx = try DocxReport.render(document)
        let parts = try OfficePackage.parts(of: docx)
        let svg = String(decoding: try #require(parts["word/media/chart1.svg"]), as: UTF8.self)
        #expect(XMLParser(data: Data(svg.utf8)).parse() && svg.contains("stroke-dasharray"))
        let png = try #require(parts["word/media/chart1.png"])
        #expect(png == (try IndicatorChartPNG.render(chart)))
        #expect(
            String(decoding: try #require(parts["word/document.xml"]), as: UTF8.self).contains(
                #"descr="Werte ab 2020 &amp; mehr.""#))
    }

    /// The PNG shows the values: another value, another picture; and its marks are on it.
    @Test func thePNGDrawsTheValues() throws {
        let (one, other) = (
            try IndicatorChartPNG.render(Self.chart("6000")), try IndicatorChartPNG.render(Self.chart("7000"))
        )
        #expect(one != other)
        var raster = Raster(width: 20, height: 20)
        raster.diamond(x: 10, y: 10, radius: 7, Raster.colour("#2e7d32"))
        raster.line(from: (0, 0), to: (19, 0), thickness: 2, Raster.colour("#000000"), dash: (6, 4))
        #expect(raster.pixels[(10 * 20 + 10) * 3] == 0x2e && raster.pixels[(10 * 20 + 19) * 3] == 255)
        #expect(raster.pixels[2 * 3] == 0 && raster.pixels[8 * 3] == 255, "a dash, then a gap")
        // Nothing off the canvas or not a number stops it.
        raster.disc(x: .nan, y: .infinity, radius: 3, Raster.colour("#000000"))
        raster.line(from: (-1e300, 0), to: (1e300, 1), thickness: 2, Raster.colour("#000000"))
    }
}
