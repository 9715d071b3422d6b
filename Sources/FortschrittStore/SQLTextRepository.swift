import FortschrittDomain
import Foundation
import SQLKit

/// Strategy texts in the database: `text_versions`, their `text_blocks`, and `text_log`.
public struct SQLTextRepository: TextRepository {
    let database: Database
    let now: @Sendable () -> RecordedTime

    public init(database: Database, now: @escaping @Sendable () -> RecordedTime = { .now() }) {
        self.database = database
        self.now = now
    }

    public func versions(of strategy: Strategy) async throws -> [TextVersion] {
        try await database.read { db in try await Self.versions(strategy.id, number: nil, db) }
    }

    public func version(number: Int, of strategy: Strategy) async throws -> TextVersion? {
        try await database.read { db in try await Self.versions(strategy.id, number: number, db).first }
    }

    public func lastPublished(of strategy: Strategy) async throws -> RecordedTime? {
        try await database.read { db in
            try await db.raw(
                "SELECT MAX(published_at) AS latest FROM text_versions WHERE strategy_id = \(bind: strategy.id)"
            )
            .first()?.decode(column: "latest", as: String?.self).flatMap(RecordedTime.init)
        }
    }

    public func usedBlockIDs(of strategy: Strategy) async throws -> Set<BlockID> {
        try await database.read { db in try await Self.usedBlockIDs(strategy.id, db) }
    }

