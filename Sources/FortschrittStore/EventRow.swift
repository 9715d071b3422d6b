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

    /// The columns an event query selects, in this order (`m` the measures, `e` the events).
    static let selected = """
        m.number, e.id, e.kind, e.effective_date, e.recorded_at, e.actor, e.reason, e.status_key, \
        e.status_assumed, e.status_remark, e.details, e.retracts
        """

    /// An event's columns as read, before they are checked.
    private struct Stored {
        var number: String
        var id: Int64
        var kind: String
        var effectiveDate: String
        var recordedAt: String
        var actor: String
        var reason: String?
        var statusKey: String?
        var statusAssumed: Int?
        var statusRemark: String?
        var details: String?
        var retracts: Int64?
    }

    /// The events a query answers that selects `selected`. On PostgreSQL the rows are decoded by
    /// position and type (a history is read by the hundred thousand); elsewhere through SQLKit.
    static func fetch(_ query: SQLQueryString, _ db: any SQLDatabase) async throws -> [MeasureEvent] {
        var parser = Parser()
        var events: [MeasureEvent] = []
        if let postgres = db as? PostgresSession {
            try await postgres.rows(query) { row in
                let columns = try row.decode(
                    (String, Int64, String, String, String, String, String?, String?, Int?, String?, String?, Int64?)
                        .self)
                let stored = Stored(
                    number: columns.0, id: columns.1, kind: columns.2, effectiveDate: columns.3,
                    recordedAt: columns.4, actor: columns.5, reason: columns.6, statusKey: columns.7,
                    statusAssumed: columns.8, statusRemark: columns.9, details: columns.10, retracts: columns.11)
                events.append(try parser.event(stored))
            }
            return events
        }
        for row in try await db.raw(query).all() {
            events.append(try parser.event(try stored(row)))
        }
        return events
    }

    private static func stored(_ row: any SQLRow) throws -> Stored {
        Stored(
            number: try row.decode(column: "number", as: String.self),
            id: try row.decode(column: "id", as: Int64.self),
            kind: try row.decode(column: "kind", as: String.self),
            effectiveDate: try row.decode(column: "effective_date", as: String.self),
            recordedAt: try row.decode(column: "recorded_at", as: String.self),
            actor: try row.decode(column: "actor", as: String.self),
            reason: try optional(row, "reason", as: String.self),
            statusKey: try optional(row, "status_key", as: String.self),
            statusAssumed: try optional(row, "status_assumed", as: Int.self),
            statusRemark: try optional(row, "status_remark", as: String.self),
            details: try optional(row, "details", as: String.self),
            retracts: try optional(row, "retracts", as: Int64.self))
    }

    /// The same as decoding an optional, without the drivers' generic decoder for optionals.
    private static func optional<T: Decodable>(_ row: any SQLRow, _ column: String, as type: T.Type) throws -> T? {
        try row.decodeNil(column: column) ? nil : row.decode(column: column, as: type)
    }

    /// Measure numbers, dates and recorded times repeat across a history: each distinct text is
    /// parsed once.
    private struct Parser {
        var numbers = ParsedOnce(MeasureNumber.init)
        var dates = ParsedOnce(CalendarDate.init)
        var times = ParsedOnce(RecordedTime.init)

        mutating func event(_ stored: Stored) throws -> MeasureEvent {
            let id = stored.id
            guard let kind = MeasureChange.Kind(rawValue: stored.kind) else {
                throw Corrupt(id: id, problem: "unknown kind '\(stored.kind)'")
            }
            let change: MeasureChange
            switch kind {
            case .created:
                change = .created(try decoder.decode(MeasureDetails.self, from: Data(try details(stored).utf8)))
            case .changed:
                change = .changed(try decoder.decode(DetailsChange.self, from: Data(try details(stored).utf8)))
            case .statusSet:
                guard let key = stored.statusKey, let assumed = stored.statusAssumed else {
                    throw Corrupt(id: id, problem: "status missing")
                }
                change = .statusSet(
                    MeasureStatusAssignment(key: key, assumed: assumed != 0, remark: stored.statusRemark ?? ""))
            case .removed:
                change = .removed
            case .retracted:
                guard let retracts = stored.retracts else { throw Corrupt(id: id, problem: "retracted event missing") }
                change = .retracted(sequence: retracts)
            }
            guard let number = numbers[stored.number], let date = dates[stored.effectiveDate],
                let time = times[stored.recordedAt]
            else {
                throw Corrupt(id: id, problem: "bad number, date or time")
            }
            return MeasureEvent(
                sequence: id, measure: number, effectiveDate: date, recordedAt: time, actor: stored.actor,
                reason: stored.reason, change: change)
        }

        private func details(_ stored: Stored) throws -> String {
            guard let text = stored.details else { throw Corrupt(id: stored.id, problem: "details missing") }
            return text
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
