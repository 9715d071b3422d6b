import FortschrittDomain
import Foundation
import SQLKit

/// Contributions and agreement in the database.
public struct SQLContributionRepository: ContributionRepository {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func comment(
        on version: TextVersion, anchor: QuoteAnchor, replyTo: Contribution.ID?, text: String,
        by participant: Participant, today: CalendarDate, at time: RecordedTime, notices: ContributionNotices?
    ) async throws -> Contribution {
        try await database.write(.keys(["participant/\(participant.id)"])) { db in
            try await Self.requireNotErased(participant.id, db)
            let lastHour = try await Self.inTheHourBefore(
                time, "contributions", who: "participant_id", is: participant.id, when: "created_at", db)
            let checked = try ContributionRules.check(
                version: version, block: anchor.block, participant: participant, text: text, today: today,
                lastHour: lastHour)
            var answered: Int64?
            if let replyTo {
                guard
                    let parent = try await db.raw(
                        """
                        SELECT participant_id FROM contributions
                        WHERE id = \(bind: replyTo) AND strategy_id = \(bind: version.strategy)
                          AND version_number = \(bind: version.number) AND block_id = \(bind: anchor.block.text)
                          AND state = 'visible' AND reply_to IS NULL AND segment_of IS NULL
                        """
                    ).first()
                else { throw RuleViolation("antwort", .noSuchContribution) }
                answered = try parent.decode(column: "participant_id", as: Int64.self)
            }
            let state: Contribution.State = version.moderation == .pre ? .pending : .visible
            let id = try await db.raw(
                """
                INSERT INTO contributions (strategy_id, version_number, block_id, reply_to, participant_id, quote,
                                           prefix, suffix, position, text, created_at, state, changed_at)
                VALUES (\(bind: version.strategy), \(bind: version.number), \(bind: anchor.block.text),
                        \(bind: replyTo), \(bind: participant.id), \(bind: anchor.quote), \(bind: anchor.prefix),
                        \(bind: anchor.suffix), \(bind: anchor.position), \(bind: checked), \(bind: time.iso),
                        \(bind: state.rawValue), \(bind: time.iso))
                RETURNING id
                """
            ).first().required().decode(column: "id", as: Int64.self)
            try await Self.log(participant.id, "contribution \(id) on version \(version.number)", at: time, db)
            let contribution = Contribution(
                id: id, strategy: version.strategy, anchor: anchor, replyTo: replyTo, author: participant.id,
                authorName: participant.consentToPublishAt == nil ? nil : participant.displayName, text: checked,
                createdAt: time, state: state)
            if let notices {
                try await SQLMailOutbox.enqueue(notices.receipt(contribution), to: participant.id, db)
                // The author answered hears of it once the reply is public (not their own, not erased).
                if let answered, answered != participant.id, state == .visible {
                    try await SQLMailOutbox.enqueue(notices.reply(contribution), to: answered, db)
                }
            }
            return contribution
        }
    }

    public func enter(
        _ entry: EnteredContribution, on version: TextVersion, events: [DiscussionEvent], actor: String,
        today: CalendarDate, at time: RecordedTime
    ) async throws -> Contribution {
        _ = try entry.checked(version: version, events: events, today: today)
        return try await database.write(.keys(["entries/\(version.strategy)"])) { db in
            // Again against the events as stored now: one corrected meanwhile gives its corrected day.
            let stored = try await SQLEventRepository.events("e.strategy_id = \(bind: version.strategy)", db)
            let checked = try entry.checked(version: version, events: stored, today: today)
            return try await Self.insertEntered(checked, on: version, actor: actor, at: time, db)
        }
    }