    @discardableResult
    public func saveDraft(_ draft: DraftText, of strategy: Strategy, actor: String, dryRun: Bool) async throws
        -> BlockMatching
    {
        let written: [TextMarkdown.Written]
        do {
            written = try TextMarkdown.parse(draft.markdown)
        } catch {
            throw RuleViolation("markdown", .textMarkdown(error.description))
        }
        guard !written.isEmpty else { throw RuleViolation("markdown", .draftHasNoBlocks) }
        let title = try Input.text(draft.title, "title")
        guard !title.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw RuleViolation("title", .strategyNeedsTitle)
        }
        let note = try Input.text(draft.note, "note", limit: Input.textLimit, multiline: true)
        let reason = try draft.reason.map { try Input.text($0, "reason") }
        let clock = now
        return try await database.write(.strategy(strategy.id)) { db in
            let all = try await Self.versions(strategy.id, number: nil, db)
            let previous = all.last { $0.state == .published }
            let matching = BlockMatching(
                written, previous: previous?.blocks ?? [], usedBefore: try await Self.usedBlockIDs(strategy.id, db))
            let catalogue = draft.catalogue ?? strategy.id
            let referenced = Set(matching.blocks.flatMap(\.measures))
            if !referenced.isEmpty {
                let known = try await Self.measureNumbers(catalogue, db)
                let unknown = referenced.subtracting(known).sorted()
                if !unknown.isEmpty {
                    throw RuleViolation("measures", .unknownMeasures(unknown.map(\.text).joined(separator: ", ")))
                }
            }
            if dryRun { return matching }
            let versionID: Int64
            let number: Int
            if let existing = all.last, existing.state == .draft {
                (versionID, number) = (existing.id, existing.number)
                try await db.raw("DELETE FROM text_blocks WHERE version_id = \(bind: versionID)").run()
                try await db.raw(
                    """
                    UPDATE text_versions SET title = \(bind: title), note = \(bind: note),
                        catalogue_id = \(bind: catalogue)
                    WHERE id = \(bind: versionID)
                    """
                ).run()
            } else {
                number = (all.last?.number ?? 0) + 1
                versionID = try await db.raw(
                    """
                    INSERT INTO text_versions (strategy_id, number, title, state, note, catalogue_id, moderation)
                    VALUES (\(bind: strategy.id), \(bind: number), \(bind: title), 'draft', \(bind: note),
                            \(bind: catalogue), 'post')
                    RETURNING id
                    """
                ).first().required().decode(column: "id", as: Int64.self)
            }
            for (position, block) in matching.blocks.enumerated() {
                try await db.raw(
                    """
                    INSERT INTO text_blocks (version_id, position, block_id, kind, level, text, measures)
                    VALUES (\(bind: versionID), \(bind: position), \(bind: block.id.text), \(bind: block.kind.rawValue),
                            \(bind: block.level), \(bind: block.text),
                            \(bind: block.measures.map(\.text).joined(separator: ",")))
                    """
                ).run()
            }
            try await Self.log(
                strategy.id, version: number, action: "draft-saved", actor: actor, reason: reason,
                markdown: draft.markdown, at: clock(), db)
            return matching
        }
    }

    public func publishDraft(
        of strategy: Strategy, phase: DiscussionPhase, actor: String, notice: CommentFateNotice?
    ) async throws -> TextVersion {
        let clock = now
        return try await database.write(.strategy(strategy.id)) { db in
            guard let draft = try await Self.versions(strategy.id, number: nil, db).last, draft.state == .draft else {
                throw RuleViolation("version", .noDraft)
            }
            guard !draft.blocks.isEmpty else { throw RuleViolation("version", .draftHasNoBlocks) }
            let time = clock()
            try await db.raw(
                """
                UPDATE text_versions SET state = 'published', published_at = \(bind: time.iso),
                    published_by = \(bind: actor), opens_on = \(bind: phase.opensOn?.iso),
                    closes_on = \(bind: phase.closesOn?.iso), moderation = \(bind: phase.moderation.rawValue)
                WHERE id = \(bind: draft.id)
                """
            ).run()
            try await Self.log(
                strategy.id, version: draft.number, action: "published", actor: actor, reason: nil,
                markdown: TextMarkdownWriter.markdown(draft.blocks), at: time, db)
            try await Self.classifyComments(strategy.id, published: draft, notice: notice, db)
            guard let published = try await Self.versions(strategy.id, number: draft.number, db).first else {
                throw StoreError.noRowReturned
            }
            return published
        }
    }

    public func blocks(serving measure: MeasureNumber, of catalogue: Strategy) async throws -> [ServedGoal] {
        try await database.read { db in
            let strategies = try await SQLCatalogueRepository.strategies(db)
            let rows = try await db.raw(
                """
                SELECT v.strategy_id, v.number, b.block_id, b.kind, b.level, b.text, b.measures
                FROM text_versions v JOIN text_blocks b ON b.version_id = v.id
                WHERE v.catalogue_id = \(bind: catalogue.id) AND v.state = 'published'
                  AND v.number = (SELECT MAX(number) FROM text_versions l
                                  WHERE l.strategy_id = v.strategy_id AND l.state = 'published')
                  AND (',' || b.measures || ',') LIKE \(bind: "%," + measure.text + ",%")
                ORDER BY v.strategy_id, b.position
                """
            ).all()
            return try rows.compactMap { row in
                let id = try row.decode(column: "strategy_id", as: Int64.self)
                guard let strategy = strategies.first(where: { $0.id == id }) else { return nil }
                return ServedGoal(
                    strategy: strategy, version: try row.decode(column: "number", as: Int.self),
                    block: try Self.block(row))
            }
        }
    }

    static func versions(_ strategy: Strategy.ID, number: Int?, _ db: any SQLDatabase) async throws -> [TextVersion] {
        let only: SQLQueryString = number.map { " AND number = \(bind: $0)" } ?? ""
        let rows = try await db.raw(
            "SELECT * FROM text_versions WHERE strategy_id = \(bind: strategy)\(only) ORDER BY number"
        ).all()
        var versions: [TextVersion] = []
        for row in rows {
            let id = try row.decode(column: "id", as: Int64.self)
            let blocks = try await db.raw(
                "SELECT * FROM text_blocks WHERE version_id = \(bind: id) ORDER BY position"
            ).all().map(Self.block)
            func text(_ column: String) throws -> String? {
                try row.decodeNil(column: column) ? nil : row.decode(column: column, as: String.self)
            }
            versions.append(
                TextVersion(
                    id: id, strategy: strategy, number: try row.decode(column: "number", as: Int.self),
                    title: try row.decode(column: "title", as: String.self),
                    state: TextVersion.State(rawValue: try row.decode(column: "state", as: String.self)) ?? .draft,
                    blocks: blocks, note: try row.decode(column: "note", as: String.self),
                    publishedAt: try text("published_at").flatMap(RecordedTime.init),
                    publishedBy: try text("published_by"),
                    opensOn: try text("opens_on").flatMap(CalendarDate.init),
                    closesOn: try text("closes_on").flatMap(CalendarDate.init),
                    moderation: TextVersion.Moderation(rawValue: try row.decode(column: "moderation", as: String.self))
                        ?? .post,
                    catalogue: try row.decode(column: "catalogue_id", as: Int64.self)))
        }
        return versions
    }

    /// Every comment on the previous published version gets its fate in the new one, in the
    /// publication's transaction: unchanged, text changed (old and new wording), or earlier version.
    static func classifyComments(
        _ strategy: Strategy.ID, published new: TextVersion, notice: CommentFateNotice?, _ db: any SQLDatabase
    ) async throws {
        guard
            let previous = try await versions(strategy, number: nil, db).last(where: {
                $0.state == .published && $0.number < new.number
            })
        else { return }
        let blocks = Dictionary(previous.blocks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let comments = try await SQLContributionRepository.contributions(
            """
            c.strategy_id = \(bind: strategy) AND c.version_number = \(bind: previous.number) AND c.reply_to IS NULL
              AND c.segment_of IS NULL
            """, db)
        for comment in comments {
            guard let old = blocks[comment.anchor.block] else { continue }
            let fate = CommentFate.of(comment.anchor, from: old, in: new)
            let (name, oldText, newText): (String, String?, String?)
            switch fate {
            case .unchanged: (name, oldText, newText) = ("unchanged", nil, nil)
            case .textChanged(let before, let after): (name, oldText, newText) = ("text-changed", before, after)
            case .earlierVersion: (name, oldText, newText) = ("earlier-version", nil, nil)
            }
            try await db.raw(
                """
                INSERT INTO comment_fates (contribution_id, version_number, fate, old_text, new_text)
                VALUES (\(bind: comment.id), \(bind: new.number), \(bind: name), \(bind: oldText), \(bind: newText))
                """
            ).run()
            // Its author hears when the block they wrote about changed or is gone.
            if let notice, fate != .unchanged, comment.state == .visible {
                try await SQLMailOutbox.enqueue(notice(comment, fate, new), to: comment.author, db)
            }
        }
    }

    static func block(_ row: any SQLRow) throws -> TextBlock {
        let idText = try row.decode(column: "block_id", as: String.self)
        guard let id = BlockID(idText) else { throw StoreError.unreadable(column: "block_id", text: idText) }
        let kindText = try row.decode(column: "kind", as: String.self)
        guard let kind = TextBlock.Kind(rawValue: kindText) else {
            throw StoreError.unreadable(column: "kind", text: kindText)
        }
        return TextBlock(
            id: id, kind: kind, level: try row.decode(column: "level", as: Int.self),
            text: try row.decode(column: "text", as: String.self),
            measures: try row.decode(column: "measures", as: String.self).split(separator: ",").compactMap {
                MeasureNumber(String($0))
            })
    }

    static func usedBlockIDs(_ strategy: Strategy.ID, _ db: any SQLDatabase) async throws -> Set<BlockID> {
        Set(
            try await db.raw(
                """
                SELECT DISTINCT b.block_id FROM text_blocks b JOIN text_versions v ON v.id = b.version_id
                WHERE v.strategy_id = \(bind: strategy)
                """
            ).all().compactMap { BlockID(try $0.decode(column: "block_id", as: String.self)) })
    }

    static func measureNumbers(_ strategy: Strategy.ID, _ db: any SQLDatabase) async throws -> Set<MeasureNumber> {
        Set(
            try await db.raw("SELECT number FROM measures WHERE strategy_id = \(bind: strategy)").all().compactMap {
                MeasureNumber(try $0.decode(column: "number", as: String.self))
            })
    }

    static func log(
        _ strategy: Strategy.ID, version: Int, action: String, actor: String, reason: String?, markdown: String,
        at time: RecordedTime, _ db: any SQLDatabase
    ) async throws {
        try await db.raw(
            """
            INSERT INTO text_log (strategy_id, version_number, recorded_at, actor, action, reason, markdown)
            VALUES (\(bind: strategy), \(bind: version), \(bind: time.iso), \(bind: actor), \(bind: action),
                    \(bind: reason), \(bind: markdown))
            """
        ).run()
    }
}
