import FortschrittDomain
import Foundation

/// Turns a catalogue spreadsheet into the events that bring the stored catalogue in line with it.
/// All or nothing: every problem in the file is collected, and any problem means no change at all.
/// Importing the same file again yields no events; a later version yields only its differences.
public struct CatalogueImport: Sendable {
    public struct Options: Sendable {
        public var actor: String
        /// The date of changes the file has no date for (a new title, say). Status changes are dated
        /// by "Status seit", new measures by "Aufgenommen".
        public var changesEffective: CalendarDate
        /// Remove stored measures the file does not list (otherwise they are kept and counted).
        public var removeMissing: Bool

        public init(actor: String, changesEffective: CalendarDate, removeMissing: Bool = false) {
            self.actor = actor
            self.changesEffective = changesEffective
            self.removeMissing = removeMissing
        }
    }

    /// One measure as the spreadsheet states it.
    struct Row {
        var line: Int
        var number: MeasureNumber
        var title: String
        var field: String
        var lead: String
        var partners: [String]
        var entryDate: CalendarDate
        var status: String
        var since: CalendarDate?
        var remark: String
        var assumed: Bool
        var description: String?
        var plannedStart: CalendarDate??
        var plannedEnd: CalendarDate??
    }

    public let file: String
    /// The rows without problems in their cells.
    let rows: [Row]
    /// Problems in single cells; reported with the plan's, so that one run shows them all.
    let cellProblems: [ImportProblem]
    let columns: Set<CatalogueColumn>

    /// The measure numbers the file lists, in its order.
    public var numbers: [MeasureNumber] { rows.map(\.number) }

    /// Reads the file; throws where its shape is wrong (no header, missing columns, a quote never closed).
    public init(data: Data, file: String) throws(ImportFailure) {
        self.file = file
        let table: CSVTable
        do {
            table = try CSVTable(data: data)
        } catch .unterminatedQuote(let line) {
            throw ImportFailure(problems: [
                ImportProblem(file: file, line: line, column: nil, message: "a quoted field is never closed")
            ])
        } catch {
            throw ImportFailure(problems: [
                ImportProblem(file: file, line: nil, column: nil, message: "the file is empty")
            ])
        }
        var problems: [ImportProblem] = []
        let header = table.records[0]
        var index: [CatalogueColumn: Int] = [:]
        for (position, name) in header.fields.enumerated() {
            guard let column = CatalogueColumn.matching(name) else { continue }
            if index[column] != nil {
                problems.append(
                    ImportProblem(file: file, line: header.line, column: name, message: "column appears twice"))
            }
            index[column] = position
        }
        for column in CatalogueColumn.required where index[column] == nil {
            problems.append(
                ImportProblem(
                    file: file, line: header.line, column: column.rawValue,
                    message:
                        "required column is missing (header: "
                        + "\(header.fields.joined(separator: String(table.separator))))"
                ))
        }
        if !problems.isEmpty { throw ImportFailure(problems: problems) }

        var rows: [Row] = []
        var firstLine: [MeasureNumber: Int] = [:]
        for record in table.records.dropFirst() {
            var cells = CellReader(record: record, index: index, file: file)
            cells.checkText()
            if record.fields.count > header.fields.count {
                cells.problem(nil, "the row has \(record.fields.count) fields, the header \(header.fields.count)")
            }
            let number = cells.required(.number).flatMap { text in
                cells.parse(.number, text, "is not a measure number", MeasureNumber.init)
            }
            let title = cells.required(.title)
            let field = cells.required(.field)
            let leadCell = cells.required(.lead)
            let entryDate = cells.required(.entryDate).flatMap {
                cells.parse(.entryDate, $0, "is not a date (YYYY-MM-DD or DD.MM.YYYY)", CalendarDate.init)
            }
            let status = cells.optional(.status) ?? ""
            let sinceText = cells.optional(.since) ?? ""
            var since: CalendarDate?
            if !sinceText.isEmpty {
                since = cells.parse(.since, sinceText, "is not a date (YYYY-MM-DD or DD.MM.YYYY)", CalendarDate.init)
            }
            if !status.isEmpty && sinceText.isEmpty { cells.problem(.since, "a status needs the date it holds since") }
            if status.isEmpty && !sinceText.isEmpty { cells.problem(.status, "a date is given but no status") }
            if let since, let entryDate, since < entryDate {
                cells.problem(.since, "\(since) is before the measure entered the catalogue (\(entryDate))")
            }
            var assumed = false
            switch (cells.optional(.evidence) ?? "").lowercased() {
            case "", "ja", "yes", "belegt": assumed = false
            case "angenommen", "assumed": assumed = true
            case let other: cells.problem(.evidence, "'\(other)' is neither 'ja' nor 'angenommen'")
            }
            let optionalDate = { (column: CatalogueColumn) -> CalendarDate?? in
                guard index[column] != nil else { return .none }
                guard let text = cells.optional(column) else { return .some(nil) }
                return .some(cells.parse(column, text, "is not a date (YYYY-MM-DD or DD.MM.YYYY)", CalendarDate.init))
            }
            let plannedStart = optionalDate(.plannedStart)
            let plannedEnd = optionalDate(.plannedEnd)
            if let number {
                if let first = firstLine[number] {
                    cells.problem(.number, "number \(number) appears twice (first on line \(first))")
                } else {
                    firstLine[number] = record.line
                }
            }
            let departments = (leadCell ?? "").split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            problems += cells.problems
            guard cells.problems.isEmpty, let number, let title, let field, let entryDate, let lead = departments.first
            else { continue }
            rows.append(
                Row(
                    line: record.line, number: number, title: title, field: field, lead: lead,
                    partners: Array(departments.dropFirst()), entryDate: entryDate, status: status, since: since,
                    remark: cells.optional(.remark) ?? "", assumed: assumed,
                    description: index[.description] == nil ? nil : (cells.optional(.description) ?? ""),
                    plannedStart: plannedStart, plannedEnd: plannedEnd))
        }
        if problems.isEmpty && rows.isEmpty {
            throw ImportFailure(problems: [
                ImportProblem(file: file, line: nil, column: nil, message: "the file lists no measures")
            ])
        }
        self.rows = rows
        self.cellProblems = problems
        self.columns = Set(index.keys)
    }
}