    /// Stores a checked entry: its sender as a participant row that is no account, the contribution
    /// with its channel and source, and the log of who entered it.
    static func insertEntered(
        _ checked: EnteredContribution, on version: TextVersion, actor: String, at time: RecordedTime,
        _ db: any SQLDatabase
    ) async throws -> Contribution {
        // The sender: a participant row that is no account — an address nobody owns, no password.
        let sender = try await db.raw(
            """
            INSERT INTO participants (email, display_name, password_hash, registered_at, confirmed_at,
                                      consent_process_at, consent_publish_at, badge, entered_by)
            VALUES (\(bind: "entered-\(UUID().uuidString.lowercased())@entered.invalid"),
                    \(bind: checked.organisation ?? ""), '-', \(bind: time.iso), \(bind: time.iso),
                    \(bind: time.iso),
                    \(bind: checked.organisation == nil ? nil : time.iso),
                    \(bind: checked.organisation == nil ? nil : Participant.Badge.organisation.rawValue),
                    \(bind: actor))
            RETURNING id
            """
        ).first().required().decode(column: "id", as: Int64.self)
        let anchor = checked.anchor
        let id = try await db.raw(
            """
            INSERT INTO contributions (strategy_id, version_number, block_id, participant_id, quote, prefix,
                                       suffix, position, text, created_at, state, changed_at, channel, source,
                                       received_on, event_id)
            VALUES (\(bind: version.strategy), \(bind: version.number), \(bind: anchor.block.text), \(bind: sender),
                    \(bind: anchor.quote), \(bind: anchor.prefix), \(bind: anchor.suffix), \(bind: anchor.position),
                    \(bind: checked.text), \(bind: time.iso), 'visible', \(bind: time.iso),
                    \(bind: checked.source.channel.rawValue), \(bind: checked.source.source),
                    \(bind: checked.source.receivedOn.iso), \(bind: checked.source.event))
            RETURNING id
            """
        ).first().required().decode(column: "id", as: Int64.self)
        try await db.raw(
            """
            INSERT INTO participant_log (participant_id, recorded_at, actor, action)
            VALUES (\(bind: sender), \(bind: time.iso), \(bind: actor), 'entered as sender')
            """
        ).run()
        try await Self.log(
            sender, "contribution \(id) on version \(version.number) entered by \(actor)", at: time, db)
        guard let stored = try await Self.contributions("c.id = \(bind: id)", db).first else {
            throw StoreError.unreadable(column: "id", text: "\(id)")
        }
        return stored
    }

    public func agree(
        _ agreement: Agreement, on version: TextVersion, block: BlockID, by participant: Participant,
        today: CalendarDate, at time: RecordedTime
    ) async throws {
        guard version.isOpen(on: today) else { throw RuleViolation("version", .discussionNotOpen) }
        guard version.block(block) != nil else { throw RuleViolation("block", .noSuchBlock(block.text)) }
        guard participant.confirmedAt != nil else { throw RuleViolation("participant", .addressNotConfirmed) }
        try await database.write(.keys(["participant/\(participant.id)"])) { db in
            try await Self.requireNotErased(participant.id, db)
            // Agreement may change, but not without end: each change is logged.
            let changes = try await Self.inTheHourBefore(
                time, "contribution_log", who: "participant_id", is: participant.id, when: "recorded_at", db)
            guard changes < ContributionRules.changesPerHour else {
                throw RuleViolation("wert", .tooManyContributions(ContributionRules.changesPerHour))
            }
            try await db.raw(
                """
                INSERT INTO agreements (strategy_id, version_number, block_id, participant_id, value, updated_at)
                VALUES (\(bind: version.strategy), \(bind: version.number), \(bind: block.text),
                        \(bind: participant.id), \(bind: agreement.rawValue), \(bind: time.iso))
                ON CONFLICT (strategy_id, version_number, block_id, participant_id)
                DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
                """
            ).run()
            try await Self.log(
                participant.id, "\(agreement.rawValue) with \(block.text) of version \(version.number)", at: time, db)
        }
    }

