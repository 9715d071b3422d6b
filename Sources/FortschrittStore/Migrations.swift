import Foundation
import SQLKit

/// Numbered schema changes, applied in order on start and by `fortschritt migrate`. Each runs in
/// its own write transaction and is recorded in `schema_migrations`.
public enum Migrations {
    struct Migration: Sendable {
        let version: Int
        let name: String
        let statements: @Sendable (Database.Engine) -> [String]
    }

    static let all: [Migration] = [
        Migration(version: 1, name: "catalogue and history", statements: Migration001Catalogue.statements),
        Migration(version: 2, name: "index of detail events", statements: Migration002DetailEventsIndex.statements),
        Migration(version: 3, name: "council papers, funding and reports", statements: Migration003Council.statements),
        Migration(version: 4, name: "legislative terms", statements: Migration004LegislativeTerms.statements),
        Migration(
            version: 5, name: "accounts, sessions, update rounds and notes",
            statements: Migration005Workspace.statements),
        Migration(
            version: 6, name: "sessions by account, log of names",
            statements: Migration006SessionAccountsAndLabelLog.statements),
        Migration(version: 7, name: "published documents", statements: Migration007PublishedDocuments.statements),
        Migration(version: 8, name: "a report is published once", statements: Migration008PublishedOnce.statements),
        Migration(
            version: 9, name: "sessions with an absolute lifetime", statements: Migration009SessionLifetime.statements),
        Migration(
            version: 10, name: "server secrets and known sign-ins", statements: Migration010ServerSecrets.statements),
        Migration(version: 11, name: "mail outbox", statements: Migration011MailOutbox.statements),
        Migration(version: 12, name: "strategy texts in versions", statements: Migration012StrategyTexts.statements),
        Migration(version: 13, name: "participants", statements: Migration013Participants.statements),
        Migration(version: 14, name: "contributions", statements: Migration014Contributions.statements),
        Migration(version: 15, name: "comments across versions", statements: Migration015CommentFates.statements),
        Migration(version: 16, name: "moderation and erasure", statements: Migration016Moderation.statements),
        Migration(version: 17, name: "decisions on contributions", statements: Migration017Decisions.statements),
        Migration(version: 18, name: "adopted text versions", statements: Migration018Adoptions.statements),
        Migration(version: 19, name: "discussion events", statements: Migration019DiscussionEvents.statements),
        Migration(
            version: 20, name: "entered contributions", statements: Migration020EnteredContributions.statements),
        Migration(version: 21, name: "expert reviews", statements: Migration021ExpertReviews.statements),
        Migration(
            version: 22, name: "published decision tables",
            statements: Migration022PublishedDecisionTables.statements),
        Migration(version: 23, name: "follows and unsubscribing", statements: Migration023Follows.statements),
        Migration(
            version: 24, name: "scheduled decision publications",
            statements: Migration024ScheduledPublications.statements),
        Migration(version: 25, name: "event corrections", statements: Migration025EventCorrections.statements),
        Migration(version: 26, name: "segments of contributions", statements: Migration026Segments.statements),
        Migration(
            version: 27, name: "segments taken back", statements: Migration027SegmentTakeBacks.statements),
        Migration(version: 28, name: "datasets", statements: Migration028Datasets.statements),
        Migration(version: 29, name: "applications and findings", statements: Migration029Applications.statements),
        Migration(version: 30, name: "indicators and their values", statements: Migration030Indicators.statements),
    ]

    /// The versions applied, oldest first.
    public static func applied(on database: Database) async throws -> [Int] {
        try await database.read { db in
            try await db.raw("SELECT version FROM schema_migrations ORDER BY version").all().map {
                try $0.decode(column: "version", as: Int.self)
            }
        }
    }

    /// Applies what is missing; returns the versions it applied.
    @discardableResult
    public static func run(on database: Database) async throws -> [Int] {
        let engine = database.engine
        return try await database.write(.schema) { db in
            try await db.raw(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                    + "applied_at TEXT NOT NULL)"
            ).run()
            let done = Set(
                try await db.raw("SELECT version FROM schema_migrations").all().map {
                    try $0.decode(column: "version", as: Int.self)
                })
            var applied: [Int] = []
            for migration in all where !done.contains(migration.version) {
                for statement in migration.statements(engine) {
                    try await db.raw(SQLQueryString(statement)).run()
                }
                try await db.raw(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (\(bind: migration.version), "
                        + "\(bind: migration.name), \(bind: Date().ISO8601Format()))"
                ).run()
                applied.append(migration.version)
            }
            return applied
        }
    }
}
