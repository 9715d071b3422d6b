import FortschrittDomain
import Foundation
import SQLKit

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

    /// Decodes many rows: measure numbers, dates and recorded times repeat across a history, so
    /// each distinct text is parsed once.
    static func decode(_ rows: [any SQLRow]) throws -> [MeasureEvent] {
        var numbers = ParsedOnce(MeasureNumber.init)
        var dates = ParsedOnce(CalendarDate.init)
        var times = ParsedOnce(RecordedTime.init)
        return try rows.map { row in try decode(row, number: { numbers[$0] }, date: { dates[$0] }, time: { times[$0] })
        }
    }

    private struct ParsedOnce<Value> {
        let parse: (String) -> Value?
        var known: [String: Value?] = [:]
        init(_ parse: @escaping (String) -> Value?) { self.parse = parse }
        subscript(text: String) -> Value? {
            mutating get {
                if let value = known[text] { return value }
                let value = parse(text)
                known[text] = value
                return value
            }
        }
    }

    private static func decode(
        _ row: any SQLRow, number parseNumber: (String) -> MeasureNumber?,
        date parseDate: (String) -> CalendarDate?, time parseTime: (String) -> RecordedTime?
    ) throws -> MeasureEvent {
        let id = try row.decode(column: "id", as: Int64.self)
        let kindText = try row.decode(column: "kind", as: String.self)
        guard let kind = MeasureChange.Kind(rawValue: kindText) else {
            throw Corrupt(id: id, problem: "unknown kind '\(kindText)'")
        }
        let change: MeasureChange
        switch kind {
        case .created:
            change = .created(try decoder.decode(MeasureDetails.self, from: Data(try details(row, id).utf8)))
        case .changed:
            change = .changed(try decoder.decode(DetailsChange.self, from: Data(try details(row, id).utf8)))
        case .statusSet:
            change = .statusSet(
                MeasureStatusAssignment(
                    key: try row.decode(column: "status_key", as: String.self),
                    assumed: try row.decode(column: "status_assumed", as: Int.self) != 0,
                    remark: try optionalText(row, "status_remark") ?? ""))
        case .removed:
            change = .removed
        case .retracted:
            change = .retracted(sequence: try row.decode(column: "retracts", as: Int64.self))
        }
        guard let number = parseNumber(try row.decode(column: "number", as: String.self)),
            let date = parseDate(try row.decode(column: "effective_date", as: String.self)),
            let time = parseTime(try row.decode(column: "recorded_at", as: String.self))
        else {
            throw Corrupt(id: id, problem: "bad number, date or time")
        }
        return MeasureEvent(
            sequence: id, measure: number, effectiveDate: date, recordedAt: time,
            actor: try row.decode(column: "actor", as: String.self),
            reason: try optionalText(row, "reason"), change: change)
    }

    private static func details(_ row: any SQLRow, _ id: Int64) throws -> String {
        guard let text = try optionalText(row, "details") else { throw Corrupt(id: id, problem: "details missing") }
        return text
    }

    /// The same as decoding `String?`, without the drivers' generic decoder for optionals (a
    /// history is read by the hundred thousand).
    private static func optionalText(_ row: any SQLRow, _ column: String) throws -> String? {
        try row.decodeNil(column: column) ? nil : row.decode(column: column, as: String.self)
    }

    static let columns = [
        "measure_id", "kind", "effective_date", "recorded_at", "actor", "reason",
        "status_key", "status_assumed", "status_remark", "details", "retracts",
    ]

    /// The values for `columns`, in that order.
    static func values(_ event: NewMeasureEvent, measureID: Int64, recordedAt: RecordedTime) throws -> [any Encodable
        & Sendable]
    {
        var statusKey: String?
        var assumed: Int?
        var remark: String?
        var details: String?
        var retracts: Int64?
        switch event.change {
        case .created(let d): details = String(decoding: try encoder.encode(d), as: UTF8.self)
        case .changed(let c): details = String(decoding: try encoder.encode(c), as: UTF8.self)
        case .statusSet(let s):
            statusKey = s.key
            assumed = s.assumed ? 1 : 0
            remark = s.remark
        case .removed: break
        case .retracted(let sequence): retracts = sequence
        }
        return [
            measureID, event.change.kind.rawValue, event.effectiveDate.iso, recordedAt.iso, event.actor, event.reason,
            statusKey, assumed, remark, details, retracts,
        ]
    }
}
