import FortschrittDomain
import Foundation
import SQLKit

/// Reports and moderation in the database: `contribution_reports`, the contribution's state and
/// hidden reason, and the append-only `moderation_log`.
public struct SQLModerationRepository: ModerationRepository {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func report(
        _ contribution: Contribution.ID, reason: String, by reporter: Reporter, at time: RecordedTime
    ) async throws {
        let checked = try ModerationRules.reason(reason, "grund")
        let key = Self.key(reporter)
        try await database.write(.keys(["reporter/\(key)", key])) { db in
            if case .participant(let id) = reporter { try await SQLContributionRepository.requireNotErased(id, db) }
            guard
                try await db.raw(
                    "SELECT id FROM contributions WHERE id = \(bind: contribution) AND state = 'visible'"
                ).first() != nil
            else { throw RuleViolation("id", .noSuchContribution) }
            let lastHour = try await SQLContributionRepository.inTheHourBefore(
                time, "contribution_reports", who: "reporter", is: key, when: "reported_at", db)
            guard lastHour < ModerationRules.reportsPerHour else {
                throw RuleViolation("grund", .tooManyReports(ModerationRules.reportsPerHour))
            }
            try await db.raw(
                """
                INSERT INTO contribution_reports (contribution_id, reporter, reason, reported_at, outcome)
                VALUES (\(bind: contribution), \(bind: key), \(bind: checked), \(bind: time.iso), 'new')
                ON CONFLICT (contribution_id, reporter) DO NOTHING
                """
            ).run()
        }
    }

    public func moderate(
        _ id: Contribution.ID, _ action: ModerationAction, by moderator: Account, notice: MailMessage?,
        at time: RecordedTime
    ) async throws {
        guard Access.mayModerate(moderator) else { throw RuleViolation("account", .noAccount(moderator.email)) }
        let reason: String?
        if case .hide(let given) = action { reason = try ModerationRules.reason(given, "grund") } else { reason = nil }
        // The author is fixed; locking them too keeps a hide's notice from racing their erasure. A
        // segment's contribution is locked too: moderating the whole reaches its segments.
        guard
            let row = try await database.read({ db in
                try await db.raw("SELECT participant_id, segment_of FROM contributions WHERE id = \(bind: id)").first()
            })
        else { throw RuleViolation("id", .noSuchContribution) }
        let author = try row.decode(column: "participant_id", as: Int64.self)
        let whole = try row.decode(column: "segment_of", as: Int64?.self)
        let keys = ["contribution/\(whole ?? id)", "participant/\(author)"]
        try await database.write(.keys(keys)) { db in
            guard let contribution = try await SQLContributionRepository.contributions("c.id = \(bind: id)", db).first
            else { throw RuleViolation("id", .noSuchContribution) }
            try ModerationRules.check(action, on: contribution)
            // A segment is not shown while the contribution it was cut from is not.
            if let whole, case .show = action,
                try await db.raw(
                    "SELECT id FROM contributions WHERE id = \(bind: whole) AND state = 'visible'"
                ).first() == nil
            {
                throw RuleViolation("aktion", .moderationNotPossible(Contribution.State.hidden.rawValue))
            }
            let logged: String
            switch action {
            case .hide:
                try await Self.set(id, state: .hidden, reason: reason, at: time, db)
                try await Self.answerReports(of: id, .hidden, at: time, db)
                logged = contribution.state == .pending ? "refused" : "hidden"
                if let notice { try await SQLMailOutbox.enqueue(notice, to: contribution.author, db) }
            case .show:
                try await Self.set(id, state: .visible, reason: nil, at: time, db)
                try await Self.hideAgain(segmentsOf: id, db)
                try await Self.answerReports(of: id, .kept, at: time, db)
                logged = "shown again"
            case .keep:
                try await Self.answerReports(of: id, .kept, at: time, db)
                logged = "kept"
            case .approve:
                try await Self.set(id, state: .visible, reason: nil, at: time, db)
                logged = "approved"
            case .redact(let passage):
                let text = try ModerationRules.redacted(contribution.text, passage: passage)
                try await Self.setText(text, of: id, at: time, db)
                // Its segments lose the passage too, also where it overlaps their edge.
                for segment in try await SQLContributionRepository.contributions("c.segment_of = \(bind: id)", db) {
                    let words = SegmentRules.redacted(segment.text, in: contribution.text, passage: passage)
                    if words != segment.text { try await Self.setText(words, of: segment.id, at: time, db) }
                }
                // That a passage was redacted, and by whom; never the words removed.
                logged = "redacted a passage"
            }
            try await Self.log(moderator, "contribution/\(id)", logged, reason: reason, at: time, db)
        }
    }

