import FortschrittDomain
import Foundation
import SQLKit

/// The catalogue repository on SQLite or PostgreSQL, through one set of SQLKit queries.
public struct SQLCatalogueRepository: CatalogueRepository {
    public let database: Database
    /// The clock for recorded times; tests set it to reproduce the past.
    let now: @Sendable () -> RecordedTime

    public init(database: Database, now: @escaping @Sendable () -> RecordedTime = { .now() }) {
        self.database = database
        self.now = now
    }

    public func strategies() async throws -> [Strategy] {
        try await database.read { db in try await Self.strategies(db) }
    }

    public func departments() async throws -> [Department] {
        try await database.read { db in try await Self.departments(db) }
    }

    static func departments(_ db: any SQLDatabase) async throws -> [Department] {
        try await db.raw("SELECT code, name FROM departments ORDER BY code").all().map {
            Department(
                code: try $0.decode(column: "code", as: String.self),
                name: try $0.decode(column: "name", as: String.self))
        }
    }

    public func createStrategy(_ new: NewStrategy) async throws -> Strategy {
        guard Strategy.isValidSlug(new.slug) else {
            throw RuleViolation("slug", .strategySlug(new.slug))
        }
        if new.title.trimmingCharacters(in: .whitespaces).isEmpty {
            throw RuleViolation("title", .strategyNeedsTitle)
        }
        if new.statuses.isEmpty { throw RuleViolation("statuses", .strategyNeedsStatus) }
        return try await database.write(.keys(["strategies"])) { db in
            if try await Self.strategies(db).contains(where: { $0.slug == new.slug }) {
                throw RuleViolation("slug", .strategyExists(new.slug))
            }
            let row = try await db.raw(
                """
                INSERT INTO strategies (slug, title, body, adopted_on, resolution, fields_fixed)
                VALUES (\(bind: new.slug), \(bind: new.title), \(bind: new.body), \(bind: new.adoptedOn?.iso),\
                 \(bind: new.resolution), 0)
                RETURNING id
                """
            ).first()
            let id = try row.required().decode(column: "id", as: Int64.self)
            for (position, status) in new.statuses.enumerated() {
                try await Self.saveStatus(status, position: position, strategy: id, db)
            }
            return Strategy(
                id: id, slug: new.slug, title: new.title, body: new.body, adoptedOn: new.adoptedOn,
                resolution: new.resolution)
        }
    }

    public func catalogue(of strategy: Strategy, asOf: CalendarDate?, knownAt: RecordedTime?) async throws -> Catalogue
    {
        try await database.read { db in try await Self.catalogue(strategy, asOf: asOf, knownAt: knownAt, db) }
    }

    public func history(of measure: MeasureNumber, in strategy: Strategy) async throws -> [MeasureEvent] {
        try await database.read { db in
            try await EventRow.fetch(
                """
                SELECT \(unsafeRaw: EventRow.selected) FROM measure_events e JOIN measures m ON m.id = e.measure_id
                WHERE m.strategy_id = \(bind: strategy.id) AND m.number = \(bind: measure.text)
                ORDER BY e.effective_date, e.id
                """, db)
        }
    }

    public func history(
        of strategy: Strategy, knownAt: RecordedTime?, effectiveAfter: CalendarDate?, through: CalendarDate?,
        kinds: [MeasureChange.Kind]?
    ) async throws -> [MeasureEvent] {
        // With the kinds named, the index on (measure, kind, effective date) seeks each measure's
        // period directly instead of reading its whole history; measures come in the order of the
        // index on their numbers, so only each measure's few events are sorted, not the whole period.
        let kindFilter: SQLQueryString = kinds.map { " AND e.kind IN (\(binds: $0.map(\.rawValue)))" } ?? ""
        return try await database.read { db in
            try await EventRow.fetch(
                """
                SELECT \(unsafeRaw: EventRow.selected) FROM measure_events e JOIN measures m ON m.id = e.measure_id
                WHERE m.strategy_id = \(bind: strategy.id) AND e.recorded_at <=\
                 \(bind: Self.cutoff(knownAt))\(kindFilter)
                  AND e.effective_date > \(bind: effectiveAfter?.iso ?? "0000-01-01") AND e.effective_date <=\
                 \(bind: Self.cutoff(through))
                ORDER BY m.number, e.effective_date, e.id
                """, db)
        }
    }

