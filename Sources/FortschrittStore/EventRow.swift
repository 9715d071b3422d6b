import Foundation
import FortschrittDomain
import SQLKit
import SQLiteKit

/// How a history event is laid out in `measure_events`: the status in its own columns (the as-of
/// query reads them), measure details as JSON.
enum EventRow {
    static let decoder = JSONDecoder()
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    struct Corrupt: Error, CustomStringConvertible {
        var id: Int64
        var problem: String
        var description: String { "stored event \(id) cannot be read: \(problem)" }
    }

    /// Decodes many rows: measure numbers and dates repeat across a history, so each distinct text
    /// is parsed once.
    static func decode(_ rows: [any SQLRow]) throws -> [MeasureEvent] {
        var numbers: [String: MeasureNumber] = [:]
        var dates: [String: CalendarDate] = [:]
        return try rows.map { row in
            try decode(row, number: { text in
                if let known = numbers[text] { return known }
                let parsed = MeasureNumber(text)
                numbers[text] = parsed
                return parsed
            }, date: { text in
                if let known = dates[text] { return known }
                let parsed = CalendarDate(text)
                dates[text] = parsed
                return parsed
            })
        }
    }

    static func decode(_ row: any SQLRow) throws -> MeasureEvent {
        try decode(row, number: MeasureNumber.init, date: CalendarDate.init)
    }

    private static func decode(_ row: any SQLRow, number parseNumber: (String) -> MeasureNumber?,
                               date parseDate: (String) -> CalendarDate?) throws -> MeasureEvent {
        let row = ColumnReader(row)
        let id = try row.int("id")
        let kindText = try row.text("kind")
        guard let kind = MeasureChange.Kind(rawValue: kindText) else { throw Corrupt(id: id, problem: "unknown kind '\(kindText)'") }
        let change: MeasureChange
        switch kind {
        case .created:
            change = .created(try decoder.decode(MeasureDetails.self, from: Data(try details(row, id).utf8)))
        case .changed:
            change = .changed(try decoder.decode(DetailsChange.self, from: Data(try details(row, id).utf8)))
        case .statusSet:
            change = .statusSet(MeasureStatusAssignment(
                key: try row.text("status_key"), assumed: try row.int("status_assumed") != 0,
                remark: try row.optionalText("status_remark") ?? ""))
        case .removed:
            change = .removed
        case .retracted:
            change = .retracted(sequence: try row.int("retracts"))
        }
        guard let number = parseNumber(try row.text("number")), let date = parseDate(try row.text("effective_date")),
              let time = RecordedTime(try row.text("recorded_at")) else {
            throw Corrupt(id: id, problem: "bad number, date or time")
        }
        return MeasureEvent(sequence: id, measure: number, effectiveDate: date, recordedAt: time,
                            actor: try row.text("actor"), reason: try row.optionalText("reason"), change: change)
    }

    private static func details(_ row: ColumnReader, _ id: Int64) throws -> String {
        guard let text = try row.optionalText("details") else { throw Corrupt(id: id, problem: "details missing") }
        return text
    }

    static let columns = ["measure_id", "kind", "effective_date", "recorded_at", "actor", "reason",
                          "status_key", "status_assumed", "status_remark", "details", "retracts"]

    /// The values for `columns`, in that order.
    static func values(_ event: NewMeasureEvent, measureID: Int64, recordedAt: RecordedTime) throws -> [any Encodable & Sendable] {
        var statusKey: String?, assumed: Int?, remark: String?, details: String?, retracts: Int64?
        switch event.change {
        case let .created(d): details = String(decoding: try encoder.encode(d), as: UTF8.self)
        case let .changed(c): details = String(decoding: try encoder.encode(c), as: UTF8.self)
        case let .statusSet(s):
            statusKey = s.key
            assumed = s.assumed ? 1 : 0
            remark = s.remark
        case .removed: break
        case let .retracted(sequence): retracts = sequence
        }
        return [measureID, event.change.kind.rawValue, event.effectiveDate.iso, recordedAt.iso, event.actor, event.reason,
                statusKey, assumed, remark, details, retracts]
    }
}

/// Reads the columns of a history row. SQLite rows are read directly: on long histories SQLKit's
/// generic decoding costs more than the query itself. Other rows go through SQLKit.
struct ColumnReader {
    let row: any SQLRow
    let sqlite: SQLiteRow?

    init(_ row: any SQLRow) {
        self.row = row
        self.sqlite = row as? SQLiteRow
    }

    struct Missing: Error, CustomStringConvertible {
        var column: String
        var description: String { "stored event lacks column \(column)" }
    }

    func optionalText(_ column: String) throws -> String? {
        guard let sqlite else { return try row.decode(column: column, as: String?.self) }
        guard let data = sqlite.column(column) else { throw Missing(column: column) }
        return data.string
    }

    func text(_ column: String) throws -> String {
        guard let value = try optionalText(column) else { throw Missing(column: column) }
        return value
    }

    func int(_ column: String) throws -> Int64 {
        guard let sqlite else { return try row.decode(column: column, as: Int64.self) }
        guard let value = sqlite.column(column)?.integer else { throw Missing(column: column) }
        return Int64(value)
    }
}