    public func queue(_ queue: ModerationQueue, limit: Int) async throws -> [ModerationItem] {
        try await database.read { db in
            let condition: SQLQueryString
            let reported = "c.id IN (SELECT contribution_id FROM contribution_reports WHERE outcome = "
            switch queue {
            case .open:
                condition = "c.state = 'pending' OR (c.state <> 'withdrawn' AND \(unsafeRaw: reported)'new'))"
            case .kept:
                condition = "c.state = 'visible' AND \(unsafeRaw: reported)'kept')"
            case .hidden:
                condition = "c.state = 'hidden'"
            }
            let contributions = try await SQLContributionRepository.contributions(
                "(\(condition))", db, limit: max(1, min(limit, 500)))
            return try await Self.items(contributions, db)
        }
    }

    public func item(_ id: Contribution.ID) async throws -> ModerationItem? {
        try await database.read { db in
            try await Self.items(try await SQLContributionRepository.contributions("c.id = \(bind: id)", db), db).first
        }
    }

    public func participants(named: String, limit: Int) async throws -> [ParticipantEntry] {
        let pattern =
            "%"
            + named.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
        return try await database.read { db in
            try await db.raw(
                """
                SELECT p.id, p.display_name, p.badge, p.registered_at,
                       (SELECT COUNT(*) FROM contributions c
                        WHERE c.participant_id = p.id AND c.segment_of IS NULL) AS n
                FROM participants p
                WHERE p.confirmed_at IS NOT NULL AND p.erased_at IS NULL AND p.entered_by IS NULL
                  AND LOWER(p.display_name) LIKE LOWER(\(bind: pattern)) ESCAPE '\\'
                ORDER BY LOWER(p.display_name), p.id LIMIT \(unsafeRaw: String(max(1, min(limit, 500))))
                """
            ).all().map { row in
                ParticipantEntry(
                    id: try row.decode(column: "id", as: Int64.self),
                    displayName: try row.decode(column: "display_name", as: String.self),
                    badge: try row.decodeNil(column: "badge")
                        ? nil : Participant.Badge(rawValue: try row.decode(column: "badge", as: String.self)),
                    registeredAt: try row.decode(text: "registered_at", as: RecordedTime.self),
                    contributions: try row.decode(column: "n", as: Int.self))
            }
        }
    }

    public func setBadge(
        _ badge: Participant.Badge?, of participant: Participant.ID, by moderator: Account, at time: RecordedTime
    ) async throws {
        guard Access.mayModerate(moderator) else { throw RuleViolation("account", .noAccount(moderator.email)) }
        try await database.write(.keys(["participant/\(participant)"])) { db in
            guard
                try await db.raw(
                    "SELECT id FROM participants WHERE id = \(bind: participant) AND erased_at IS NULL"
                ).first() != nil
            else { throw RuleViolation("id", .accountErased) }
            try await db.raw("UPDATE participants SET badge = \(bind: badge?.rawValue) WHERE id = \(bind: participant)")
                .run()
            // Their contributions show the badge: their versions' pages change.
            try await db.raw(
                "UPDATE contributions SET changed_at = \(bind: time.iso) WHERE participant_id = \(bind: participant)"
            ).run()
            try await Self.log(
                moderator, "participant/\(participant)", "badge \(badge?.rawValue ?? "none")", reason: nil, at: time,
                db)
        }
    }

    static func items(_ contributions: [Contribution], _ db: any SQLDatabase) async throws -> [ModerationItem] {
        guard !contributions.isEmpty else { return [] }
        let ids = contributions.map(\.id)
        var reports: [Int64: [ContributionReport]] = [:]
        for row in try await db.raw(
            """
            SELECT id, contribution_id, reason, reported_at, outcome FROM contribution_reports
            WHERE contribution_id IN (\(binds: ids)) ORDER BY id
            """
        ).all() {
            let report = ContributionReport(
                id: try row.decode(column: "id", as: Int64.self),
                contribution: try row.decode(column: "contribution_id", as: Int64.self),
                reason: try row.decode(column: "reason", as: String.self),
                reportedAt: try row.decode(text: "reported_at", as: RecordedTime.self),
                outcome: ContributionReport.Outcome(rawValue: try row.decode(column: "outcome", as: String.self))
                    ?? .new)
            reports[report.contribution, default: []].append(report)
        }
        var places: [Int64: (slug: String, author: String)] = [:]
        for row in try await db.raw(
            """
            SELECT c.id, p.display_name, p.erased_at, s.slug FROM contributions c
            JOIN participants p ON p.id = c.participant_id JOIN strategies s ON s.id = c.strategy_id
            WHERE c.id IN (\(binds: ids))
            """
        ).all() {
            let erased = try !row.decodeNil(column: "erased_at")
            places[try row.decode(column: "id", as: Int64.self)] = (
                try row.decode(column: "slug", as: String.self),
                erased ? "" : try row.decode(column: "display_name", as: String.self)
            )
        }
        return contributions.map { contribution in
            ModerationItem(
                contribution: contribution, strategySlug: places[contribution.id]?.slug ?? "",
                authorDisplayName: places[contribution.id]?.author ?? "", reports: reports[contribution.id] ?? [])
        }
    }