    public func lastRecorded(in strategy: Strategy) async throws -> RecordedTime? {
        try await database.read { db in
            try await db.raw(
                """
                SELECT MAX(e.recorded_at) AS latest FROM measure_events e JOIN measures m ON m.id = e.measure_id
                WHERE m.strategy_id = \(bind: strategy.id)
                """
            ).first()?.decode(column: "latest", as: String?.self).flatMap(RecordedTime.init)
        }
    }

    @discardableResult
    public func update(_ strategy: Strategy, _ plan: @escaping @Sendable (Catalogue) throws -> ChangeSet) async throws
        -> RecordedChanges
    {
        let clock = now
        return try await database.write(.strategy(strategy.id)) { db in
            let current = try await Self.catalogue(strategy, asOf: nil, knownAt: nil, db)
            let changes = try plan(current)
            return try await ChangeWriter(strategy: strategy, db: db).record(
                changes, at: try await Self.nextRecordedTime(clock(), db))
        }
    }

    @discardableResult
    public func update(
        _ strategy: Strategy, editing measure: MeasureNumber, seen: Int64,
        _ plan: @escaping @Sendable (Catalogue) throws -> ChangeSet
    ) async throws -> RecordedChanges {
        let clock = now
        return try await database.write(.strategy(strategy.id)) { db in
            let since = try await EventRow.fetch(
                """
                SELECT \(unsafeRaw: EventRow.selected) FROM measure_events e JOIN measures m ON m.id = e.measure_id
                WHERE m.strategy_id = \(bind: strategy.id) AND m.number = \(bind: measure.text) AND e.id > \(bind: seen)
                ORDER BY e.id
                """, db)
            if !since.isEmpty { throw EditConflict(measure: measure, events: since) }
            // Only this measure's history is read inside the lock, not the whole catalogue.
            let current = try await Self.catalogues(strategy, asOf: [nil], knownAt: nil, only: measure, db)[0]
            let changes = try plan(current)
            return try await ChangeWriter(strategy: strategy, db: db).record(
                changes, at: try await Self.nextRecordedTime(clock(), db))
        }
    }

    public func defineStatus(_ status: StatusDefinition, in strategy: Strategy, actor: String) async throws {
        guard !status.key.isEmpty, status.key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        else {
            throw RuleViolation("key", .statusKey(status.key))
        }
        if status.labelDE.isEmpty || status.labelEN.isEmpty {
            throw RuleViolation("label", .statusNeedsLabels)
        }
        let time = now()
        try await database.write(.strategy(strategy.id)) { db in
            let existing = try await db.raw(
                "SELECT * FROM statuses WHERE strategy_id = \(bind: strategy.id) ORDER BY position"
            ).all()
            let before = try existing.first { try $0.decode(column: "key", as: String.self) == status.key }.map { row in
                StatusDefinition(
                    key: status.key, labelDE: try row.decode(column: "label_de", as: String.self),
                    labelEN: try row.decode(column: "label_en", as: String.self),
                    kind: StatusKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .active)
            }
            if before == status { return }
            if before != nil {
                try await db.raw(
                    """
                    UPDATE statuses SET label_de = \(bind: status.labelDE), label_en = \(bind: status.labelEN), kind =\
                     \(bind: status.kind.rawValue)
                    WHERE strategy_id = \(bind: strategy.id) AND key = \(bind: status.key)
                    """
                ).run()
            } else {
                try await Self.saveStatus(status, position: existing.count, strategy: strategy.id, db)
            }
            func described(_ s: StatusDefinition) -> String { "\(s.labelDE) / \(s.labelEN) (\(s.kind.rawValue))" }
            try await Self.logLabel(
                LabelChange(
                    recordedAt: time, actor: actor, subject: "status \(status.key)", before: before.map(described),
                    after: described(status)), strategy: strategy.id, db)
        }
    }

    public func saveDepartment(_ department: Department, actor: String) async throws {
        if department.code.trimmingCharacters(in: .whitespaces).isEmpty {
            throw RuleViolation("code", .departmentNeedsCode)
        }
        let time = now()
        try await database.write(.keys(["departments"])) { db in
            let before = try await db.raw("SELECT name FROM departments WHERE code = \(bind: department.code)").first()?
                .decode(column: "name", as: String.self)
            if before == department.name { return }
            try await db.raw(
                """
                INSERT INTO departments (code, name) VALUES (\(bind: department.code), \(bind: department.name))
                ON CONFLICT (code) DO UPDATE SET name = excluded.name
                """
            ).run()
            try await Self.logLabel(
                LabelChange(
                    recordedAt: time, actor: actor, subject: "department \(department.code)", before: before,
                    after: department.name), strategy: nil, db)
        }
    }