/// Reads the cells of one record and collects what is wrong with them.
struct CellReader {
    let record: CSVTable.Record
    let index: [CatalogueColumn: Int]
    let file: String
    var problems: [ImportProblem] = []

    init(record: CSVTable.Record, index: [CatalogueColumn: Int], file: String) {
        self.record = record
        self.index = index
        self.file = file
    }

    /// Control characters (pasted from word processors) would make the documents invalid: every cell
    /// is checked, line breaks are allowed only in the description and the remark.
    mutating func checkText() {
        for (column, position) in index.sorted(by: { $0.value < $1.value }) where position < record.fields.count {
            do {
                _ = try Input.text(
                    record.fields[position], column.rawValue, limit: Input.textLimit,
                    multiline: column == .description || column == .remark)
            } catch {
                problem(column, error.message)
            }
        }
    }

    func optional(_ column: CatalogueColumn) -> String? {
        guard let position = index[column], position < record.fields.count else { return nil }
        let value = record.fields[position].trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    mutating func required(_ column: CatalogueColumn) -> String? {
        guard let value = optional(column) else {
            problem(column, "is empty")
            return nil
        }
        return value
    }

    mutating func parse<T>(_ column: CatalogueColumn, _ text: String, _ complaint: String, _ make: (String) -> T?) -> T?
    {
        guard let value = make(text) else {
            problem(column, "'\(text)' \(complaint)")
            return nil
        }
        return value
    }

    mutating func problem(_ column: CatalogueColumn?, _ message: String) {
        problems.append(ImportProblem(file: file, line: record.line, column: column?.rawValue, message: message))
    }
}