    /// Sets the state of a contribution and of the segments cut from it, which stand and fall with it.
    static func set(
        _ id: Int64, state: Contribution.State, reason: String?, at time: RecordedTime, _ db: any SQLDatabase
    ) async throws {
        try await db.raw(
            """
            UPDATE contributions SET state = \(bind: state.rawValue), hidden_reason = \(bind: reason),
                changed_at = \(bind: time.iso)
            WHERE id = \(bind: id) OR (segment_of = \(bind: id) AND state <> 'withdrawn')
            """
        ).run()
    }

    /// The segments a moderator hid on their own stay hidden when their contribution is shown again:
    /// each whose own last moderation was a hide, with that hide's reason.
    static func hideAgain(segmentsOf id: Int64, _ db: any SQLDatabase) async throws {
        for segment in try await db.raw(
            "SELECT id FROM contributions WHERE segment_of = \(bind: id) AND state <> 'withdrawn'"
        ).all() {
            let segmentID = try segment.decode(column: "id", as: Int64.self)
            guard
                let last = try await db.raw(
                    """
                    SELECT action, reason FROM moderation_log WHERE subject = \(bind: "contribution/\(segmentID)")
                    ORDER BY id DESC LIMIT 1
                    """
                ).first(), try last.decode(column: "action", as: String.self) == "hidden"
            else { continue }
            try await db.raw(
                """
                UPDATE contributions SET state = 'hidden', hidden_reason = \(bind: try last.decode(
                    column: "reason", as: String?.self))
                WHERE id = \(bind: segmentID)
                """
            ).run()
        }
    }

    static func setText(_ text: String, of id: Int64, at time: RecordedTime, _ db: any SQLDatabase) async throws {
        try await db.raw(
            "UPDATE contributions SET text = \(bind: text), changed_at = \(bind: time.iso) WHERE id = \(bind: id)"
        ).run()
    }

    static func answerReports(
        of id: Int64, _ outcome: ContributionReport.Outcome, at time: RecordedTime, _ db: any SQLDatabase
    ) async throws {
        try await db.raw(
            """
            UPDATE contribution_reports SET outcome = \(bind: outcome.rawValue), answered_at = \(bind: time.iso)
            WHERE contribution_id = \(bind: id) AND outcome = 'new'
            """
        ).run()
    }

    /// The address to mail a participant at, unless they erased their account or are a sender staff
    /// entered (who has none). On PostgreSQL the row
    /// is share-locked: an erasure running now waits for this write (and then clears the mail it
    /// queued) or has committed (and no address is found).
    static func address(of participant: Int64, _ db: any SQLDatabase) async throws -> String? {
        let share: SQLQueryString = db.dialect.name == "postgresql" ? " FOR SHARE" : ""
        return try await db.raw(
            """
            SELECT email FROM participants
            WHERE id = \(bind: participant) AND erased_at IS NULL AND entered_by IS NULL
              AND mail_opt_out_at IS NULL\(share)
            """
        ).first()?.decode(column: "email", as: String.self)
    }

    static func log(
        _ moderator: Account, _ subject: String, _ action: String, reason: String?, at time: RecordedTime,
        _ db: any SQLDatabase
    ) async throws {
        try await db.raw(
            """
            INSERT INTO moderation_log (recorded_at, moderator_id, subject, action, reason)
            VALUES (\(bind: time.iso), \(bind: moderator.id), \(bind: subject), \(bind: action), \(bind: reason))
            """
        ).run()
    }

    static func key(_ reporter: Reporter) -> String {
        switch reporter {
        case .participant(let id): "participant/\(id)"
        case .account(let id): "account/\(id)"
        }
    }
}