    public func labelLog(limit: Int) async throws -> [LabelChange] {
        try await database.read { db in
            try await db.raw("SELECT * FROM label_log ORDER BY id DESC LIMIT \(bind: limit)").all().map { row in
                LabelChange(
                    recordedAt: try row.decode(text: "recorded_at", as: RecordedTime.self),
                    actor: try row.decode(column: "actor", as: String.self),
                    subject: try row.decode(column: "subject", as: String.self),
                    before: try row.decode(column: "before", as: String?.self),
                    after: try row.decode(column: "after", as: String.self))
            }
        }
    }

    static func logLabel(_ change: LabelChange, strategy: Int64?, _ db: any SQLDatabase) async throws {
        try await db.raw(
            """
            INSERT INTO label_log (recorded_at, actor, strategy_id, subject, before, after)
            VALUES (\(bind: change.recordedAt.iso), \(bind: change.actor), \(bind: strategy), \(bind: change.subject),\
             \(bind: change.before), \(bind: change.after))
            """
        ).run()
    }

    // MARK: Queries shared by reads and writes

    static func strategies(_ db: any SQLDatabase) async throws -> [Strategy] {
        try await db.raw("SELECT * FROM strategies ORDER BY id").all().map { row in
            Strategy(
                id: try row.decode(column: "id", as: Int64.self),
                slug: try row.decode(column: "slug", as: String.self),
                title: try row.decode(column: "title", as: String.self),
                body: try row.decode(column: "body", as: String.self),
                adoptedOn: try row.decode(column: "adopted_on", as: String?.self).flatMap(CalendarDate.init),
                resolution: try row.decode(column: "resolution", as: String?.self),
                fieldsFixed: try row.decode(column: "fields_fixed", as: Int.self) != 0)
        }
    }

    static func saveStatus(_ status: StatusDefinition, position: Int, strategy: Strategy.ID, _ db: any SQLDatabase)
        async throws
    {
        try await db.raw(
            """
            INSERT INTO statuses (strategy_id, key, label_de, label_en, kind, position)
            VALUES (\(bind: strategy), \(bind: status.key), \(bind: status.labelDE), \(bind: status.labelEN),\
             \(bind: status.kind.rawValue), \(bind: position))
            """
        ).run()
    }

    /// A far-future bound stands for "no limit", so that every query has the same shape.
    static func cutoff(_ date: CalendarDate?) -> String { date?.iso ?? "9999-12-31" }
    static func cutoff(_ time: RecordedTime?) -> String { time?.iso ?? "9999-12-31T23:59:59.999999Z" }

    public func catalogues(of strategy: Strategy, asOf dates: [CalendarDate?], knownAt: RecordedTime?) async throws
        -> [Catalogue]
    {
        try await database.read { db in try await Self.catalogues(strategy, asOf: dates, knownAt: knownAt, db) }
    }

    static func catalogue(_ strategy: Strategy, asOf: CalendarDate?, knownAt: RecordedTime?, _ db: any SQLDatabase)
        async throws -> Catalogue
    {
        try await catalogues(strategy, asOf: [asOf], knownAt: knownAt, db)[0]
    }

