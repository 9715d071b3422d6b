import FortschrittDomain
import Foundation
import SQLKit

/// Indicators in SQL: `indicators` fixes each slug, `indicator_events` keeps every definition (the
/// current one the highest-numbered), `indicator_values` every value event. All three append-only.
public struct SQLIndicatorRepository: IndicatorRepository {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func indicators() async throws -> [Indicator] {
        try await database.read { db in
            try await Self.current("1 = 1", db).map(\.indicator).sorted { $0.title < $1.title }
        }
    }

    public func indicator(slug: String) async throws -> (indicator: Indicator, version: Int)? {
        try await database.read { db in try await Self.current("i.slug = \(bind: slug)", db).first }
    }

    public func save(_ indicator: Indicator, version: Int?, reason: String, actor: String, at time: RecordedTime)
        async throws -> Int
    {
        let reason = try Input.text(reason.trimmingCharacters(in: .whitespaces), "grund", limit: 500)
        if version != nil, reason.isEmpty { throw RuleViolation("grund", .correctionNeedsReason) }
        return try await database.write(.keys(["indicator/\(indicator.slug)"])) { db in
            let checked = try IndicatorRules.checked(
                indicator, departments: try await SQLDatasetRepository.departments(db),
                measures: try await SQLDatasetRepository.measures(db), datasets: try await Self.datasets(db))
            let existing = try await Self.current("i.slug = \(bind: checked.slug)", db).first
            let (indicatorID, number) = try await StateEvents.target(
                "indicators", slug: checked.slug, new: checked,
                existing: existing.map { ($0.indicator, $0.version) }, read: version, at: time, db)
            try await db.raw(
                """
                INSERT INTO indicator_events (indicator_id, number, recorded_at, actor, reason, state)
                VALUES (\(bind: indicatorID), \(bind: number), \(bind: time.iso), \(bind: actor),
                        \(bind: reason.isEmpty ? "created" : reason), \(bind: try StateJSON.encode(checked)))
                """
            ).run()
            return number
        }
    }

    public func valueEvents(of slug: String?) async throws -> [IndicatorValueEvent] {
        try await database.read { db in
            try await Self.events(slug.map { "i.slug = \(bind: $0)" } ?? "1 = 1", db)
        }
    }

    public func importValues(
        _ rows: [IndicatorImportRow], reason: String, actor: String, at time: RecordedTime, dryRun: Bool
    ) async throws -> IndicatorImportPlan {
        let reason = try Input.text(reason.trimmingCharacters(in: .whitespaces), "grund", limit: 500)
        let named = Set(rows.map(\.indicator)).sorted()
        let plan: @Sendable (any SQLDatabase) async throws -> IndicatorImportPlan = { db in
            let ids = try await Self.ids(db)
            let current = IndicatorSeries.values(
                from: try await Self.events("i.slug IN (\(binds: named.isEmpty ? [""] : named))", db), asOf: nil)
            let plan = try IndicatorImportPlan.plan(
                rows: rows, current: current, indicators: Set(ids.keys), datasets: try await Self.datasets(db))
            guard !dryRun else { return plan }
            for value in plan.writes {
                try await Self.insert(
                    value.key, value: value.value, source: value.source, indicatorID: ids[value.indicator] ?? 0,
                    reason: reason.isEmpty ? "import" : reason, actor: actor, at: time, db)
            }
            return plan
        }
        if dryRun { return try await database.read(plan) }
        return try await database.write(.keys(named.map { "indicator/\($0)" }), plan)
    }

    public func withdraw(_ key: IndicatorValue.Key, reason: String, actor: String, at time: RecordedTime)
        async throws
    {
        let reason = try Input.text(reason.trimmingCharacters(in: .whitespaces), "grund", limit: 500)
        if reason.isEmpty { throw RuleViolation("grund", .correctionNeedsReason) }
        try await database.write(.keys(["indicator/\(key.indicator)"])) { db in
            let current = IndicatorSeries.values(
                from: try await Self.events("i.slug = \(bind: key.indicator)", db), asOf: nil)
            guard current.contains(where: { $0.key == key }), let id = try await Self.ids(db)[key.indicator] else {
                throw RuleViolation("wert", .noSuchIndicatorValue(Input.excerpt(key.text)))
            }
            try await Self.insert(
                key, value: nil, source: nil, indicatorID: id, reason: reason, actor: actor, at: time, db)
        }
    }