    public func contributions(to version: TextVersion, block: BlockID?) async throws
        -> [BlockID: BlockContributions]
    {
        let onBlock: SQLQueryString = block.map { " AND block_id = \(bind: $0.text)" } ?? ""
        return try await database.read { db in
            var result: [BlockID: BlockContributions] = [:]
            // Hidden and withdrawn ones keep their place (with the reason, without the text).
            let comments = try await Self.contributions(
                "c.strategy_id = \(bind: version.strategy) AND c.version_number = \(bind: version.number) "
                    + "AND c.state <> 'pending' AND c.segment_of IS NULL\(onBlock)", db
            ).map(\.publicView)
            // Comments in order, each followed by its replies.
            let replies = Dictionary(grouping: comments.filter { $0.replyTo != nil }, by: { $0.replyTo ?? 0 })
            for comment in comments where comment.replyTo == nil {
                result[comment.anchor.block, default: BlockContributions()].comments.append(comment)
                result[comment.anchor.block, default: BlockContributions()].comments += replies[comment.id] ?? []
            }
            // Segments stand with the comment they were cut from.
            let blocks = Dictionary(comments.map { ($0.id, $0.anchor.block) }, uniquingKeysWith: { first, _ in first })
            for chunk in Array(blocks.keys).sorted().chunked(900) {
                for segment in try await Self.contributions(
                    "c.segment_of IN (\(binds: Array(chunk))) AND c.state <> 'withdrawn'", db)
                {
                    guard let parent = segment.segmentOf, let block = blocks[parent] else { continue }
                    result[block, default: BlockContributions()].segments[parent, default: []].append(
                        segment.publicView)
                }
            }
            let counts = try await db.raw(
                """
                SELECT block_id, value, COUNT(*) AS n FROM agreements
                WHERE strategy_id = \(bind: version.strategy) AND version_number = \(bind: version.number)\(onBlock)
                GROUP BY block_id, value
                """
            ).all()
            for row in counts {
                guard let block = BlockID(try row.decode(column: "block_id", as: String.self)) else { continue }
                let n = try row.decode(column: "n", as: Int.self)
                switch Agreement(rawValue: try row.decode(column: "value", as: String.self)) {
                case .agree: result[block, default: BlockContributions()].agree = n
                case .disagree: result[block, default: BlockContributions()].disagree = n
                case nil: break
                }
            }
            return result
        }
    }

    public func takeBack(
        segment id: Contribution.ID, on version: TextVersion, reason: String, actor: String, at time: RecordedTime
    ) async throws {
        guard
            let row = try await database.read({ db in
                try await db.raw("SELECT participant_id, segment_of FROM contributions WHERE id = \(bind: id)").first()
            }), let whole = try row.decode(column: "segment_of", as: Int64?.self)
        else { throw RuleViolation("teil", .noSuchContribution) }
        let author = try row.decode(column: "participant_id", as: Int64.self)
        let keys = ["decisions/\(version.strategy)", "contribution/\(whole)", "participant/\(author)"]
        try await database.write(.keys(keys)) { db in
            guard
                let segment = try await Self.contributions(
                    """
                    c.id = \(bind: id) AND c.strategy_id = \(bind: version.strategy)
                      AND c.version_number = \(bind: version.number)
                    """, db
                ).first
            else { throw RuleViolation("teil", .noSuchContribution) }
            let decided =
                try await db.raw(
                    "SELECT 1 AS d FROM decisions WHERE contribution_id = \(bind: id) AND published_at IS NOT NULL"
                ).first() != nil
            let checked = try SegmentRules.takeBack(segment, decided: decided, reason: reason)
            try await db.raw(
                "UPDATE contributions SET state = 'withdrawn', changed_at = \(bind: time.iso) WHERE id = \(bind: id)"
            ).run()
            try await db.raw(
                """
                INSERT INTO segment_takebacks (segment_id, recorded_at, actor, reason)
                VALUES (\(bind: id), \(bind: time.iso), \(bind: actor), \(bind: checked))
                """
            ).run()
        }
    }

    public func channelCounts(of version: TextVersion) async throws -> [ContributionChannel: Int] {
        try await database.read { db in
            var counts: [ContributionChannel: Int] = [:]
            for row in try await db.raw(
                """
                SELECT channel, COUNT(*) AS n FROM contributions
                WHERE strategy_id = \(bind: version.strategy) AND version_number = \(bind: version.number)
                  AND state <> 'pending' AND segment_of IS NULL
                GROUP BY channel
                """
            ).all() {
                let text = try row.decode(column: "channel", as: String.self)
                guard let channel = ContributionChannel(rawValue: text) else {
                    throw StoreError.unreadable(column: "channel", text: text)
                }
                counts[channel] = try row.decode(column: "n", as: Int.self)
            }
            return counts
        }
    }

    public func participantCount(of version: TextVersion) async throws -> Int {
        try await database.read { db in
            try await db.raw(
                """
                SELECT COUNT(*) AS n FROM (
                    SELECT participant_id FROM contributions
                    WHERE strategy_id = \(bind: version.strategy) AND version_number = \(bind: version.number)
                      AND state <> 'pending'
                    UNION
                    SELECT participant_id FROM agreements
                    WHERE strategy_id = \(bind: version.strategy) AND version_number = \(bind: version.number)
                ) AS people
                """
            ).first().required().decode(column: "n", as: Int.self)
        }
    }

