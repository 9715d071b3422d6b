import FortschrittDomain
import Foundation
import SQLKit

/// Events in the database: `discussion_events`, append-only.
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

    public func events(of strategy: Strategy.ID) async throws -> [DiscussionEvent] {
        try await database.read { db in
            try await db.raw(
                """
                SELECT * FROM discussion_events WHERE strategy_id = \(bind: strategy)
                ORDER BY version_number, held_on, id
                """
            ).all().map { row in
                let formatText = try row.decode(column: "format", as: String.self)
                guard let format = DiscussionEvent.Format(rawValue: formatText) else {
                    throw StoreError.unreadable(column: "format", text: formatText)
                }
                return DiscussionEvent(
                    id: try row.decode(column: "id", as: Int64.self),
                    version: try row.decode(column: "version_number", as: Int.self),
                    heldOn: try row.decode(text: "held_on", as: CalendarDate.self), format: format,
                    place: try row.decode(column: "place", as: String.self),
                    attendees: try row.decode(column: "attendees", as: Int.self),
                    minutes: try row.decode(column: "minutes", as: String.self))
            }
        }
    }
}
