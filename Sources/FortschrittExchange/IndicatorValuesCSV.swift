import FortschrittDomain
import Foundation

/// Reads a spreadsheet of indicator values into rows for `IndicatorImportPlan`: one value a row,
/// under the headers `Indikator`, `Zeitraum`, `Wert` and optionally `Dimensionen` and `Quelle`
/// (case does not matter; `indicator`, `period`, `value`, `dimensions` and `source` are read too).
/// A column it does not know is refused rather than ignored, so that nothing in the file is
/// silently dropped. All or nothing: every problem is collected, each naming its line and column,
/// and any problem means no rows. At most 100,000 rows are read at once. Dimensions of more than one
/// pair are quoted in a `;`-separated file (`"bezirk=Innenstadt;geschlecht=w"`), as spreadsheets do.
public enum IndicatorValuesCSV {
    public static let maximumRows = 100_000

    public static func rows(data: Data, file: String) throws(ImportFailure) -> [IndicatorImportRow] {
        func failure(_ line: Int?, _ column: String?, _ message: String) -> ImportFailure {
            ImportFailure(problems: [ImportProblem(file: file, line: line, column: column, message: message)])
        }
        let table: CSVTable
        do {
            table = try CSVTable(data: data)
        } catch .unterminatedQuote(let line) {
            throw failure(line, nil, "a quoted field is never closed")
        } catch {
            throw failure(nil, nil, "the file is empty")
        }
        let header = table.records[0]
        let index = try columns(header, file: file)
        guard table.records.count - 1 <= maximumRows else {
            throw failure(
                nil, nil, "the file has \(table.records.count - 1) rows; at most \(maximumRows) are read at once")
        }
        var problems: [ImportProblem] = []
        var rows: [IndicatorImportRow] = []
        var firstLine: [IndicatorValue.Key: Int] = [:]
        for record in table.records.dropFirst()
        where !record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            var cells = ValueCells(record: record, header: header, index: index, file: file)
            if record.fields.count > header.fields.count {
                cells.problem(nil, "the row has \(record.fields.count) fields, the header \(header.fields.count)")
            }
            let indicator = cells.read(.indicator) { text throws(RuleViolation) in
                guard DatasetRules.isSlug(text) else { throw RuleViolation("", .indicatorSlug(Input.excerpt(text))) }
                return text
            }
            let period = cells.read(.period) { text throws(RuleViolation) in try Period.parse(text, "") }
            let value = cells.read(.value) { text throws(RuleViolation) in try IndicatorNumber.parse(text, "") }
            let dimensions = cells.read(.dimensions) { text throws(RuleViolation) in try Dimensions.parse(text, "") }
            let source = cells.read(.source) { text throws(RuleViolation) in
                guard DatasetRules.isSlug(text) else { throw RuleViolation("", .datasetSlug(Input.excerpt(text))) }
                return text
            }
            problems += cells.problems
            guard cells.problems.isEmpty, let indicator, let period, let value else { continue }
            let row = IndicatorImportRow(
                line: record.line, indicator: indicator, period: period, dimensions: dimensions ?? .total,
                value: value, source: source)
            if let first = firstLine[row.key] {
                problems.append(
                    ImportProblem(
                        file: file, line: record.line, column: nil,
                        message: "repeats line \(first): the same indicator, period and dimensions (\(row.key.text))"))
                continue
            }
            firstLine[row.key] = record.line
            rows.append(row)
        }
        if !problems.isEmpty { throw ImportFailure(problems: problems) }
        if rows.isEmpty { throw failure(nil, nil, "the file lists no values") }
        return rows
    }

    /// Where each column is; refused for unknown, repeated and missing columns.
    private static func columns(_ header: CSVTable.Record, file: String) throws(ImportFailure)
        -> [IndicatorValueColumn: Int]
    {
        var problems: [ImportProblem] = []
        var index: [IndicatorValueColumn: Int] = [:]
        for (position, raw) in header.fields.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces)
            if name.isEmpty { continue }
            guard let column = IndicatorValueColumn.matching(name) else {
                let known = IndicatorValueColumn.allCases.map(\.rawValue).joined(separator: ", ")
                problems.append(
                    ImportProblem(
                        file: file, line: header.line, column: Input.excerpt(name),
                        message: "unknown column (known: \(known))"))
                continue
            }
            if index[column] != nil {
                problems.append(
                    ImportProblem(file: file, line: header.line, column: name, message: "column appears twice"))
            }
            index[column] = position
        }
        for column in IndicatorValueColumn.required where index[column] == nil {
            problems.append(
                ImportProblem(
                    file: file, line: header.line, column: column.rawValue, message: "required column is missing"))
        }
        if !problems.isEmpty { throw ImportFailure(problems: problems) }
        return index
    }
}

