import FortschrittDomain
import Foundation
import SQLKit

/// Records a change set inside a write transaction: new fields and departments, rows for new
/// measures, retractions resolved to the events they withdraw, then the events, all with one time.
struct ChangeWriter {
    let strategy: Strategy
    let db: any SQLDatabase

    /// Rows per INSERT: well under both engines' limit on bound parameters.
    private static let batch = 500

    func record(_ changes: ChangeSet, at time: RecordedTime) async throws -> RecordedChanges {
        if changes.isEmpty {
            return RecordedChanges(recordedAt: time, events: 0, newMeasures: 0, newFields: 0, newDepartments: 0)
        }
        for field in changes.fields {
            try await db.raw(
                "INSERT INTO fields (strategy_id, number, title) VALUES (\(bind: strategy.id), "
                    + "\(bind: field.number), \(bind: field.title))"
            ).run()
        }
        // Departments are shared by all strategies, whose imports may run side by side: a department
        // another import added meanwhile is kept as it is, and the sorted order means no two writers
        // wait for each other's rows crosswise.
        for department in changes.departments.sorted(by: { $0.code < $1.code }) {
            try await db.raw(
                """
                INSERT INTO departments (code, name) VALUES (\(bind: department.code), \(bind: department.name))
                ON CONFLICT (code) DO NOTHING
                """
            ).run()
        }
        var ids = try await measureIDs()
        let newNumbers = Array(Set(changes.events.map(\.measure)).filter { ids[$0] == nil }).sorted()
        for chunk in newNumbers.chunked(Self.batch) {
            var insert = db.insert(into: "measures").columns("strategy_id", "number")
            for number in chunk { insert = insert.values(SQLBind(strategy.id), SQLBind(number.text)) }
            try await insert.run()
        }
        if !newNumbers.isEmpty { ids = try await measureIDs() }

        var events: [NewMeasureEvent] = []
        // A measure without a row has no events, so nothing to withdraw.
        for retraction in changes.retractions {
            guard let id = ids[retraction.measure] else { continue }
            events += try await resolve(retraction, measureID: id)
        }
        events += changes.events
        for chunk in events.chunked(Self.batch) {
            var insert = db.insert(into: "measure_events").columns(EventRow.columns)
            for event in chunk {
                guard let id = ids[event.measure] else { throw StoreError.noRowReturned }
                insert = insert.values(try EventRow.values(event, measureID: id, recordedAt: time).map { SQLBind($0) })
            }
            try await insert.run()
        }
        return RecordedChanges(
            recordedAt: time, events: events.count, newMeasures: newNumbers.count,
            newFields: changes.fields.count, newDepartments: changes.departments.count)
    }

    private func measureIDs() async throws -> [MeasureNumber: Int64] {
        var ids: [MeasureNumber: Int64] = [:]
        for row in try await db.raw("SELECT id, number FROM measures WHERE strategy_id = \(bind: strategy.id)").all() {
            if let number = MeasureNumber(try row.decode(column: "number", as: String.self)) {
                ids[number] = try row.decode(column: "id", as: Int64.self)
            }
        }
        return ids
    }

    private func resolve(_ retraction: Retraction, measureID: Int64) async throws -> [NewMeasureEvent] {
        let after = retraction.effectiveAfter?.iso ?? "0000-01-01"
        let rows = try await db.raw(
            """
            SELECT e.id, e.effective_date FROM measure_events e
            WHERE e.measure_id = \(bind: measureID) AND e.kind = \(bind: retraction.kind.rawValue) AND\
             e.effective_date > \(bind: after)
              AND NOT EXISTS (SELECT 1 FROM measure_events r WHERE r.retracts = e.id)
            ORDER BY e.id
            """
        ).all()
        return try rows.map { row in
            NewMeasureEvent(
                measure: retraction.measure,
                effectiveDate: try row.decode(text: "effective_date", as: CalendarDate.self),
                actor: retraction.actor, reason: retraction.reason,
                change: .retracted(sequence: try row.decode(column: "id", as: Int64.self)))
        }
    }
}

extension Array {
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