    public func lastChange() async throws -> RecordedTime? {
        try await database.read { db in
            try await db.raw(
                """
                SELECT MAX(latest) AS latest FROM (
                  SELECT MAX(recorded_at) AS latest FROM indicator_events
                  UNION ALL SELECT MAX(recorded_at) FROM indicator_values) AS changes
                """
            ).first()?.decode(column: "latest", as: String?.self).flatMap(RecordedTime.init)
        }
    }

    /// The current definitions of the indicators `ids`, each with its last change (definition or value).
    static func harvested(_ ids: [Int64], _ db: any SQLDatabase) async throws
        -> [(indicator: Indicator, modified: RecordedTime)]
    {
        try await db.raw(
            """
            SELECT e.state, (SELECT MAX(latest) FROM (
                SELECT MAX(x.recorded_at) AS latest FROM indicator_events x WHERE x.indicator_id = i.id
                UNION ALL SELECT MAX(v.recorded_at) FROM indicator_values v WHERE v.indicator_id = i.id) AS t
              ) AS modified
            FROM indicators i JOIN indicator_events e ON e.indicator_id = i.id
            WHERE e.number = (SELECT MAX(x.number) FROM indicator_events x WHERE x.indicator_id = i.id)
              AND i.id IN (\(binds: ids))
            ORDER BY i.created_at, i.id
            """
        ).all().map { row in
            (
                try StateJSON.decode(Indicator.self, row.decode(column: "state", as: String.self)),
                try row.decode(text: "modified", as: RecordedTime.self)
            )
        }
    }

    static func insert(
        _ key: IndicatorValue.Key, value: IndicatorNumber?, source: String?, indicatorID: Int64, reason: String,
        actor: String, at time: RecordedTime, _ db: any SQLDatabase
    ) async throws {
        try await db.raw(
            """
            INSERT INTO indicator_values (indicator_id, period, dimensions, value, source, recorded_at, actor, reason)
            VALUES (\(bind: indicatorID), \(bind: key.period.text), \(bind: key.dimensions.text),
                    \(bind: value?.text), \(bind: source), \(bind: time.iso), \(bind: actor), \(bind: reason))
            """
        ).run()
    }

    static func ids(_ db: any SQLDatabase) async throws -> [String: Int64] {
        Dictionary(
            try await db.raw("SELECT id, slug FROM indicators").all().map {
                (try $0.decode(column: "slug", as: String.self), try $0.decode(column: "id", as: Int64.self))
            }, uniquingKeysWith: { first, _ in first })
    }

    static func datasets(_ db: any SQLDatabase) async throws -> Set<String> {
        Set(try await db.raw("SELECT slug FROM datasets").all().map { try $0.decode(column: "slug", as: String.self) })
    }

    static func events(_ condition: SQLQueryString, _ db: any SQLDatabase) async throws -> [IndicatorValueEvent] {
        try await db.raw(
            """
            SELECT v.*, i.slug FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
            WHERE \(condition) ORDER BY v.recorded_at, v.id
            """
        ).all().map { row in
            IndicatorValueEvent(
                sequence: try row.decode(column: "id", as: Int64.self),
                indicator: try row.decode(column: "slug", as: String.self),
                period: try row.decode(text: "period", as: Period.self),
                dimensions: try row.decode(text: "dimensions", as: Dimensions.self),
                value: try row.decode(column: "value", as: String?.self).map { text in
                    guard let number = IndicatorNumber(text) else {
                        throw StoreError.unreadable(column: "value", text: String(text.prefix(80)))
                    }
                    return number
                },
                source: try row.decode(column: "source", as: String?.self),
                recordedAt: try row.decode(text: "recorded_at", as: RecordedTime.self),
                actor: try row.decode(column: "actor", as: String.self),
                reason: try row.decode(column: "reason", as: String.self))
        }
    }

    static func current(_ condition: SQLQueryString, _ db: any SQLDatabase) async throws
        -> [(indicator: Indicator, version: Int)]
    {
        try await db.raw(
            """
            SELECT e.* FROM indicators i JOIN indicator_events e ON e.indicator_id = i.id
            WHERE e.number = (SELECT MAX(x.number) FROM indicator_events x WHERE x.indicator_id = i.id)
              AND \(condition)
            ORDER BY i.slug
            """
        ).all().map { row in
            (
                try StateJSON.decode(Indicator.self, row.decode(column: "state", as: String.self)),
                try row.decode(column: "number", as: Int.self)
            )
        }
    }
}
