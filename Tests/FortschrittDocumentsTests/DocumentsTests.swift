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

    /// What our DEFLATE writes, read back by the test's own inflater.
    @Test func deflateRoundTrips() {
        var state: UInt64 = 7
        var input: [UInt8] = []
        for _ in 0..<70_000 {  // runs, repeats at many distances and noise, past the 32 KiB window
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let r = Int(state >> 33)
            if r % 5 == 0, input.count > 40 {
                input += input.suffix(3 + r % 40).prefix(3 + r % 7)
            } else {
                input.append(UInt8(r % (r % 3 == 0 ? 4 : 256)))
            }
        }
        #expect(FixedInflate.inflate([UInt8](Deflate.compress(Data(input)))) == input)
    }

    /// Our DEFLATE for these, checked against Python's zlib (which inflates them to the input);
    /// `scripts/check_docx.py` inflates a whole generated DOCX in CI.
    @Test func deflateMatchesZlibsFixedCodes() {
        func hex(_ data: Data) -> String { data.map { String(format: "%02x", $0) }.joined() }
        #expect(hex(Deflate.compress(Data())) == "0300")
        #expect(hex(Deflate.compress(Data("a".utf8))) == "4b0400")
        #expect(hex(Deflate.compress(Data("aaaaaaaaaa".utf8))) == "4b840300", "a, then 9 from 1 back")
        let xml = Data(String(repeating: "<w:p><w:r><w:t>Maßnahme</w:t></w:r></w:p>", count: 500).utf8)
        #expect(Deflate.compress(xml).count < xml.count / 20)
    }

    /// The PNG (what LibreOffice shows) carries the words too, drawn with the chart font.
    @Test func thePNGChartIsLabelled() {
        var pixels = [UInt8](repeating: 255, count: 200 * 20 * 3)
        ChartFont.draw("Bürger (FB 12)", x: 2, baseline: 15, rgb: (0, 0, 0), into: &pixels, width: 200, height: 20)
        #expect(pixels.filter { $0 < 128 }.count > 100, "the words are drawn")
        #expect(ChartFont.width(of: "Bürger") == "Bürger".map { ChartFont.glyph($0)!.advance }.reduce(0, +))
        #expect(
            ChartFont.width(of: "ü") > 0 && ChartFont.width(of: "✓") == ChartFont.width(of: "?"),
            "unknown characters are drawn as ?")
        func chart(_ label: String) -> Data {
            StatusChartPNG.render(
                StatusChart(title: "T", series: [("etabliert", .done)], bars: [.init(label: label, segments: [3])]))
        }
        #expect(chart("E-Government") != chart("Arbeitswelt"), "the field's name is in the picture")
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
        // Find the local header by name and inflate its content.
        let bytes = [UInt8](docx)
        let nameBytes = [UInt8](name.utf8)
        var i = 0
        while i + 30 < bytes.count {
            if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 3, bytes[i + 3] == 4 {
                let size =
                    Int(bytes[i + 18]) | Int(bytes[i + 19]) << 8 | Int(bytes[i + 20]) << 16 | Int(bytes[i + 21]) << 24
                let nameLength = Int(bytes[i + 26]) | Int(bytes[i + 27]) << 8
                let extra = Int(bytes[i + 28]) | Int(bytes[i + 29]) << 8
                let start = i + 30 + nameLength + extra
                if Array(bytes[(i + 30)..<(i + 30 + nameLength)]) == nameBytes {
                    return String(decoding: FixedInflate.inflate(Array(bytes[start..<(start + size)])), as: UTF8.self)
                }
                i = start + size
            } else {
                i += 1
            }
        }
        return nil
    }

    @Test func wordHasRealHeadingsTablesListsAndTheChart() throws {
        let docx = DocxReport.render(DocumentsTests.document)
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

    @Test func theSameDocumentGivesTheSameBytes() {
        #expect(DocxReport.render(DocumentsTests.document) == DocxReport.render(DocumentsTests.document))
    }
}

/// Inflates DEFLATE data written with the fixed Huffman codes (all our encoder writes), to read the
/// generated archives back in tests.
enum FixedInflate {
    static func inflate(_ data: [UInt8]) -> [UInt8] {
        var position = 0
        func bit() -> Int {
            defer { position += 1 }
            return Int(data[position >> 3] >> UInt8(position & 7)) & 1
        }
        func bits(_ n: Int) -> Int { (0..<n).reduce(0) { $0 | bit() << $1 } }
        func code(_ n: Int) -> Int { (0..<n).reduce(0) { value, _ in value << 1 | bit() } }
        let (lengthBases, lengthExtra) = (Deflate.lengthBases, Deflate.lengthExtra)
        let (distanceBases, distanceExtra) = (Deflate.distanceBases, Deflate.distanceExtra)
        var out: [UInt8] = []
        var final = 0
        repeat {
            final = bit()
            guard bits(2) == 1 else { return [] }  // only fixed codes
            while true {
                var symbol = code(7)
                if symbol <= 23 {
                    symbol += 256
                } else {
                    symbol = symbol << 1 | bit()
                    if symbol >= 0x30, symbol <= 0xBF {
                        symbol -= 0x30
                    } else if symbol >= 0xC0, symbol <= 0xC7 {
                        symbol = symbol - 0xC0 + 280
                    } else {
                        symbol = (symbol << 1 | bit()) - 0x190 + 144
                    }
                }
                if symbol < 256 {
                    out.append(UInt8(symbol))
                    continue
                }
                if symbol == 256 { break }
                let length = lengthBases[symbol - 257] + bits(lengthExtra[symbol - 257])
                let d = code(5)
                let distance = distanceBases[d] + bits(distanceExtra[d])
                for _ in 0..<length { out.append(out[out.count - distance]) }
            }
        } while final == 0
        return out
    }
}
