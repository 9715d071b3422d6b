import FortschrittDomain
import SQLKit

/// Update rounds, their confirmations and internal notes on SQLite or PostgreSQL.
public struct SQLWorkspaceRepository: WorkspaceRepository {
    public let database: Database
    let now: @Sendable () -> RecordedTime

    public init(database: Database, now: @escaping @Sendable () -> RecordedTime = { .now() }) {
        self.database = database
        self.now = now
    }

    public func openRound(in strategy: Strategy, dueOn: CalendarDate, actor: String) async throws -> UpdateRound {
        let time = now()
        return try await database.write(.strategy(strategy.id)) { db in
            if let open = try await Self.rounds(strategy, db).first(where: \.isOpen) {
                throw RuleViolation("round", .roundOpen(due: open.dueOn.iso))
            }
            if dueOn < time.day { throw RuleViolation("due", .dueDatePassed(dueOn.iso)) }
            let row = try await db.raw(
                """
                INSERT INTO update_rounds (strategy_id, opened_at, opened_by, due_on)
                VALUES (\(bind: strategy.id), \(bind: time.iso), \(bind: actor), \(bind: dueOn.iso)) RETURNING id
                """
            ).first()
            return UpdateRound(
                id: try row.required().decode(column: "id", as: Int64.self), strategy: strategy.id, openedAt: time,
                openedBy: actor, dueOn: dueOn)
        }
    }

    public func closeRound(_ round: UpdateRound.ID, actor: String) async throws {
        let time = now()
        try await database.write(.keys(["rounds"])) { db in
            try await db.raw(
                """
                UPDATE update_rounds SET closed_at = \(bind: time.iso), closed_by = \(bind: actor) WHERE id =\
                 \(bind: round) AND closed_at IS NULL
                """
            ).run()
        }
    }

    public func currentRound(in strategy: Strategy) async throws -> UpdateRound? {
        try await database.read { db in
            let rounds = try await Self.rounds(strategy, db)
            return rounds.first(where: \.isOpen) ?? rounds.first
        }
    }

    public func confirm(_ measure: MeasureNumber, in round: UpdateRound, actor: String) async throws {
        let time = now()
        try await database.write(.keys(["rounds"])) { db in
            guard try await Self.rounds(nil, db, id: round.id).first?.isOpen == true else {
                throw RuleViolation("round", .roundClosed)
            }
            let id = try await Self.measureID(measure, strategy: round.strategy, db)
            try await db.raw(
                """
                INSERT INTO round_confirmations (round_id, measure_id, actor, recorded_at)
                VALUES (\(bind: round.id), \(bind: id), \(bind: actor), \(bind: time.iso))
                """
            ).run()
        }
    }

    public func confirmations(in round: UpdateRound) async throws -> [RoundConfirmation] {
        try await database.read { db in
            try await db.raw(
                """
                SELECT m.number, c.actor, c.recorded_at FROM round_confirmations c JOIN measures m ON m.id =\
                 c.measure_id
                WHERE c.round_id = \(bind: round.id) ORDER BY c.id
                """
            ).all().map { row in
                RoundConfirmation(
                    measure: try row.decode(text: "number", as: MeasureNumber.self),
                    actor: try row.decode(column: "actor", as: String.self),
                    recordedAt: try row.decode(text: "recorded_at", as: RecordedTime.self))
            }
        }
    }

    public func lastEvents(in strategy: Strategy) async throws -> [MeasureNumber: (actor: String, at: RecordedTime)] {
        try await database.read { db in
            let rows = try await db.raw(
                """
                SELECT m.number, e.actor, e.recorded_at FROM measures m JOIN measure_events e
                  ON e.id = (SELECT MAX(l.id) FROM measure_events l WHERE l.measure_id = m.id)
                WHERE m.strategy_id = \(bind: strategy.id)
                """
            ).all()
            var result: [MeasureNumber: (actor: String, at: RecordedTime)] = [:]
            for row in rows {
                guard let number = MeasureNumber(try row.decode(column: "number", as: String.self)),
                    let time = RecordedTime(try row.decode(column: "recorded_at", as: String.self))
                else { continue }
                result[number] = (try row.decode(column: "actor", as: String.self), time)
            }
            return result
        }
    }

    public func addNote(_ text: String, to measure: MeasureNumber, in strategy: Strategy, actor: String) async throws {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { throw RuleViolation("note", .noteNeedsText) }
        let time = now()
        try await database.write(.strategy(strategy.id)) { db in
            let id = try await Self.measureID(measure, strategy: strategy.id, db)
            try await db.raw(
                """
                INSERT INTO measure_notes (measure_id, text, actor, recorded_at)
                VALUES (\(bind: id), \(bind: text), \(bind: actor), \(bind: time.iso))
                """
            ).run()
        }
    }

    public func notes(of measure: MeasureNumber, in strategy: Strategy) async throws -> [MeasureNote] {
        try await database.read { db in
            try await db.raw(
                """
                SELECT n.* FROM measure_notes n JOIN measures m ON m.id = n.measure_id
                WHERE m.strategy_id = \(bind: strategy.id) AND m.number = \(bind: measure.text) ORDER BY n.id
                """
            ).all().map { row in
                MeasureNote(
                    measure: measure, text: try row.decode(column: "text", as: String.self),
                    actor: try row.decode(column: "actor", as: String.self),
                    recordedAt: try row.decode(text: "recorded_at", as: RecordedTime.self))
            }
        }
    }

    // MARK: Queries

    static func rounds(_ strategy: Strategy?, _ db: any SQLDatabase, id: Int64? = nil) async throws -> [UpdateRound] {
        let filter: SQLQueryString = if let id { "id = \(bind: id)" } else { "strategy_id = \(bind: strategy!.id)" }
        return try await db.raw("SELECT * FROM update_rounds WHERE \(filter) ORDER BY id DESC").all().map { row in
            UpdateRound(
                id: try row.decode(column: "id", as: Int64.self),
                strategy: try row.decode(column: "strategy_id", as: Int64.self),
                openedAt: try row.decode(text: "opened_at", as: RecordedTime.self),
                openedBy: try row.decode(column: "opened_by", as: String.self),
                dueOn: try row.decode(text: "due_on", as: CalendarDate.self),
                closedAt: try row.decode(column: "closed_at", as: String?.self).flatMap(RecordedTime.init))
        }
    }

    static func measureID(_ number: MeasureNumber, strategy: Strategy.ID, _ db: any SQLDatabase) async throws -> Int64 {
        guard
            let row = try await db.raw(
                "SELECT id FROM measures WHERE strategy_id = \(bind: strategy) AND number = \(bind: number.text)"
            ).first()
        else {
            throw RuleViolation("number", .noMeasure(number.text))
        }
        return try row.decode(column: "id", as: Int64.self)
    }
}
