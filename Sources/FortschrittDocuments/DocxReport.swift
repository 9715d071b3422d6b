import FortschrittDomain
import Foundation

/// The report as a Word document (Office Open XML): real headings, real tables with repeating
/// header rows, real bullet lists, the chart as SVG with a PNG fallback and a description.
/// Opens in Word and LibreOffice; the same document always gives the same bytes.
public enum DocxReport {
    public static func render(_ document: ReportDocument) throws -> Data {
        var body = ""
        var charts: [Picture] = []
        let page = Page(landscape: document.landscape)
        func place(_ chart: Picture) -> String {
            charts.append(chart)
            return drawing(chart, index: charts.count) + paragraph(chart.textAlternative, style: "Caption")
        }
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                body += paragraph(text, style: "Heading\(min(level, 4))")
            case .paragraph(let text):
                body += paragraph(text)
            case .note(let text):
                body += text.split(separator: "\n").map { paragraph(String($0), style: "Quote") }.joined()
            case .bullets(let items):
                body += items.map { paragraph($0, style: "ListBullet", numbered: true) }.joined()
            case .table(let table):
                body += paragraph(table.caption, style: "Caption") + self.table(table, width: page.textWidth)
            case .chart(let chart):
                body += place(.status(chart))
            case .indicatorChart(let chart):
                body += place(.indicator(chart))
            case .pageBreak:
                body += #"<w:p><w:r><w:br w:type="page"/></w:r></w:p>"#
            }
        }
        var parts: [(name: String, content: Data)] = [
            ("[Content_Types].xml", Data(contentTypes.utf8)),
            ("_rels/.rels", Data(packageRelationships.utf8)),
            ("docProps/core.xml", Data(core(title: document.title, language: document.language).utf8)),
            ("word/document.xml", Data((documentHead + body + page.sectionProperties + "</w:body></w:document>").utf8)),
            ("word/styles.xml", Data(styles(language: document.language).utf8)),
            ("word/numbering.xml", Data(numbering.utf8)),
            ("word/_rels/document.xml.rels", Data(documentRelationships(charts: charts.count).utf8)),
        ]
        for (index, chart) in charts.enumerated() {
            parts.append(("word/media/chart\(index + 1).png", try chart.png()))
            parts.append(("word/media/chart\(index + 1).svg", Data(chart.svg(id: "chart-\(index + 1)").utf8)))
        }
        return try OfficePackage.write(parts)
    }

    /// SHA-256 over the document's parts, uncompressed: equal for equal content whatever zlib made of it.
    public static func contentHash(of docx: Data) throws -> String { try OfficePackage.contentHash(of: docx) }

    static func escape(_ text: String) -> String { XMLText.escape(text) }

    static func run(_ text: String, bold: Bool = false) -> String {
        "<w:r>\(bold ? "<w:rPr><w:b/></w:rPr>" : "")<w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r>"
    }

    static func paragraph(
        _ text: String, style: String? = nil, numbered: Bool = false, alignRight: Bool = false, bold: Bool = false
    ) -> String {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if numbered { properties += "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>" }
        if alignRight { properties += "<w:jc w:val=\"right\"/>" }
        return "<w:p>\(properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")\(run(text, bold: bold))</w:p>"
    }

    static func table(_ table: ReportTable, width: Int) -> String {
        func row(_ cells: [String], header: Bool) -> String {
            let properties = header ? "<w:trPr><w:tblHeader/></w:trPr>" : ""
            let content = cells.enumerated().map { index, text in
                let shading =
                    header ? "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"ECECEC\"/></w:tcPr>" : ""
                let cell = paragraph(text, alignRight: table.numericColumns.contains(index), bold: header)
                return "<w:tc>\(shading)\(cell)</w:tc>"
            }.joined()
            return "<w:tr>\(properties)\(content)</w:tr>"
        }
        let widths = columnWidths(table, width: width)
        let grid = widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
        return
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW "
            + "w:w=\"\(width)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblCaption "
            + "w:val=\"\(escape(table.caption))\"/></w:tblPr>"
            + "<w:tblGrid>\(grid)</w:tblGrid>" + row(table.header, header: true)
            + table.rows.map { row($0, header: false) }.joined() + "</w:tbl>"
    }

    /// An A4 page, upright or across, in twentieths of a point.
    struct Page {
        var landscape: Bool

        var width: Int { landscape ? 16838 : 11906 }
        var height: Int { landscape ? 11906 : 16838 }
        /// The width between the margins.
        var textWidth: Int { width - 1134 - 1701 }

        var sectionProperties: String {
            let orientation = landscape ? " w:orient=\"landscape\"" : ""
            return "<w:sectPr><w:pgSz w:w=\"\(width)\" w:h=\"\(height)\"\(orientation)/><w:pgMar w:top=\"1134\" "
                + "w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"708\" w:footer=\"708\" "
                + "w:gutter=\"0\"/></w:sectPr>"
        }
    }

    /// Columns share the width by how much they hold: the longest word of a column must fit, long
    /// texts get more room. The first few hundred rows are a fair sample.
    static func columnWidths(_ table: ReportTable, width: Int) -> [Int] {
        if let weights = table.columnWeights, weights.count == table.header.count {
            let total = max(1, weights.reduce(0, +))
            return weights.map { $0 * width / total }
        }
        let columns = table.header.indices
        let sample = [table.header] + table.rows.prefix(300)
        let weights = columns.map { index -> Int in
            let cells = sample.compactMap { $0.indices.contains(index) ? $0[index] : nil }
            let longestWord = cells.flatMap { $0.split(separator: " ") }.map(\.count).max() ?? 1
            let longest = cells.map(\.count).max() ?? 1
            return max(longestWord + 2, min(longest, 40))
        }
        let total = max(1, weights.reduce(0, +))
        return weights.map { $0 * width / total }
    }

    /// A chart in the document: drawn as SVG, with a PNG for programs that cannot show it.
    enum Picture {
        case status(StatusChart)
        case indicator(IndicatorChart)

        var size: (width: Int, height: Int) {
            switch self {
            case .status(let chart):
                let layout = StatusChartSVG.Layout(chart)
                return (layout.width, layout.height)
            case .indicator: return (Int(IndicatorChartLayout.width), Int(IndicatorChartLayout.height))
            }
        }

        var textAlternative: String {
            switch self {
            case .status(let chart): return chart.textAlternative
            case .indicator(let chart): return chart.textAlternative
            }
        }

        func svg(id: String) -> String {
            switch self {
            case .status(let chart): return StatusChartSVG.render(chart, id: id)
            case .indicator(let chart): return IndicatorChartSVG.render(chart, id: id)
            }
        }

        func png() throws -> Data {
            switch self {
            case .status(let chart): return try StatusChartPNG.render(chart)
            case .indicator(let chart): return try IndicatorChartPNG.render(chart)
            }
        }
    }

    static func drawing(_ chart: Picture, index: Int) -> String {
        let size = chart.size
        // 9525 EMU per pixel, scaled to the text width of an A4 page (16 cm).
        let maxWidth = 5_760_000
        let cx = min(maxWidth, size.width * 9525)
        let cy = size.height * 9525 * cx / max(1, size.width * 9525)
        let description = escape(chart.textAlternative)
        return """
            <w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="\(cx)" cy="\(cy)"/>\
            <wp:docPr id="\(index)" name="Diagramm \(index)" descr="\(description)"/>\
            <wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>\
            <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>\
            <pic:nvPicPr><pic:cNvPr id="\(index)" name="chart\(index).png" descr="\(description)"/><pic:cNvPicPr/>\
            </pic:nvPicPr>\
            <pic:blipFill><a:blip r:embed="rIdChartPng\(index)"><a:extLst><a:ext\
             uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}">\
            <asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main"\
             r:embed="rIdChartSvg\(index)"/></a:ext></a:extLst></a:blip>\
            <a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
            <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="\(cx)" cy="\(cy)"/></a:xfrm><a:prstGeom prst="rect">\
            <a:avLst/></a:prstGeom></pic:spPr>\
            </pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
            """
    }

    static let documentHead = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
        xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>
        """

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Default Extension="png" ContentType="image/png"/>\
        <Default Extension="svg" ContentType="image/svg+xml"/>\
        <Override PartName="/word/document.xml"\
         ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml"\
         ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/numbering.xml"\
         ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
        <Override PartName="/docProps/core.xml"\
         ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>
        """

    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1"\
         Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"\
         Target="word/document.xml"/>\
        <Relationship Id="rId2"\
         Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"\
         Target="docProps/core.xml"/>\
        </Relationships>
        """

    static func documentRelationships(charts: Int) -> String {
        var relationships = """
            <Relationship Id="rIdStyles"\
             Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            <Relationship Id="rIdNumbering"\
             Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"\
             Target="numbering.xml"/>
            """
        for i in stride(from: 1, through: charts, by: 1) {
            relationships += """
                <Relationship Id="rIdChartPng\(i)"\
                 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"\
                 Target="media/chart\(i).png"/>\
                <Relationship Id="rIdChartSvg\(i)"\
                 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"\
                 Target="media/chart\(i).svg"/>
                """
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships\
             xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(relationships)</Relationships>
            """
    }

    static func core(title: String, language: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(escape(title))</dc:title>\
        <dc:language>\(escape(language))</dc:language>\
        <dc:creator>Fortschritt</dc:creator></cp:coreProperties>
        """
    }

    static func styles(language: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/>\
        <w:lang w:val="\(escape(language))"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>\
        </w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next\
         w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/>\
        <w:sz w:val="32"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next\
         w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/>\
        <w:sz w:val="28"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next\
         w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:keepNext/><w:spacing w:before="200" w:after="100"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/>\
        <w:sz w:val="24"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="heading 4"/><w:basedOn w:val="Normal"/><w:next\
         w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:keepNext/><w:spacing w:before="160" w:after="80"/><w:outlineLvl w:val="3"/></w:pPr><w:rPr><w:b/>\
        <w:sz w:val="22"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:ind w:left="567"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next\
         w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/></w:pPr><w:rPr><w:b/><w:sz w:val="20"/></w:rPr>\
        </w:style>\
        <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:ind w:left="567" w:hanging="283"/></w:pPr></w:style>\
        <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>\
        <w:top w:val="single" w:sz="4" w:space="0" w:color="8A8A8A"/><w:left w:val="single" w:sz="4" w:space="0"\
         w:color="8A8A8A"/>\
        <w:bottom w:val="single" w:sz="4" w:space="0" w:color="8A8A8A"/><w:right w:val="single" w:sz="4" w:space="0"\
         w:color="8A8A8A"/>\
        <w:insideH w:val="single" w:sz="4" w:space="0" w:color="8A8A8A"/><w:insideV w:val="single" w:sz="4"\
         w:space="0" w:color="8A8A8A"/>\
        </w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>\
        </w:tblPr></w:style>\
        </w:styles>
        """
    }

    static let numbering = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start\
         w:val="1"/>\
        <w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567"\
         w:hanging="283"/></w:pPr></w:lvl></w:abstractNum>\
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
        """
}
