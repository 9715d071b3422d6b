import FortschrittDomain
import Foundation
import SQLKit

/// Published Abwägungstabellen, and the documents kept for them and for reports.
extension SQLCouncilRepository {
    public func publishedDecisionTables() async throws -> [PublishedDecisionTable] {
        try await database.read { db in
            try await db.raw("SELECT * FROM published_decision_tables ORDER BY id").all().map(Self.decisionTable)
        }
    }

    public func publish(_ table: NewPublishedDecisionTable) async throws -> PublishedDecisionTable {
        let time = now()
        return try await database.write(.strategy(table.strategy)) { db in
            if let earlier = try await db.raw(
                """
                SELECT paper_number, published_at FROM published_decision_tables
                WHERE strategy_id = \(bind: table.strategy) AND version_number = \(bind: table.version)
                """
            ).first() {
                let when = try earlier.decode(text: "published_at", as: RecordedTime.self)
                throw RuleViolation(
                    "fassung",
                    .decisionTablePublished(
                        "\(table.version)", paper: try earlier.decode(column: "paper_number", as: String.self),
                        on: CalendarDate(when.date).iso))
            }
            guard try await db.raw("SELECT id FROM papers WHERE number = \(bind: table.paper)").first() != nil else {
                throw RuleViolation("vorlage", .noPaper(table.paper))
            }
            let row = try await db.raw(
                """
                INSERT INTO published_decision_tables (strategy_id, version_number, paper_number, title, published_at,\
                 actor, hashes)
                VALUES (\(bind: table.strategy), \(bind: table.version), \(bind: table.paper), \(bind: table.title),\
                 \(bind: time.iso), \(bind: table.actor), \(bind: try Self.json(table.hashes)))
                RETURNING id
                """
            ).first()
            let id = try row.required().decode(column: "id", as: Int64.self)
            try await Self.keep(table.documents, of: .decisionTable, id: id, db)
            return PublishedDecisionTable(
                id: id, strategy: table.strategy, version: table.version, paper: table.paper, title: table.title,
                publishedAt: time, actor: table.actor, hashes: table.hashes)
        }
    }

    public func publishedDocument(decisionTable id: Int64, format: String) async throws -> Data? {
        try await keptDocument(of: .decisionTable, id: id, format: format)
    }

    static func decisionTable(_ row: any SQLRow) throws -> PublishedDecisionTable {
        PublishedDecisionTable(
            id: try row.decode(column: "id", as: Int64.self),
            strategy: try row.decode(column: "strategy_id", as: Int64.self),
            version: try row.decode(column: "version_number", as: Int.self),
            paper: try row.decode(column: "paper_number", as: String.self),
            title: try row.decode(column: "title", as: String.self),
            publishedAt: try row.decode(text: "published_at", as: RecordedTime.self),
            actor: try row.decode(column: "actor", as: String.self),
            hashes: try value([String: String].self, try row.decode(column: "hashes", as: String.self)))
    }

    /// Where a publication's documents are kept: the table and the column naming the publication.
    enum Keeper {
        case report, decisionTable

        var table: String { self == .report ? "published_documents" : "published_decision_table_documents" }
        var owner: String { self == .report ? "report_id" : "table_id" }
    }

    static func keep(_ documents: [String: Data], of keeper: Keeper, id: Int64, _ db: any SQLDatabase) async throws {
        for (format, content) in documents.sorted(by: { $0.key < $1.key }) {
            try await db.raw(
                "INSERT INTO \(unsafeRaw: keeper.table) (\(unsafeRaw: keeper.owner), format, content) VALUES "
                    + "(\(bind: id), \(bind: format), \(bind: content))"
            ).run()
        }
    }

    func keptDocument(of keeper: Keeper, id: Int64, format: String) async throws -> Data? {
        try await database.read { db in
            try await db.raw(
                "SELECT content FROM \(unsafeRaw: keeper.table) WHERE \(unsafeRaw: keeper.owner) = \(bind: id) "
                    + "AND format = \(bind: format)"
            ).first()?
            .decode(column: "content", as: Data.self)
        }
    }
}
