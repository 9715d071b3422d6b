import FortschrittDomain
import Foundation
import SQLKit

/// Applications in SQL: `applications` fixes each slug, `application_events` keeps every state, the
/// current one the highest-numbered; `findings` and `finding_contributions` are recorded once each.
public struct SQLApplicationRepository: ApplicationRepository {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func applications() async throws -> [DataApplication] {
        try await database.read { db in
            try await Self.current("1 = 1", db).map(\.application).sorted { $0.title < $1.title }
        }
    }

    public func application(slug: String) async throws -> (application: DataApplication, version: Int)? {
        try await database.read { db in try await Self.current("a.slug = \(bind: slug)", db).first }
    }

    public func save(
        _ application: DataApplication, version: Int?, reason: String, actor: String, at time: RecordedTime
    ) async throws -> Int {
        let reason = try Input.text(reason.trimmingCharacters(in: .whitespaces), "grund", limit: 500)
        if version != nil, reason.isEmpty { throw RuleViolation("grund", .correctionNeedsReason) }
        return try await database.write(.keys(["application/\(application.slug)"])) { db in
            let datasets = Set(
                try await db.raw("SELECT slug FROM datasets").all().map {
                    try $0.decode(column: "slug", as: String.self)
                })
            let checked = try ApplicationRules.checked(
                application, departments: try await SQLDatasetRepository.departments(db),
                measures: try await SQLDatasetRepository.measures(db), datasets: datasets)
            let existing = try await Self.current("a.slug = \(bind: checked.slug)", db).first
            let (applicationID, number) = try await StateEvents.target(
                "applications", slug: checked.slug, new: checked,
                existing: existing.map { ($0.application, $0.version) }, read: version, at: time, db)
            try await db.raw(
                """
                INSERT INTO application_events (application_id, number, recorded_at, actor, reason, state)
                VALUES (\(bind: applicationID), \(bind: number), \(bind: time.iso), \(bind: actor),
                        \(bind: reason.isEmpty ? "created" : reason), \(bind: try StateJSON.encode(checked)))
                """
            ).run()
            return number
        }
    }

    public func findings(of slug: String?) async throws -> [Finding] {
        try await database.read { db in
            let condition: SQLQueryString = slug.map { "a.slug = \(bind: $0)" } ?? "1 = 1"
            return try await db.raw(
                """
                SELECT f.*, a.slug, c.contribution_id FROM findings f JOIN applications a ON a.id = f.application_id
                LEFT JOIN finding_contributions c ON c.finding_id = f.id
                WHERE \(condition) ORDER BY f.id DESC
                """
            ).all().map { row in
                Finding(
                    id: try row.decode(column: "id", as: Int64.self),
                    application: try row.decode(column: "slug", as: String.self),
                    text: try row.decode(column: "text", as: String.self),
                    question: try row.decode(column: "question", as: String.self),
                    recordedAt: try row.decode(text: "recorded_at", as: RecordedTime.self),
                    actor: try row.decode(column: "actor", as: String.self),
                    contribution: try row.decode(column: "contribution_id", as: Int64?.self))
            }
        }
    }

    public func addFinding(to slug: String, text: String, question: String, actor: String, at time: RecordedTime)
        async throws -> Finding.ID
    {
        let (finding, question) = try ApplicationRules.finding(text, question: question)
        return try await database.write(.keys(["application/\(slug)"])) { db in
            let application = try await Self.id(of: slug, db)
            return try await db.raw(
                """
                INSERT INTO findings (application_id, text, question, recorded_at, actor)
                VALUES (\(bind: application), \(bind: finding), \(bind: question), \(bind: time.iso), \(bind: actor))
                RETURNING id
                """
            ).first().required().decode(column: "id", as: Int64.self)
        }
    }

    public func putToDiscussion(
        _ finding: Finding.ID, version: TextVersion, block: BlockID, actor: String, today: CalendarDate,
        at time: RecordedTime
    ) async throws -> Contribution.ID {
        guard version.isOpen(on: today) else { throw RuleViolation("fassung", .discussionNotOpen) }
        return try await database.write(.keys(["entries/\(version.strategy)", "finding/\(finding)"])) { db in
            guard
                let row = try await db.raw(
                    """
                    SELECT f.text, f.question, f.recorded_at, a.slug FROM findings f
                    JOIN applications a ON a.id = f.application_id WHERE f.id = \(bind: finding)
                    """
                ).first()
            else { throw RuleViolation("befund", .noSuchFinding) }
            if try await db.raw("SELECT 1 AS put FROM finding_contributions WHERE finding_id = \(bind: finding)")
                .first() != nil
            {
                throw RuleViolation("befund", .findingAlreadyPut)
            }
            let question = try row.decode(column: "question", as: String.self)
            if question.isEmpty { throw RuleViolation("befund", .findingWithoutQuestion) }
            let slug = try row.decode(column: "slug", as: String.self)
            let title = try await Self.current("a.slug = \(bind: slug)", db).first?.application.title ?? slug
            let recorded = try row.decode(text: "recorded_at", as: RecordedTime.self)
            let entry = EnteredContribution(
                source: ContributionSource(
                    channel: .dataPlatform, source: "Befund vom \(recorded.day.german): \(title)", receivedOn: today),
                anchor: QuoteAnchor(version: version.number, block: block), text: question,
                // Within the 200 characters an organisation may have, whatever the title's length.
                organisation: "Datenplattform: \(title.prefix(180))")
            let checked = try entry.checked(version: version, events: [], today: today, channels: [.dataPlatform])
            let contribution = try await SQLContributionRepository.insertEntered(
                checked, on: version, actor: actor, at: time, db)
            try await db.raw(
                """
                INSERT INTO finding_contributions (finding_id, contribution_id, recorded_at, actor)
                VALUES (\(bind: finding), \(bind: contribution.id), \(bind: time.iso), \(bind: actor))
                """
            ).run()
            return contribution.id
        }
    }

    public func lastChange() async throws -> RecordedTime? {
        try await database.read { db in
            try await db.raw(
                """
                SELECT MAX(latest) AS latest FROM (
                  SELECT MAX(recorded_at) AS latest FROM application_events
                  UNION ALL SELECT MAX(recorded_at) FROM findings
                  UNION ALL SELECT MAX(recorded_at) FROM finding_contributions) AS changes
                """
            ).first()?.decode(column: "latest", as: String?.self).flatMap(RecordedTime.init)
        }
    }

    static func id(of slug: String, _ db: any SQLDatabase) async throws -> Int64 {
        guard let row = try await db.raw("SELECT id FROM applications WHERE slug = \(bind: slug)").first() else {
            throw RuleViolation("kennung", .noSuchApplication(Input.excerpt(slug)))
        }
        return try row.decode(column: "id", as: Int64.self)
    }

    static func current(_ condition: SQLQueryString, _ db: any SQLDatabase) async throws
        -> [(application: DataApplication, version: Int)]
    {
        try await db.raw(
            """
            SELECT e.* FROM applications a JOIN application_events e ON e.application_id = a.id
            WHERE e.number = (SELECT MAX(x.number) FROM application_events x WHERE x.application_id = a.id)
              AND \(condition)
            ORDER BY a.slug
            """
        ).all().map { row in
            (
                try StateJSON.decode(DataApplication.self, row.decode(column: "state", as: String.self)),
                try row.decode(column: "number", as: Int.self)
            )
        }
    }
}
