import FortschrittDomain
import Foundation
import SQLKit

/// Decisions in the database: `decisions` (prepared and published) and the append-only `decision_log`.
public struct SQLDecisionRepository: DecisionRepository {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func prepare(
        _ decision: Decision, for ids: [Contribution.ID], on version: TextVersion, versions: [TextVersion],
        actor: String, at time: RecordedTime
    ) async throws {
        guard !ids.isEmpty else { throw RuleViolation("beitrag", .nothingChosen) }
        try await database.write(.keys(["decisions/\(version.strategy)"])) { db in
            var found: [Contribution] = []
            for chunk in Array(Set(ids)).sorted().chunked(900) {
                found += try await SQLContributionRepository.contributions(
                    """
                    c.id IN (\(binds: Array(chunk))) AND c.strategy_id = \(bind: version.strategy)
                      AND c.version_number = \(bind: version.number) AND c.state <> 'pending'
                    """, db)
            }
            guard found.count == Set(ids).count else { throw RuleViolation("beitrag", .noSuchContribution) }
            for contribution in found {
                let checked = try DecisionRules.checked(decision, on: contribution, versions: versions)
                try await db.raw(
                    """
                    INSERT INTO decisions (contribution_id, outcome, reason, applied_version, applied_block,
                                           prepared_by, prepared_at)
                    VALUES (\(bind: contribution.id), \(bind: checked.outcome.rawValue), \(bind: checked.reason),
                            \(bind: checked.appliedIn?.version), \(bind: checked.appliedIn?.block.text),
                            \(bind: actor), \(bind: time.iso))
                    ON CONFLICT (contribution_id) DO UPDATE SET outcome = excluded.outcome,
                        reason = excluded.reason, applied_version = excluded.applied_version,
                        applied_block = excluded.applied_block, prepared_by = excluded.prepared_by,
                        prepared_at = excluded.prepared_at
                    """
                ).run()
                try await Self.log(contribution.id, "prepared", checked, actor: actor, at: time, db)
            }
        }
    }

    public func publish(
        version: TextVersion, reviewed: [Contribution.ID: RecordedTime]?, actor: String, at time: RecordedTime,
        notice: @escaping @Sendable (Contribution, Decision) -> MailMessage?
    ) async throws -> Int {
        try await database.write(.keys(["decisions/\(version.strategy)"])) { db in
            let records = try await Self.records(version, db).values.filter { record in
                record.awaitsPublication && (reviewed.map { $0[record.contribution] == record.preparedAt } ?? true)
            }
            let contributions = try await Self.contributions(version, ids: records.map(\.contribution), db)
            for record in records.sorted(by: { $0.contribution < $1.contribution }) {
                let decision = record.prepared
                try await db.raw(
                    """
                    UPDATE decisions SET published_outcome = outcome, published_reason = reason,
                        published_version = applied_version, published_block = applied_block,
                        published_at = \(bind: time.iso)
                    WHERE contribution_id = \(bind: record.contribution)
                    """
                ).run()
                try await Self.log(record.contribution, "published", decision, actor: actor, at: time, db)
                guard let contribution = contributions[record.contribution], let mail = notice(contribution, decision)
                else { continue }
                try await SQLMailOutbox.enqueue(mail, to: contribution.author, db)
            }
            return records.count
        }
    }

    public func decisions(on version: TextVersion) async throws -> [Contribution.ID: DecisionRecord] {
        try await database.read { db in try await Self.records(version, db) }
    }

