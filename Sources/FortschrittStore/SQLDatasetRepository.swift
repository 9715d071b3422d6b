import FortschrittDomain
import Foundation
import SQLKit

/// Datasets in SQL: `datasets` fixes each slug, `dataset_events` keeps every state (append-only); the
/// current state is a dataset's highest-numbered event.
public struct SQLDatasetRepository: DatasetRepository {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func datasets(publicOnly: Bool) async throws -> [Dataset] {
        try await database.read { db in
            try await Self.current(publicOnly ? "e.access = 'open'" : "1 = 1", db).map(\.dataset)
                .sorted { ($0.title, $0.slug) < ($1.title, $1.slug) }
        }
    }

    public func dataset(slug: String, publicOnly: Bool) async throws -> (dataset: Dataset, version: Int)? {
        try await database.read { db in
            let condition: SQLQueryString =
                publicOnly ? "d.slug = \(bind: slug) AND e.access = 'open'" : "d.slug = \(bind: slug)"
            return try await Self.current(condition, db).first
        }
    }

    public func history(of slug: String) async throws -> [DatasetEvent] {
        try await database.read { db in
            try await db.raw(
                """
                SELECT e.* FROM dataset_events e JOIN datasets d ON d.id = e.dataset_id
                WHERE d.slug = \(bind: slug) ORDER BY e.number
                """
            ).all().map(Self.event)
        }
    }

    public func save(_ dataset: Dataset, version: Int?, reason: String, actor: String, at time: RecordedTime)
        async throws -> Int
    {
        let reason = try Input.text(reason.trimmingCharacters(in: .whitespaces), "grund", limit: 500)
        if version != nil, reason.isEmpty { throw RuleViolation("grund", .correctionNeedsReason) }
        return try await database.write(.keys(["dataset/\(dataset.slug)"])) { db in
            let today = CalendarDate(time.date)
            let checked = try DatasetRules.checked(
                dataset, departments: try await Self.departments(db), measures: try await Self.measures(db),
                blocks: try await Self.blocks(db), today: today)
            let existing = try await Self.current("d.slug = \(bind: checked.slug)", db).first
            let (datasetID, number) = try await StateEvents.target(
                "datasets", slug: checked.slug, new: checked, existing: existing.map { ($0.dataset, $0.version) },
                read: version, at: time, db)
            let state = try StateJSON.encode(checked)
            try await db.raw(
                """
                INSERT INTO dataset_events (dataset_id, number, effective_on, recorded_at, actor, reason, access, state)
                VALUES (\(bind: datasetID), \(bind: number), \(bind: today.iso), \(bind: time.iso), \(bind: actor),
                        \(bind: reason.isEmpty ? "created" : reason), \(bind: checked.access.rawValue), \(bind: state))
                """
            ).run()
            return number
        }
    }

