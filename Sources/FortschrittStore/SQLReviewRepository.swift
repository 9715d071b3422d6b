import FortschrittDomain
import Foundation
import SQLKit

/// Expert reviews in the database: `expert_reviews` (replaced until published) and the append-only
/// `expert_review_log`.
public struct SQLReviewRepository: ReviewRepository {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func submit(_ review: ExpertReview, on version: TextVersion, by expert: Account, at time: RecordedTime)
        async throws -> ExpertReview
    {
        guard Access.mayReview(expert) else { throw RuleViolation("account", .noAccount(expert.email)) }
        let checked = try review.checked(on: version)
        let place = checked.block?.text ?? ""
        return try await database.write(.keys(["reviews/\(version.strategy)/\(expert.id)"])) { db in
            let existing = try await db.raw(
                """
                SELECT id, published_at FROM expert_reviews
                WHERE strategy_id = \(bind: version.strategy) AND version_number = \(bind: version.number)
                  AND block_id = \(bind: place) AND account_id = \(bind: expert.id)
                """
            ).first()
            let id: Int64
            if let existing {
                guard try existing.decodeNil(column: "published_at") else {
                    throw RuleViolation("begruendung", .reviewPublished)
                }
                id = try existing.decode(column: "id", as: Int64.self)
                try await db.raw(
                    """
                    UPDATE expert_reviews SET acceptance = \(bind: checked.acceptance),
                        practicality = \(bind: checked.practicality), reason = \(bind: checked.reason),
                        submitted_at = \(bind: time.iso)
                    WHERE id = \(bind: id)
                    """
                ).run()
            } else {
                id = try await db.raw(
                    """
                    INSERT INTO expert_reviews (strategy_id, version_number, block_id, account_id, acceptance,
                                                practicality, reason, submitted_at)
                    VALUES (\(bind: version.strategy), \(bind: version.number), \(bind: place), \(bind: expert.id),
                            \(bind: checked.acceptance), \(bind: checked.practicality), \(bind: checked.reason),
                            \(bind: time.iso))
                    RETURNING id
                    """
                ).first().required().decode(column: "id", as: Int64.self)
            }
            try await Self.log(id, "submitted", checked, actor: expert.actorName, at: time, db)
            var stored = checked
            stored.id = id
            stored.expert = expert.id
            stored.expertName = expert.name
            stored.submittedAt = time
            return stored
        }
    }

    public func reviews(on version: TextVersion, publishedOnly: Bool) async throws -> [ExpertReview] {
        let published: SQLQueryString = publishedOnly ? " AND r.published_at IS NOT NULL" : ""
        return try await database.read { db in
            try await db.raw(
                """
                SELECT r.*, a.name FROM expert_reviews r JOIN accounts a ON a.id = r.account_id
                WHERE r.strategy_id = \(bind: version.strategy)
                  AND r.version_number = \(bind: version.number)\(published)
                ORDER BY r.block_id, r.id
                """
            ).all().map(Self.review)
        }
    }

    public func publish(_ ids: [ExpertReview.ID], on version: TextVersion, by admin: Account, at time: RecordedTime)
        async throws -> Int
    {
        guard Access.mayAdminister(admin) else { throw RuleViolation("account", .noAccount(admin.email)) }
        guard !ids.isEmpty else { throw RuleViolation("gutachten", .nothingChosen) }
        return try await database.write(.keys(["reviews/\(version.strategy)"])) { db in
            var published = 0
            for chunk in ids.chunked(900) {
                let rows = try await db.raw(
                    """
                    SELECT r.*, a.name FROM expert_reviews r JOIN accounts a ON a.id = r.account_id
                    WHERE r.id IN (\(binds: Array(chunk))) AND r.strategy_id = \(bind: version.strategy)
                      AND r.version_number = \(bind: version.number) AND r.published_at IS NULL
                    """
                ).all()
                for review in try rows.map(Self.review) {
                    try await db.raw(
                        """
                        UPDATE expert_reviews
                        SET published_at = \(bind: time.iso), published_by = \(bind: admin.actorName)
                        WHERE id = \(bind: review.id)
                        """
                    ).run()
                    try await Self.log(review.id, "published", review, actor: admin.actorName, at: time, db)
                    published += 1
                }
            }
            return published
        }
    }

    public func lastPublished() async throws -> RecordedTime? {
        try await database.read { db in
            try await db.raw("SELECT MAX(published_at) AS latest FROM expert_reviews").first()?
                .decode(column: "latest", as: String?.self).flatMap(RecordedTime.init)
        }
    }

    static func review(_ row: any SQLRow) throws -> ExpertReview {
        let place = try row.decode(column: "block_id", as: String.self)
        return ExpertReview(
            id: try row.decode(column: "id", as: Int64.self),
            version: try row.decode(column: "version_number", as: Int.self),
            block: place.isEmpty ? nil : BlockID(place),
            expert: try row.decode(column: "account_id", as: Int64.self),
            expertName: try row.decode(column: "name", as: String.self),
            acceptance: try row.decode(column: "acceptance", as: Int.self),
            practicality: try row.decode(column: "practicality", as: Int.self),
            reason: try row.decode(column: "reason", as: String.self),
            submittedAt: try row.decode(text: "submitted_at", as: RecordedTime.self),
            publishedAt: try row.decodeNil(column: "published_at")
                ? nil : try row.decode(text: "published_at", as: RecordedTime.self))
    }

    static func log(
        _ id: Int64, _ action: String, _ review: ExpertReview, actor: String, at time: RecordedTime,
        _ db: any SQLDatabase
    ) async throws {
        try await db.raw(
            """
            INSERT INTO expert_review_log (review_id, recorded_at, actor, action, acceptance, practicality, reason)
            VALUES (\(bind: id), \(bind: time.iso), \(bind: actor), \(bind: action), \(bind: review.acceptance),
                    \(bind: review.practicality), \(bind: review.reason))
            """
        ).run()
    }
}