    public func applied(in version: TextVersion) async throws -> [BlockID: [(Contribution, Decision)]] {
        try await database.read { db in
            var decisions: [Int64: Decision] = [:]
            for row in try await db.raw(
                """
                SELECT d.* FROM decisions d JOIN contributions c ON c.id = d.contribution_id
                WHERE c.strategy_id = \(bind: version.strategy) AND d.published_version = \(bind: version.number)
                """
            ).all() {
                decisions[try row.decode(column: "contribution_id", as: Int64.self)] = try Self.decision(
                    row, prefix: "published_")
            }
            guard !decisions.isEmpty else { return [:] }
            var result: [BlockID: [(Contribution, Decision)]] = [:]
            for chunk in Array(decisions.keys).sorted().chunked(900) {
                for contribution in try await SQLContributionRepository.contributions(
                    "c.id IN (\(binds: Array(chunk)))", db)
                {
                    guard let decision = decisions[contribution.id], let place = decision.appliedIn else { continue }
                    result[place.block, default: []].append((contribution.publicView, decision))
                }
            }
            return result
        }
    }

    public func adopt(
        _ version: TextVersion, on date: CalendarDate, strategyVersions: [TextVersion], actor: String,
        at time: RecordedTime
    ) async throws {
        let predecessor = strategyVersions.filter { $0.number < version.number && $0.state == .published }.last
        try await database.write(.keys(["decisions/\(version.strategy)"])) { db in
            guard
                try await db.raw(
                    """
                    SELECT version_number FROM text_adoptions
                    WHERE strategy_id = \(bind: version.strategy) AND version_number = \(bind: version.number)
                    """
                ).first() == nil
            else { throw RuleViolation("fassung", .alreadyAdopted("\(version.number)")) }
            var open = 0
            if let predecessor {
                let settled = Decision.Outcome.allCases.filter(\.isSettled).map(\.rawValue)
                open = try await db.raw(
                    """
                    SELECT COUNT(*) AS n FROM contributions c
                    LEFT JOIN decisions d ON d.contribution_id = c.id
                    WHERE c.strategy_id = \(bind: version.strategy) AND c.version_number = \(bind: predecessor.number)
                      AND c.state <> 'withdrawn'
                      AND (d.published_outcome IS NULL OR d.published_outcome NOT IN (\(binds: settled)))
                    """
                ).first().required().decode(column: "n", as: Int.self)
            }
            try AdoptionRules.check(
                version, on: date, predecessor: predecessor, openOnPredecessor: open, today: CalendarDate(time.date))
            try await db.raw(
                """
                INSERT INTO text_adoptions (strategy_id, version_number, adopted_on, recorded_at, actor)
                VALUES (\(bind: version.strategy), \(bind: version.number), \(bind: date.iso), \(bind: time.iso),
                        \(bind: actor))
                """
            ).run()
        }
    }

    public func outcomeCounts(on version: TextVersion) async throws
        -> [ContributionChannel: [Decision.Outcome: Int]]
    {
        try await database.read { db in
            var counts: [ContributionChannel: [Decision.Outcome: Int]] = [:]
            for row in try await db.raw(
                """
                SELECT c.channel, d.published_outcome, COUNT(*) AS n FROM contributions c
                LEFT JOIN decisions d ON d.contribution_id = c.id
                WHERE c.strategy_id = \(bind: version.strategy) AND c.version_number = \(bind: version.number)
                  AND c.state <> 'pending'
                GROUP BY c.channel, d.published_outcome
                """
            ).all() {
                let channelText = try row.decode(column: "channel", as: String.self)
                guard let channel = ContributionChannel(rawValue: channelText) else {
                    throw StoreError.unreadable(column: "channel", text: channelText)
                }
                let outcome =
                    try row.decode(column: "published_outcome", as: String?.self)
                    .map { Decision.Outcome(rawValue: $0) ?? .open } ?? .open
                counts[channel, default: [:]][outcome, default: 0] += try row.decode(column: "n", as: Int.self)
            }
            return counts
        }
    }