    public func tallies(of version: TextVersion) async throws -> [BlockID: BlockTally] {
        try await database.read { db in
            var result: [BlockID: BlockTally] = [:]
            let rows = try await db.raw(
                """
                SELECT block_id, 'comments' AS kind, COUNT(*) AS n FROM contributions
                WHERE strategy_id = \(bind: version.strategy) AND version_number = \(bind: version.number)
                  AND state <> 'pending' AND segment_of IS NULL
                GROUP BY block_id
                UNION ALL
                SELECT block_id, value AS kind, COUNT(*) AS n FROM agreements
                WHERE strategy_id = \(bind: version.strategy) AND version_number = \(bind: version.number)
                GROUP BY block_id, value
                UNION ALL
                SELECT c.block_id, 'earlier' AS kind, COUNT(*) AS n FROM comment_fates f
                JOIN contributions c ON c.id = f.contribution_id
                WHERE c.strategy_id = \(bind: version.strategy) AND f.version_number = \(bind: version.number)
                  AND c.state <> 'pending'
                GROUP BY c.block_id
                """
            ).all()
            for row in rows {
                // Comments on earlier versions count only where this version still has their block.
                guard let block = BlockID(try row.decode(column: "block_id", as: String.self)),
                    version.block(block) != nil
                else { continue }
                let n = try row.decode(column: "n", as: Int.self)
                switch try row.decode(column: "kind", as: String.self) {
                case "comments": result[block, default: BlockTally()].comments = n
                case Agreement.agree.rawValue: result[block, default: BlockTally()].agree = n
                case Agreement.disagree.rawValue: result[block, default: BlockTally()].disagree = n
                default: result[block, default: BlockTally()].earlier = n
                }
            }
            return result
        }
    }

    public func contribution(id: Contribution.ID) async throws -> Contribution? {
        try await database.read { db in try await Self.contributions("c.id = \(bind: id)", db).first }
    }

    public func segment(_ segment: NewSegment, on version: TextVersion, actor: String, at time: RecordedTime)
        async throws -> Contribution
    {
        // The contribution's lock too: a moderator hiding it waits, or the cut sees it hidden; and its
        // author's, so that an erasure cannot commit around the cut.
        guard
            let author = try await database.read({ db in
                try await db.raw("SELECT participant_id FROM contributions WHERE id = \(bind: segment.contribution)")
                    .first()?.decode(column: "participant_id", as: Int64.self)
            })
        else { throw RuleViolation("beitrag", .noSuchContribution) }
        let keys = ["decisions/\(version.strategy)", "contribution/\(segment.contribution)", "participant/\(author)"]
        return try await database.write(.keys(keys)) { db in
            guard
                let contribution = try await Self.contributions(
                    """
                    c.id = \(bind: segment.contribution) AND c.strategy_id = \(bind: version.strategy)
                      AND c.version_number = \(bind: version.number)
                    """, db
                ).first
            else { throw RuleViolation("beitrag", .noSuchContribution) }
            let decided =
                try await db.raw(
                    """
                    SELECT contribution_id FROM decisions
                    WHERE contribution_id = \(bind: contribution.id) AND published_at IS NOT NULL
                    """
                ).first() != nil
            let cut = try await db.raw(
                "SELECT COUNT(*) AS n FROM contributions WHERE segment_of = \(bind: contribution.id)"
            ).first().required().decode(column: "n", as: Int.self)
            let checked = try SegmentRules.check(
                segment, of: contribution, version: version, decided: decided, segments: cut)
            // The author, time, channel and source of its contribution; never told to followers as new.
            let id = try await db.raw(
                """
                INSERT INTO contributions (strategy_id, version_number, block_id, participant_id, prefix, suffix,
                                           position, text, created_at, state, changed_at, channel, source,
                                           received_on, event_id, followers_told_at, segment_of)
                SELECT strategy_id, version_number, \(bind: checked.block.text), participant_id, '', '', 0,
                       \(bind: checked.words), created_at, 'visible', \(bind: time.iso), channel, source,
                       received_on, event_id, \(bind: time.iso), id
                FROM contributions WHERE id = \(bind: contribution.id)
                RETURNING id
                """
            ).first().required().decode(column: "id", as: Int64.self)
            try await db.raw(
                """
                INSERT INTO segment_log (segment_id, contribution_id, block_id, recorded_at, actor)
                VALUES (\(bind: id), \(bind: contribution.id), \(bind: checked.block.text), \(bind: time.iso),
                        \(bind: actor))
                """
            ).run()
            guard let stored = try await Self.contributions("c.id = \(bind: id)", db).first else {
                throw StoreError.noRowReturned
            }
            return stored
        }
    }