extension IndicatorValuesCSV {
    /// Values as a file that reads back in: the same German headers, `;`-separated, by the one writer.
    public static func csv(_ values: [IndicatorValue]) -> String {
        CSVTable.format(
            [IndicatorValueColumn.allCases.map(\.rawValue)]
                + values.map { [$0.indicator, $0.period.text, $0.value.text, $0.dimensions.text, $0.source ?? ""] })
    }
}

/// The columns of a file of indicator values, under their German headers.
enum IndicatorValueColumn: String, CaseIterable, Sendable {
    case indicator = "Indikator"
    case period = "Zeitraum"
    case value = "Wert"
    case dimensions = "Dimensionen"
    case source = "Quelle"

    static let required: [IndicatorValueColumn] = [.indicator, .period, .value]

    private var aliases: [String] {
        switch self {
        case .indicator: ["indikator", "indicator"]
        case .period: ["zeitraum", "periode", "period"]
        case .value: ["wert", "value"]
        case .dimensions: ["dimensionen", "dimensions"]
        case .source: ["quelle", "source"]
        }
    }

    static func matching(_ header: String) -> IndicatorValueColumn? {
        let wanted = CatalogueColumn.normalized(header)
        return allCases.first { $0.aliases.contains(wanted) }
    }
}

/// Reads the cells of one row and collects what is wrong with them, naming line and column.
private struct ValueCells {
    let record: CSVTable.Record
    let header: CSVTable.Record
    let index: [IndicatorValueColumn: Int]
    let file: String
    var problems: [ImportProblem] = []

    init(record: CSVTable.Record, header: CSVTable.Record, index: [IndicatorValueColumn: Int], file: String) {
        self.record = record
        self.header = header
        self.index = index
        self.file = file
        for (position, field) in record.fields.enumerated() where position < header.fields.count {
            let name = header.fields[position].trimmingCharacters(in: .whitespaces)
            if name.isEmpty, !field.trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append(
                    ImportProblem(
                        file: file, line: record.line, column: nil,
                        message: "field \(position + 1) has a value but its column no header"))
            }
        }
    }

    /// The column's cell read by `make`; nil where it is empty (a problem for a required column) or
    /// refused (a problem naming the column, with the rule's words).
    mutating func read<T>(_ column: IndicatorValueColumn, _ make: (String) throws(RuleViolation) -> T) -> T? {
        guard let position = index[column] else { return nil }
        let name = header.fields[position].trimmingCharacters(in: .whitespaces)
        // A cell this program wrote defused ("'-5") reads back as it was.
        let raw = CSVTable.restoreDefused(position < record.fields.count ? record.fields[position] : "")
        do {
            let text = try Input.text(raw, name).trimmingCharacters(in: .whitespaces)
            if text.isEmpty {
                if IndicatorValueColumn.required.contains(column) { problem(name, "is empty") }
                return nil
            }
            return try make(text)
        } catch {
            problem(name, error.message)
            return nil
        }
    }

    mutating func problem(_ column: String?, _ message: String) {
        problems.append(ImportProblem(file: file, line: record.line, column: column, message: message))
    }
}