    public func lastChange() async throws -> RecordedTime? {
        try await database.read { db in
            var latest: RecordedTime?
            for query: SQLQueryString in [
                "SELECT MAX(published_at) AS latest FROM decisions",
                "SELECT MAX(recorded_at) AS latest FROM text_adoptions",
            ] {
                let time = try await db.raw(query).first()?.decode(column: "latest", as: String?.self)
                    .flatMap(RecordedTime.init)
                latest = [latest, time].compactMap { $0 }.max()
            }
            return latest
        }
    }

    public func adoptions(of strategy: Strategy.ID) async throws -> [Int: CalendarDate] {
        try await database.read { db in
            var result: [Int: CalendarDate] = [:]
            for row in try await db.raw(
                "SELECT version_number, adopted_on FROM text_adoptions WHERE strategy_id = \(bind: strategy)"
            ).all() {
                result[try row.decode(column: "version_number", as: Int.self)] = try row.decode(
                    text: "adopted_on", as: CalendarDate.self)
            }
            return result
        }
    }

    static func records(_ version: TextVersion, _ db: any SQLDatabase) async throws
        -> [Contribution.ID: DecisionRecord]
    {
        var records: [Contribution.ID: DecisionRecord] = [:]
        for row in try await db.raw(
            """
            SELECT d.* FROM decisions d JOIN contributions c ON c.id = d.contribution_id
            WHERE c.strategy_id = \(bind: version.strategy) AND c.version_number = \(bind: version.number)
            """
        ).all() {
            let id = try row.decode(column: "contribution_id", as: Int64.self)
            let published = try row.decodeNil(column: "published_at")
            records[id] = DecisionRecord(
                contribution: id, prepared: try decision(row, prefix: ""),
                preparedBy: try row.decode(column: "prepared_by", as: String.self),
                preparedAt: try row.decode(text: "prepared_at", as: RecordedTime.self),
                published: published ? nil : try decision(row, prefix: "published_"),
                publishedAt: published ? nil : try row.decode(text: "published_at", as: RecordedTime.self))
        }
        return records
    }

    /// The prepared decision (`prefix` "") or the published one ("published_").
    static func decision(_ row: any SQLRow, prefix: String) throws -> Decision {
        let outcomeText = try row.decode(column: prefix + "outcome", as: String.self)
        guard let outcome = Decision.Outcome(rawValue: outcomeText) else {
            throw StoreError.unreadable(column: prefix + "outcome", text: outcomeText)
        }
        let versionColumn = prefix.isEmpty ? "applied_version" : "published_version"
        let blockColumn = prefix.isEmpty ? "applied_block" : "published_block"
        var place: Decision.Place?
        if !(try row.decodeNil(column: versionColumn)),
            let block = BlockID(try row.decode(column: blockColumn, as: String.self))
        {
            place = Decision.Place(version: try row.decode(column: versionColumn, as: Int.self), block: block)
        }
        return Decision(
            outcome: outcome, reason: try row.decode(column: prefix + "reason", as: String.self), appliedIn: place)
    }

    static func contributions(_ version: TextVersion, ids: [Int64], _ db: any SQLDatabase) async throws
        -> [Int64: Contribution]
    {
        var result: [Int64: Contribution] = [:]
        for chunk in ids.sorted().chunked(900) {
            for contribution in try await SQLContributionRepository.contributions(
                "c.id IN (\(binds: Array(chunk)))", db)
            {
                result[contribution.id] = contribution
            }
        }
        return result
    }

    static func log(
        _ contribution: Int64, _ action: String, _ decision: Decision, actor: String, at time: RecordedTime,
        _ db: any SQLDatabase
    ) async throws {
        try await db.raw(
            """
            INSERT INTO decision_log (contribution_id, recorded_at, actor, action, outcome, reason, applied_version,
                                      applied_block)
            VALUES (\(bind: contribution), \(bind: time.iso), \(bind: actor), \(bind: action),
                    \(bind: decision.outcome.rawValue), \(bind: decision.reason), \(bind: decision.appliedIn?.version),
                    \(bind: decision.appliedIn?.block.text))
            """
        ).run()
    }
}
