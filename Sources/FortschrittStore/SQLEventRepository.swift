import FortschrittDomain
import Foundation
import SQLKit

/// Events in the database: `discussion_events` and their `discussion_event_corrections`, append-only.
public struct SQLEventRepository: EventRepository {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func record(_ event: DiscussionEvent, strategy: Strategy.ID, actor: String, at time: RecordedTime)
        async throws
    {
        let checked = try event.checked()
        try await database.write(.keys(["events/\(strategy)"])) { db in
            try await db.raw(
                """
                INSERT INTO discussion_events (strategy_id, version_number, held_on, format, place, attendees, minutes,
                                               recorded_at, actor)
                VALUES (\(bind: strategy), \(bind: checked.version), \(bind: checked.heldOn.iso),
                        \(bind: checked.format.rawValue), \(bind: checked.place), \(bind: checked.attendees),
                        \(bind: checked.minutes), \(bind: time.iso), \(bind: actor))
                """
            ).run()
        }
    }

    public func correct(
        _ event: DiscussionEvent, reason: String, strategy: Strategy.ID, actor: String, at time: RecordedTime
    ) async throws {
        // The entries' lock too: a contribution entered from the event meanwhile takes its corrected day.
        try await database.write(.keys(["events/\(strategy)", "entries/\(strategy)"])) { db in
            guard
                let recorded = try await Self.events(
                    "e.id = \(bind: event.id) AND e.strategy_id = \(bind: strategy)", db
                )
                .first, recorded.version == event.version
            else { throw RuleViolation("veranstaltung", .noSuchEvent) }
            let (checked, reason) = try EventCorrection.checked(event, of: recorded, reason: reason)
            // What was entered from it arrived by today, as every entry did.
            let today = CalendarDate(time.date)
            if checked.heldOn > today,
                try await db.raw("SELECT id FROM contributions WHERE event_id = \(bind: recorded.id) LIMIT 1").first()
                    != nil
            {
                throw RuleViolation(
                    "datum", .outOfRange(value: checked.heldOn.iso, lower: CalendarDate.earliest.iso, upper: today.iso))
            }
            try await db.raw(
                """
                INSERT INTO discussion_event_corrections (event_id, held_on, format, place, attendees, minutes,
                                                          reason, recorded_at, actor)
                VALUES (\(bind: recorded.id), \(bind: checked.heldOn.iso), \(bind: checked.format.rawValue),
                        \(bind: checked.place), \(bind: checked.attendees), \(bind: checked.minutes), \(bind: reason),
                        \(bind: time.iso), \(bind: actor))
                """
            ).run()
            // What was entered from the event arrived on its day.
            try await db.raw(
                """
                UPDATE contributions SET received_on = \(bind: checked.heldOn.iso), changed_at = \(bind: time.iso)
                WHERE event_id = \(bind: recorded.id)
                """
            ).run()
        }
    }

    public func events(of strategy: Strategy.ID) async throws -> [DiscussionEvent] {
        try await database.read { db in try await Self.events("e.strategy_id = \(bind: strategy)", db) }
    }

    public func lastChange() async throws -> RecordedTime? {
        try await database.read { db in
            try await db.raw(
                """
                SELECT MAX(t) AS latest FROM (SELECT MAX(recorded_at) AS t FROM discussion_events
                                              UNION ALL SELECT MAX(recorded_at) FROM discussion_event_corrections) AS x
                """
            ).first()?.decode(column: "latest", as: String?.self).flatMap(RecordedTime.init)
        }
    }

    /// Events meeting the condition (on `e`), each as its latest correction has it, by version and day.
    static func events(_ condition: SQLQueryString, _ db: any SQLDatabase) async throws -> [DiscussionEvent] {
        try await db.raw(
            """
            SELECT e.id, e.version_number, COALESCE(c.held_on, e.held_on) AS held_on,
                   COALESCE(c.format, e.format) AS format, COALESCE(c.place, e.place) AS place,
                   COALESCE(c.attendees, e.attendees) AS attendees, COALESCE(c.minutes, e.minutes) AS minutes,
                   c.recorded_at AS corrected_at, c.reason AS correction_reason
            FROM discussion_events e
            LEFT JOIN discussion_event_corrections c ON c.id = (
                SELECT MAX(id) FROM discussion_event_corrections WHERE event_id = e.id)
            WHERE \(condition)
            ORDER BY e.version_number, COALESCE(c.held_on, e.held_on), e.id
            """
        ).all().map { row in
            let formatText = try row.decode(column: "format", as: String.self)
            guard let format = DiscussionEvent.Format(rawValue: formatText) else {
                throw StoreError.unreadable(column: "format", text: formatText)
            }
            var event = DiscussionEvent(
                id: try row.decode(column: "id", as: Int64.self),
                version: try row.decode(column: "version_number", as: Int.self),
                heldOn: try row.decode(text: "held_on", as: CalendarDate.self), format: format,
                place: try row.decode(column: "place", as: String.self),
                attendees: try row.decode(column: "attendees", as: Int.self),
                minutes: try row.decode(column: "minutes", as: String.self))
            if try !row.decodeNil(column: "corrected_at") {
                event.correctedAt = try row.decode(text: "corrected_at", as: RecordedTime.self)
                event.correctionReason = try row.decode(column: "correction_reason", as: String.self)
            }
            return event
        }
    }
}
