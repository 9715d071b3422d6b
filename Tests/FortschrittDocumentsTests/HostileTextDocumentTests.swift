import FortschrittDomain
import FortschrittExchange
import Foundation
import PropertyBased
import Testing

@testable import FortschrittDocuments

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Whatever text reached the data — control characters from old records, markup, formulas — every
/// document stays well-formed: DOCX parts and the SVG parse as XML, the HTML carries no markup from
/// the text, and the CSV reads back cell for cell.
@Suite struct HostileTextDocumentTests {
    /// Any character of the Basic Multilingual Plane below the surrogates, with the troublemakers
    /// mixed in often enough to meet them in every run.
    static let text = Gen.oneOf(
        Gen.character(in: "\u{0}"..."\u{D7FF}"),
        Gen.character(in: "\u{0}"..."\u{7F}"),
        Gen.character(in: "\u{E000}"..."\u{FFFF}")
    ).string(of: 0...24).map { "<x-probe>" + $0 + "=&\"" }

    static func document(_ words: [String]) -> ReportDocument {
        let w = { (i: Int) in words[i % words.count] }
        return ReportDocument(
            title: w(0),
            blocks: [
                .heading(level: 1, text: w(1)),
                .paragraph(w(2)),
                .bullets([w(3), w(4)]),
                .note(w(5)),
                .table(
                    ReportTable(
                        caption: w(6), header: [w(7), "Anzahl"], rows: [[w(8), "1"], [w(9), "2"]],
                        numericColumns: [1])),
                .chart(
                    StatusChart(
                        title: w(10), series: [(w(11), .done), (w(12), .delayed)],
                        bars: [.init(label: w(13), segments: [1, 2])])),
            ],
            dataAnnexes: [
                .table(ReportTable(caption: w(14), header: ["Nr.", w(15)], rows: [[w(16), w(17)], ["1.1", w(18)]]))
            ])
    }

    @Test func randomTextKeepsEveryDocumentWellFormed() async {
        await propertyCheck(count: 60, input: Self.text.array(of: 19...19)) { words in
            let document = Self.document(words)
            let docx = (try? DocxReport.render(document)) ?? Data()
            #expect(!docx.isEmpty, "the DOCX was written")
            for name in [
                "word/document.xml", "word/styles.xml", "word/numbering.xml", "[Content_Types].xml",
                "word/_rels/document.xml.rels", "docProps/core.xml", "word/media/chart1.svg",
            ] {
                let xml = DocxTests().part(docx, name) ?? ""
                #expect(XMLParser(data: Data(xml.utf8)).parse(), "\(name) is not well-formed XML")
            }
            guard case .chart(let chart) = document.blocks[5] else { return }
            #expect(XMLParser(data: Data(StatusChartSVG.render(chart).utf8)).parse(), "the SVG is not well-formed")

            let html = HTMLReport.render(document)
            #expect(!html.contains("<x-probe>"), "text reached the HTML as markup")
            let markdown = MarkdownReport.render(document)
            #expect(!markdown.contains("<x-probe>"), "text reached the Markdown as markup")

            let csv = AnnexCSV.render(document, annex: 0)
            let table = document.dataAnnexes[0].table
            let expected = ([table.header] + table.rows).map { row in
                row.map { cell in
                    // CR LF and a lone CR read back as LF; by scalar, as the reader goes.
                    var scalars = String.UnicodeScalarView()
                    var previous: Unicode.Scalar? = nil
                    for scalar in cell.unicodeScalars {
                        if scalar == "\n", previous == "\r" {
                            previous = scalar
                            continue
                        }
                        scalars.append(scalar == "\r" ? "\n" : scalar)
                        previous = scalar
                    }
                    return String(scalars)
                }
            }
            let read = (try? CSVTable(text: csv))?.records.map(\.fields)
            #expect(read == expected, "the CSV does not read back as written")
        }
    }
}