    public func harvestPage(offset: Int, limit: Int) async throws -> HarvestPage {
        try await database.read { db in
            // Positions: datasets and indicators in the order they were created.
            let items = try await db.raw(
                """
                SELECT kind, id FROM (
                  SELECT created_at, 0 AS kind, id FROM datasets
                  UNION ALL SELECT created_at, 1 AS kind, id FROM indicators) AS items
                ORDER BY created_at, kind, id LIMIT \(bind: limit) OFFSET \(bind: offset)
                """
            ).all().map { (try $0.decode(column: "kind", as: Int.self), try $0.decode(column: "id", as: Int64.self)) }
            let datasetIDs = items.filter { $0.0 == 0 }.map(\.1)
            let indicatorIDs = items.filter { $0.0 == 1 }.map(\.1)
            let rows = try await db.raw(
                """
                SELECT e.* FROM datasets d JOIN dataset_events e ON e.dataset_id = d.id
                WHERE e.number = (SELECT MAX(x.number) FROM dataset_events x WHERE x.dataset_id = d.id)
                  AND e.access = 'open' AND d.id IN (\(binds: datasetIDs.isEmpty ? [0] : datasetIDs))
                ORDER BY d.created_at, d.id
                """
            ).all().map(Self.event)
            let indicators = try await SQLIndicatorRepository.harvested(
                indicatorIDs.isEmpty ? [0] : indicatorIDs, db)
            let all = try await db.raw(
                "SELECT (SELECT COUNT(*) FROM datasets) + (SELECT COUNT(*) FROM indicators) AS n"
            ).first().required().decode(column: "n", as: Int.self)
            let indicatorCount = try await db.raw("SELECT COUNT(*) AS n FROM indicators").first().required()
                .decode(column: "n", as: Int.self)
            let open = try await db.raw(
                """
                SELECT COUNT(*) AS n FROM datasets d JOIN dataset_events e ON e.dataset_id = d.id
                WHERE e.number = (SELECT MAX(x.number) FROM dataset_events x WHERE x.dataset_id = d.id)
                  AND e.access = 'open'
                """
            ).first().required().decode(column: "n", as: Int.self)
            return HarvestPage(
                datasets: rows.map { ($0.dataset, $0.recordedAt) }, indicators: indicators, allCount: all,
                openCount: open + indicatorCount)
        }
    }

    public func lastChange() async throws -> RecordedTime? {
        try await database.read { db in
            try await db.raw("SELECT MAX(recorded_at) AS latest FROM dataset_events").first()?
                .decode(column: "latest", as: String?.self).flatMap(RecordedTime.init)
        }
    }

    /// The current state of the datasets meeting the condition (on `d`, the dataset, and `e`, its
    /// latest event), with their version.
    static func current(_ condition: SQLQueryString, _ db: any SQLDatabase) async throws
        -> [(dataset: Dataset, version: Int)]
    {
        try await db.raw(
            """
            SELECT e.* FROM datasets d JOIN dataset_events e ON e.dataset_id = d.id
            WHERE e.number = (SELECT MAX(x.number) FROM dataset_events x WHERE x.dataset_id = d.id)
              AND \(condition)
            ORDER BY d.slug
            """
        ).all().map { row in
            let event = try event(row)
            return (event.dataset, event.number)
        }
    }

    static func event(_ row: any SQLRow) throws -> DatasetEvent {
        let dataset = try StateJSON.decode(Dataset.self, try row.decode(column: "state", as: String.self))
        return DatasetEvent(
            dataset: dataset, number: try row.decode(column: "number", as: Int.self),
            effectiveOn: try row.decode(text: "effective_on", as: CalendarDate.self),
            recordedAt: try row.decode(text: "recorded_at", as: RecordedTime.self),
            actor: try row.decode(column: "actor", as: String.self),
            reason: try row.decode(column: "reason", as: String.self))
    }

    static func departments(_ db: any SQLDatabase) async throws -> [String] {
        try await SQLCatalogueRepository.departments(db).map(\.code)
    }

    /// The portal catalogue's (the first strategy's) measure numbers.
    static func measures(_ db: any SQLDatabase) async throws -> Set<String> {
        Set(
            try await db.raw(
                """
                SELECT number FROM measures WHERE strategy_id = (SELECT MIN(id) FROM strategies)
                """
            ).all().map { try $0.decode(column: "number", as: String.self) })
    }

    /// Every strategy's block ids, of any of its versions.
    static func blocks(_ db: any SQLDatabase) async throws -> [String: Set<String>] {
        var blocks: [String: Set<String>] = [:]
        for row in try await db.raw(
            """
            SELECT DISTINCT s.slug, b.block_id FROM text_blocks b
            JOIN text_versions v ON v.id = b.version_id JOIN strategies s ON s.id = v.strategy_id
            """
        ).all() {
            blocks[try row.decode(column: "slug", as: String.self), default: []].insert(
                try row.decode(column: "block_id", as: String.self))
        }
        return blocks
    }
}