    /// The catalogue on each date: all non-status events up to it, and for each measure only its last
    /// status event, both without retracted events; the domain's history rule does the rest. The
    /// non-status events are read once, up to the latest date, and serve every date.
    /// With `only`, the catalogues hold that measure alone (with every field, department and status).
    static func catalogues(
        _ strategy: Strategy, asOf dates: [CalendarDate?], knownAt: RecordedTime?, only: MeasureNumber? = nil,
        _ db: any SQLDatabase
    ) async throws -> [Catalogue] {
        let time = cutoff(knownAt)
        let measures: SQLQueryString =
            only.map { "m.strategy_id = \(bind: strategy.id) AND m.number = \(bind: $0.text)" }
            ?? "m.strategy_id = \(bind: strategy.id)"
        let latestDay = cutoff(dates.contains(nil) ? nil : dates.compactMap(\.self).max())
        let fields = try await db.raw(
            "SELECT number, title FROM fields WHERE strategy_id = \(bind: strategy.id) ORDER BY number"
        ).all().map {
            FieldOfAction(
                number: try $0.decode(column: "number", as: Int.self),
                title: try $0.decode(column: "title", as: String.self))
        }
        let departments = try await Self.departments(db)
        let statuses = try await db.raw(
            "SELECT * FROM statuses WHERE strategy_id = \(bind: strategy.id) ORDER BY position"
        ).all().map { row in
            StatusDefinition(
                key: try row.decode(column: "key", as: String.self),
                labelDE: try row.decode(column: "label_de", as: String.self),
                labelEN: try row.decode(column: "label_en", as: String.self),
                kind: StatusKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .active)
        }
        let detailEvents = try await EventRow.fetch(
            """
            SELECT \(unsafeRaw: EventRow.selected) FROM measure_events e JOIN measures m ON m.id = e.measure_id
            WHERE \(measures) AND e.kind IN ('created', 'changed', 'removed')
              AND e.effective_date <= \(bind: latestDay) AND e.recorded_at <= \(bind: time)
              AND NOT EXISTS (SELECT 1 FROM measure_events r WHERE r.retracts = e.id AND r.recorded_at <= \(bind: time))
            ORDER BY e.measure_id, e.effective_date, e.id
            """, db)
        var catalogues: [Catalogue] = []
        for asOf in dates {
            let statusEvents = try await latestStatusEvents(measures, asOf: asOf, knownAt: knownAt, db)
            let measures = MeasureHistory.states(from: detailEvents + statusEvents, asOf: asOf, knownAt: knownAt)
            catalogues.append(
                Catalogue(
                    strategy: strategy, asOf: asOf, knownAt: knownAt, fields: fields, departments: departments,
                    statuses: StatusSet(statuses), measures: measures))
        }
        return catalogues
    }

    /// Each measure's last status event on a date, not retracted.
    private static func latestStatusEvents(
        _ measures: SQLQueryString, asOf: CalendarDate?, knownAt: RecordedTime?, _ db: any SQLDatabase
    ) async throws -> [MeasureEvent] {
        let day = cutoff(asOf)
        let time = cutoff(knownAt)
        let latest: SQLQueryString = """
            SELECT s.id FROM measure_events s
            WHERE s.measure_id = m.id AND s.kind = 'status_set'
              AND s.effective_date <= \(bind: day) AND s.recorded_at <= \(bind: time)
              AND NOT EXISTS (SELECT 1 FROM measure_events r WHERE r.retracts = s.id AND r.recorded_at <= \(bind: time))
            ORDER BY s.effective_date DESC, s.id DESC LIMIT 1
            """
        if db is PostgresSession {
            // One statement: an index seek per measure, then the event by its key.
            return try await EventRow.fetch(
                """
                SELECT \(unsafeRaw: EventRow.selected) FROM measures m
                CROSS JOIN LATERAL (\(latest)) AS l JOIN measure_events e ON e.id = l.id
                WHERE \(measures)
                """, db)
        }
        // SQLite has no LATERAL, and a join on the correlated subquery would read the whole history:
        // first the id of each measure's last status event (an index seek per measure), then those
        // events by primary key.
        let ids = try await db.raw(
            "SELECT (\(latest)) AS latest FROM measures m WHERE \(measures)"
        )
        .all().compactMap { try $0.decode(column: "latest", as: Int64?.self) }
        var statusEvents: [MeasureEvent] = []
        for chunk in ids.chunked(900) {
            statusEvents += try await EventRow.fetch(
                """
                SELECT \(unsafeRaw: EventRow.selected) FROM measure_events e JOIN measures m ON m.id = e.measure_id
                WHERE e.id IN (\(binds: Array(chunk)))
                """, db)
        }
        return statusEvents
    }

    /// Recorded times never go backwards, even if the clock does: later sequence, later or equal time.
    static func nextRecordedTime(_ now: RecordedTime, _ db: any SQLDatabase) async throws -> RecordedTime {
        let latest = try await db.raw("SELECT MAX(recorded_at) AS latest FROM measure_events").first()?
            .decode(column: "latest", as: String?.self).flatMap(RecordedTime.init)
        guard let latest, latest >= now else { return now }
        return RecordedTime(microseconds: latest.microseconds + 1)
    }
}
