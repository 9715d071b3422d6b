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
            for chunk in Array(Set(ids)).sorted().chunked(900) {
                if let cut = try await db.raw(
                    """
                    SELECT segment_of FROM contributions
                    WHERE segment_of IN (\(binds: Array(chunk))) AND state <> 'withdrawn' LIMIT 1
                    """
                ).first() {
                    throw RuleViolation(
                        "beitrag", .decideSegments("\(try cut.decode(column: "segment_of", as: Int64.self))"))
                }
            }
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
            try await Self.publish(
                strategy: version.strategy, number: version.number, reviewed: reviewed, actor: actor, at: time,
                notice: notice, db)
        }
    }

    static func publish(
        strategy: Strategy.ID, number: Int, reviewed: [Contribution.ID: RecordedTime]?, actor: String,
        at time: RecordedTime, notice: @Sendable (Contribution, Decision) -> MailMessage?, _ db: any SQLDatabase
    ) async throws -> Int {
        let records = try await Self.records(strategy: strategy, number: number, db).values.filter { record in
            record.awaitsPublication && (reviewed.map { $0[record.contribution] == record.preparedAt } ?? true)
        }
        let contributions = try await Self.contributions(ids: records.map(\.contribution), db)
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

    public func schedule(
        version: TextVersion, reviewed: [Contribution.ID: RecordedTime], publishAt: RecordedTime, actor: String,
        at time: RecordedTime
    ) async throws -> ScheduledPublication.ID {
        try await database.write(.keys(["decisions/\(version.strategy)"])) { db in
            let records = try await Self.records(strategy: version.strategy, number: version.number, db)
            let chosen = reviewed.filter { id, prepared in
                records[id].map { $0.awaitsPublication && $0.preparedAt == prepared } ?? false
            }
            try PublicationSchedule.check(publishAt, now: time, reviewed: chosen.count)
            let id = try await db.raw(
                """
                INSERT INTO decision_schedules (strategy_id, version_number, publish_at, scheduled_by, scheduled_at)
                VALUES (\(bind: version.strategy), \(bind: version.number), \(bind: publishAt.iso), \(bind: actor),
                        \(bind: time.iso))
                RETURNING id
                """
            ).first().required().decode(column: "id", as: Int64.self)
            for (contribution, prepared) in chosen.sorted(by: { $0.key < $1.key }) {
                try await db.raw(
                    """
                    INSERT INTO decision_schedule_items (schedule_id, contribution_id, prepared_at)
                    VALUES (\(bind: id), \(bind: contribution), \(bind: prepared.iso))
                    """
                ).run()
            }
            return id
        }
    }

    public func schedules(on version: TextVersion) async throws -> [ScheduledPublication] {
        try await database.read { db in
            try await Self.schedules(
                """
                s.strategy_id = \(bind: version.strategy) AND s.version_number = \(bind: version.number)
                """, db)
        }
    }

    public func cancelSchedule(
        _ id: ScheduledPublication.ID, on version: TextVersion, actor: String, at time: RecordedTime
    ) async throws {
        try await database.write(.keys(["decisions/\(version.strategy)"])) { db in
            guard
                try await !Self.schedules(
                    """
                    s.id = \(bind: id) AND s.strategy_id = \(bind: version.strategy)
                      AND s.version_number = \(bind: version.number)
                    """, db
                ).isEmpty
            else { throw RuleViolation("veroeffentlichung", .publicationNotSet) }
            try await Self.end(id, "cancelled", published: 0, actor: actor, at: time, db)
        }
    }

    public func publishDue(
        at time: RecordedTime, notice: @escaping @Sendable (Contribution, Decision) -> MailMessage?
    ) async throws -> Int {
        let due = try await database.read { db in
            try await Self.schedules("s.publish_at <= \(bind: time.iso)", db)
        }
        var published = 0
        var failure: (any Error)?
        // Each in its own write: one that fails does not hold up the others; the first failure is thrown after.
        for schedule in due {
            do {
                published += try await publish(schedule, at: time, notice: notice)
            } catch {
                failure = failure ?? error
            }
        }
        if let failure { throw failure }
        return published
    }

    func publish(
        _ schedule: ScheduledPublication, at time: RecordedTime,
        notice: @escaping @Sendable (Contribution, Decision) -> MailMessage?
    ) async throws -> Int {
        try await database.write(.keys(["decisions/\(schedule.strategy)"])) { db in
            // Another instance may have carried it out since it was read.
            guard try await !Self.schedules("s.id = \(bind: schedule.id)", db).isEmpty else { return 0 }
            // Published in the setter's name, so only while they still hold the office's role; else it lapses.
            guard
                try await db.raw(
                    """
                    SELECT 1 AS held FROM accounts
                    WHERE email = \(bind: schedule.scheduledBy) AND role = 'admin' AND active = 1
                    """
                ).first() != nil
            else {
                try await Self.end(schedule.id, "lapsed", published: 0, actor: schedule.scheduledBy, at: time, db)
                return 0
            }
            let count = try await Self.publish(
                strategy: schedule.strategy, number: schedule.version, reviewed: schedule.reviewed,
                actor: schedule.scheduledBy, at: time, notice: notice, db)
            try await Self.end(schedule.id, "published", published: count, actor: schedule.scheduledBy, at: time, db)
            return count
        }
    }

    /// Publications set and not ended that meet the condition (on `s`, the schedule), earliest first.
    static func schedules(_ condition: SQLQueryString, _ db: any SQLDatabase) async throws
        -> [ScheduledPublication]
    {
        var schedules: [ScheduledPublication] = []
        for row in try await db.raw(
            """
            SELECT s.* FROM decision_schedules s
            WHERE \(condition) AND NOT EXISTS (SELECT 1 FROM decision_schedule_ends e WHERE e.schedule_id = s.id)
            ORDER BY s.publish_at, s.id
            """
        ).all() {
            schedules.append(
                ScheduledPublication(
                    id: try row.decode(column: "id", as: Int64.self),
                    strategy: try row.decode(column: "strategy_id", as: Int64.self),
                    version: try row.decode(column: "version_number", as: Int.self),
                    publishAt: try row.decode(text: "publish_at", as: RecordedTime.self), reviewed: [:],
                    scheduledBy: try row.decode(column: "scheduled_by", as: String.self),
                    scheduledAt: try row.decode(text: "scheduled_at", as: RecordedTime.self)))
        }
        for chunk in Array(schedules.indices).chunked(900) {
            let ids = chunk.map { schedules[$0].id }
            var items: [Int64: [Contribution.ID: RecordedTime]] = [:]
            for row in try await db.raw(
                "SELECT * FROM decision_schedule_items WHERE schedule_id IN (\(binds: ids))"
            ).all() {
                items[try row.decode(column: "schedule_id", as: Int64.self), default: [:]][
                    try row.decode(column: "contribution_id", as: Int64.self)] = try row.decode(
                        text: "prepared_at", as: RecordedTime.self)
            }
            for index in chunk { schedules[index].reviewed = items[schedules[index].id] ?? [:] }
        }
        return schedules
    }

    static func end(
        _ schedule: Int64, _ outcome: String, published: Int, actor: String, at time: RecordedTime,
        _ db: any SQLDatabase
    ) async throws {
        try await db.raw(
            """
            INSERT INTO decision_schedule_ends (schedule_id, ended_at, actor, outcome, published)
            VALUES (\(bind: schedule), \(bind: time.iso), \(bind: actor), \(bind: outcome), \(bind: published))
            """
        ).run()
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
            if let predecessor { open = try await Self.unsettled(predecessor, db) }
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

    public func unsettledCount(on version: TextVersion) async throws -> Int {
        try await database.read { db in try await Self.unsettled(version, db) }
    }

    /// Contributions to the version (pending ones too, withdrawn ones not) without a published
    /// decision that settles them.
    static func unsettled(_ version: TextVersion, _ db: any SQLDatabase) async throws -> Int {
        let settled = Decision.Outcome.allCases.filter(\.isSettled).map(\.rawValue)
        return try await db.raw(
            """
            SELECT COUNT(*) AS n FROM contributions c
            LEFT JOIN decisions d ON d.contribution_id = c.id
            WHERE c.strategy_id = \(bind: version.strategy) AND c.version_number = \(bind: version.number)
              AND c.state <> 'withdrawn' AND \(unsafeRaw: Self.notCut)
              AND (d.published_outcome IS NULL OR d.published_outcome NOT IN (\(binds: settled)))
            """
        ).first().required().decode(column: "n", as: Int.self)
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
                  AND c.state <> 'pending' AND \(unsafeRaw: Self.notCut)
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

    /// A contribution `c` not cut into segments: it is decided itself (its segments are, if it is).
    /// What is decided (on `c`): a contribution no standing segment was cut from, or a standing
    /// segment; not one taken back.
    static let notCut = """
        NOT EXISTS (SELECT 1 FROM contributions s WHERE s.segment_of = c.id AND s.state <> 'withdrawn')
          AND NOT (c.segment_of IS NOT NULL AND c.state = 'withdrawn')
        """

    static func records(_ version: TextVersion, _ db: any SQLDatabase) async throws
        -> [Contribution.ID: DecisionRecord]
    {
        try await records(strategy: version.strategy, number: version.number, db)
    }

    static func records(strategy: Strategy.ID, number: Int, _ db: any SQLDatabase) async throws
        -> [Contribution.ID: DecisionRecord]
    {
        var records: [Contribution.ID: DecisionRecord] = [:]
        for row in try await db.raw(
            """
            SELECT d.* FROM decisions d JOIN contributions c ON c.id = d.contribution_id
            WHERE c.strategy_id = \(bind: strategy) AND c.version_number = \(bind: number) AND \(unsafeRaw: Self.notCut)
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

    static func contributions(ids: [Int64], _ db: any SQLDatabase) async throws
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
