/// A generated document as a sequence of blocks, independent of its output format: HTML, Markdown
/// and DOCX render the same blocks, so that they say the same.
public struct ReportDocument: Sendable, Equatable {
    public var title: String
    public var blocks: [ReportBlock]
    /// Attachments as data, complete whatever the document shows: Anlage 1 (the catalogue) and
    /// Anlage 2 (every status change), each published as CSV.
    public var dataAnnexes: [DataAnnex]
    /// The language the text is in (BCP 47), for screen readers and spelling.
    public var language: String
    /// Wide tables read better across the page.
    public var landscape: Bool

    public init(
        title: String, blocks: [ReportBlock], dataAnnexes: [DataAnnex] = [], language: String = "de-DE",
        landscape: Bool = false
    ) {
        self.title = title
        self.blocks = blocks
        self.dataAnnexes = dataAnnexes
        self.language = language
        self.landscape = landscape
    }

    /// The document's text, block by block, for checks and search.
    public var plainText: String {
        blocks.map(\.plainText).joined(separator: "\n")
    }
}

/// A data attachment: a table made already, or the period's status changes, whose table is made
/// only when asked for (a period can hold a hundred thousand of them; the paper itself shows few).
public enum DataAnnex: Sendable, Equatable {
    case table(ReportTable)
    case statusMoves(StatusMovesListing)

    public var table: ReportTable {
        switch self {
        case .table(let table): return table
        case .statusMoves(let listing): return listing.table
        }
    }
}

/// Every status change of a period, one row each: number, title, from, to, since, reason.
public struct StatusMovesListing: Sendable, Equatable {
    public var caption: String
    public var moves: [StatusMove]
    public var titles: [MeasureNumber: String]
    public var labels: [String: String]

    public var table: ReportTable {
        var dates: [CalendarDate: String] = [:]
        return ReportTable(
            caption: caption,
            header: ["Nr.", "Maßnahme", "von", "nach", "seit", "Begründung"],
            rows: moves.map { move in
                let date = dates[move.date] ?? move.date.german
                dates[move.date] = date
                return [
                    move.measure.text, titles[move.measure] ?? "", move.from.map { labels[$0] ?? $0 } ?? "ohne Status",
                    labels[move.to] ?? move.to, date, move.reason ?? "",
                ]
            })
    }
}

public enum ReportBlock: Sendable, Equatable {
    case heading(level: Int, text: String)
    case paragraph(String)
    /// Text entered by staff, kept apart from generated text.
    case note(String)
    case bullets([String])
    case table(ReportTable)
    case chart(StatusChart)
    case indicatorChart(IndicatorChart)
    case pageBreak

    public var plainText: String {
        switch self {
        case .heading(_, let text), .paragraph(let text), .note(let text): return text
        case .bullets(let items): return items.map { "- " + $0 }.joined(separator: "\n")
        case .table(let table):
            return
                ([table.caption] + [table.header.joined(separator: " | ")]
                + table.rows.map { $0.joined(separator: " | ") }).joined(separator: "\n")
        case .chart(let chart): return chart.textAlternative
        case .indicatorChart(let chart): return chart.textAlternative
        case .pageBreak: return ""
        }
    }
}

public struct ReportTable: Sendable, Equatable {
    public var caption: String
    public var header: [String]
    public var rows: [[String]]
    /// Columns holding numbers, aligned right.
    public var numericColumns: Set<Int>
    /// How the page's width is shared, one weight a column; nil: by what the columns hold.
    public var columnWeights: [Int]?

    public init(
        caption: String, header: [String], rows: [[String]], numericColumns: Set<Int> = [],
        columnWeights: [Int]? = nil
    ) {
        self.caption = caption
        self.header = header
        self.rows = rows
        self.numericColumns = numericColumns
        self.columnWeights = columnWeights
    }
}

/// Statuses per field of action, as stacked bars, with the text that stands in for the picture.
public struct StatusChart: Sendable, Equatable {
    public struct Bar: Sendable, Equatable {
        public var label: String
        public var segments: [Int]

        public init(label: String, segments: [Int]) {
            self.label = label
            self.segments = segments
        }
    }

    public var title: String
    /// Legend entries, one per segment, with the status kind that picks the colour.
    public var series: [(label: String, kind: StatusKind)]
    public var bars: [Bar]

    public init(title: String, series: [(label: String, kind: StatusKind)], bars: [Bar]) {
        self.title = title
        self.series = series
        self.bars = bars
    }

    public var textAlternative: String {
        "\(title): "
            + bars.map { bar in
                "\(bar.label): "
                    + zip(series, bar.segments).filter { $0.1 > 0 }.map { "\($0.1) \($0.0.label)" }.joined(
                        separator: ", ")
            }.joined(separator: "; ") + "."
    }

    public static func == (a: StatusChart, b: StatusChart) -> Bool {
        a.title == b.title && a.bars == b.bars && a.series.map(\.label) == b.series.map(\.label)
            && a.series.map(\.kind) == b.series.map(\.kind)
    }
}