    public func agreements(of participant: Participant.ID, on version: TextVersion) async throws
        -> [BlockID: Agreement]
    {
        try await database.read { db in
            var result: [BlockID: Agreement] = [:]
            for row in try await db.raw(
                """
                SELECT block_id, value FROM agreements WHERE participant_id = \(bind: participant)
                  AND strategy_id = \(bind: version.strategy) AND version_number = \(bind: version.number)
                """
            ).all() {
                if let block = BlockID(try row.decode(column: "block_id", as: String.self)),
                    let value = Agreement(rawValue: try row.decode(column: "value", as: String.self))
                {
                    result[block] = value
                }
            }
            return result
        }
    }

    public func lastChanges() async throws -> [Strategy.ID: [Int: RecordedTime]] {
        try await database.read { db in
            var result: [Strategy.ID: [Int: RecordedTime]] = [:]
            for row in try await db.raw(
                """
                SELECT strategy_id, version_number, MAX(changed_at) AS latest FROM contributions
                GROUP BY strategy_id, version_number
                UNION ALL
                SELECT strategy_id, version_number, MAX(updated_at) AS latest FROM agreements
                GROUP BY strategy_id, version_number
                """
            ).all() {
                guard let latest = RecordedTime(try row.decode(column: "latest", as: String.self)) else { continue }
                let strategy = try row.decode(column: "strategy_id", as: Int64.self)
                let number = try row.decode(column: "version_number", as: Int.self)
                result[strategy, default: [:]][number] = max(result[strategy]?[number] ?? latest, latest)
            }
            return result
        }
    }

    public func earlierComments(on version: TextVersion, block: BlockID?) async throws
        -> [BlockID: [(Contribution, CommentFate)]]
    {
        let onBlock: SQLQueryString = block.map { " AND c.block_id = \(bind: $0.text)" } ?? ""
        return try await database.read { db in
            let fates = try await db.raw(
                """
                SELECT f.contribution_id, f.fate, f.old_text, f.new_text FROM comment_fates f
                JOIN contributions c ON c.id = f.contribution_id
                WHERE c.strategy_id = \(bind: version.strategy) AND f.version_number = \(bind: version.number)
                  AND c.state <> 'pending'\(onBlock)
                """
            ).all()
            var byID: [Int64: CommentFate] = [:]
            for row in fates {
                let id = try row.decode(column: "contribution_id", as: Int64.self)
                let old =
                    try row.decodeNil(column: "old_text") ? "" : try row.decode(column: "old_text", as: String.self)
                let new =
                    try row.decodeNil(column: "new_text") ? "" : try row.decode(column: "new_text", as: String.self)
                switch try row.decode(column: "fate", as: String.self) {
                case "unchanged": byID[id] = .unchanged
                case "text-changed": byID[id] = .textChanged(old: old, new: new)
                default: byID[id] = .earlierVersion
                }
            }
            guard !byID.isEmpty else { return [:] }
            var comments: [Contribution] = []
            for chunk in Array(byID.keys).sorted().chunked(900) {
                comments += try await Self.contributions("c.id IN (\(binds: Array(chunk)))", db).map(\.publicView)
            }
            var result: [BlockID: [(Contribution, CommentFate)]] = [:]
            for comment in comments where version.block(comment.anchor.block) != nil {
                if let fate = byID[comment.id] { result[comment.anchor.block, default: []].append((comment, fate)) }
            }
            return result
        }
    }

