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