    static func contributions(_ condition: SQLQueryString, _ db: any SQLDatabase, limit: Int? = nil) async throws
        -> [Contribution]
    {
        let limited: SQLQueryString = limit.map { " LIMIT \(unsafeRaw: String($0))" } ?? ""
        return try await db.raw(
            """
            SELECT c.*, p.display_name, p.consent_publish_at, p.badge, p.erased_at FROM contributions c
            JOIN participants p ON p.id = c.participant_id WHERE \(condition) ORDER BY c.id\(limited)
            """
        ).all().map { row in
            let blockText = try row.decode(column: "block_id", as: String.self)
            guard let block = BlockID(blockText) else {
                throw StoreError.unreadable(column: "block_id", text: blockText)
            }
            var anchor = QuoteAnchor(version: try row.decode(column: "version_number", as: Int.self), block: block)
            anchor.quote = try row.decodeNil(column: "quote") ? nil : try row.decode(column: "quote", as: String.self)
            anchor.prefix = try row.decode(column: "prefix", as: String.self)
            anchor.suffix = try row.decode(column: "suffix", as: String.self)
            anchor.position = try row.decode(column: "position", as: Int.self)
            let erased = try !row.decodeNil(column: "erased_at")
            let hadConsented = try !row.decodeNil(column: "consent_publish_at")
            let consented = !erased && hadConsented
            var contribution = Contribution(
                id: try row.decode(column: "id", as: Int64.self),
                strategy: try row.decode(column: "strategy_id", as: Int64.self), anchor: anchor,
                replyTo: try row.decodeNil(column: "reply_to")
                    ? nil : try row.decode(column: "reply_to", as: Int64.self),
                author: try row.decode(column: "participant_id", as: Int64.self),
                authorName: consented ? try row.decode(column: "display_name", as: String.self) : nil,
                text: try row.decode(column: "text", as: String.self),
                createdAt: try row.decode(text: "created_at", as: RecordedTime.self),
                state: Contribution.State(rawValue: try row.decode(column: "state", as: String.self)) ?? .hidden,
                hiddenReason: try row.decodeNil(column: "hidden_reason")
                    ? nil : try row.decode(column: "hidden_reason", as: String.self),
                authorBadge: try row.decodeNil(column: "badge")
                    ? nil : Participant.Badge(rawValue: try row.decode(column: "badge", as: String.self)))
            if try !row.decodeNil(column: "source"),
                let channel = ContributionChannel(rawValue: try row.decode(column: "channel"))
            {
                contribution.source = ContributionSource(
                    channel: channel, source: try row.decode(column: "source", as: String.self),
                    receivedOn: try row.decode(text: "received_on", as: CalendarDate.self),
                    event: try row.decodeNil(column: "event_id")
                        ? nil : try row.decode(column: "event_id", as: Int64.self))
            }
            if try !row.decodeNil(column: "segment_of") {
                contribution.segmentOf = try row.decode(column: "segment_of", as: Int64.self)
            }
            // Only a name once published becomes a pseudonym: contributions shown without a name stay
            // unlinked after erasure.
            contribution.authorErased = erased && hadConsented
            return contribution
        }
    }

    /// How many rows of `table` (names are constants of ours) someone wrote in the hour before `time`:
    /// what the hourly limits count.
    static func inTheHourBefore(
        _ time: RecordedTime, _ table: StaticString, who column: StaticString, is value: some Encodable & Sendable,
        when timeColumn: StaticString, _ db: any SQLDatabase
    ) async throws -> Int {
        let hourAgo = RecordedTime(microseconds: time.microseconds - 3_600_000_000)
        return try await db.raw(
            """
            SELECT COUNT(*) AS n FROM \(unsafeRaw: "\(table)")
            WHERE \(unsafeRaw: "\(column)") = \(bind: value) AND \(unsafeRaw: "\(timeColumn)") > \(bind: hourAgo.iso)
            """
        ).first().required().decode(column: "n", as: Int.self)
    }

    /// Refuses a write for an account erased since the request began (its session was read before).
    static func requireNotErased(_ participant: Int64, _ db: any SQLDatabase) async throws {
        guard
            try await db.raw(
                "SELECT id FROM participants WHERE id = \(bind: participant) AND erased_at IS NULL"
            ).first() != nil
        else { throw RuleViolation("participant", .accountErased) }
    }

    static func log(_ participant: Int64, _ action: String, at time: RecordedTime, _ db: any SQLDatabase)
        async throws
    {
        try await db.raw(
            """
            INSERT INTO contribution_log (recorded_at, participant_id, action)
            VALUES (\(bind: time.iso), \(bind: participant), \(bind: action))
            """
        ).run()
    }
}
