import FortschrittDomain
import Foundation
import SQLKit

/// The notification job: versions and contributions are marked told one by one (`told_versions`,
/// `contributions.followers_told_at`); `notification_marks` holds when each kind began ("versions",
/// "contributions"), the last measure event seen ("status") and the last day digests went out
/// ("digest"); all advanced in the same write as the mails they led to.
extension SQLParticipantRepository {
    public func notifyFollowers(at time: RecordedTime, mails: FollowMails) async throws -> FollowRun {
        try await database.write(.keys(["follow-notifications"])) { db in
            var job = FollowJob(db: db, mails: mails, time: time)
            try await job.versions()
            try await job.contributions()
            try await job.statusChanges()
            try await job.digests()
            return job.run
        }
    }
}

struct FollowJob {
    let db: any SQLDatabase
    let mails: FollowMails
    let time: RecordedTime
    var run = FollowRun()

    init(db: any SQLDatabase, mails: FollowMails, time: RecordedTime) {
        self.db = db
        self.mails = mails
        self.time = time
    }

    func watermark(_ name: String) async throws -> String? {
        try await db.raw("SELECT value FROM notification_marks WHERE name = \(bind: name)").first()?
            .decode(column: "value", as: String.self)
    }

    /// The highest id in a table (0 when empty).
    func highestID(_ table: String) async throws -> Int64 {
        guard let row = try await db.raw("SELECT MAX(id) AS last FROM \(unsafeRaw: table)").first(),
            try !row.decodeNil(column: "last")
        else { return 0 }
        return try row.decode(column: "last", as: Int64.self)
    }

    func setMark(_ name: String, _ value: String) async throws {
        try await db.raw(
            """
            INSERT INTO notification_marks (name, value) VALUES (\(bind: name), \(bind: value))
            ON CONFLICT (name) DO UPDATE SET value = excluded.value
            """
        ).run()
    }

    /// Followers of a target who can be mailed: confirmed, not erased, not opted out of all mail.
    func followers(of target: String) async throws -> [(id: Int64, email: String, daily: Bool)] {
        try await db.raw(
            """
            SELECT p.id, p.email, f.frequency FROM follows f JOIN participants p ON p.id = f.participant_id
            WHERE f.target = \(bind: target) AND p.erased_at IS NULL AND p.entered_by IS NULL
              AND p.confirmed_at IS NOT NULL AND p.mail_opt_out_at IS NULL
            ORDER BY p.id
            """
        ).all().map { row in
            (
                id: try row.decode(column: "id", as: Int64.self),
                email: try row.decode(column: "email", as: String.self),
                daily: try row.decode(column: "frequency", as: String.self) == Follow.Frequency.daily.rawValue
            )
        }
    }

    /// Mails the event to every follower but `except` at once, or keeps it for their digest.
    mutating func tell(_ event: FollowEvent, except author: Int64? = nil) async throws {
        for follower in try await followers(of: event.target) where follower.id != author {
            if follower.daily {
                let json = String(decoding: try JSONEncoder().encode(event), as: UTF8.self)
                try await db.raw(
                    """
                    INSERT INTO follow_digest_items (participant_id, target, event, recorded_at)
                    VALUES (\(bind: follower.id), \(bind: event.target), \(bind: json), \(bind: time.iso))
                    """
                ).run()
                run.collected += 1
            } else {
                try await SQLMailOutbox.enqueue(mails.immediate(event), to: follower.id, scope: event.target, db)
                run.immediate += 1
            }
        }
    }

    /// Published versions not yet told. The first run marks all there are as told, and tells nothing.
    mutating func versions() async throws {
        let untold: SQLQueryString = """
            FROM text_versions v JOIN strategies s ON s.id = v.strategy_id
            WHERE v.published_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM told_versions t WHERE t.version_id = v.id)
            """
        if try await watermark("versions") == nil {
            try await db.raw("INSERT INTO told_versions (version_id, told_at) SELECT v.id, \(bind: time.iso) \(untold)")
                .run()
            return try await setMark("versions", time.iso)
        }
        for row in try await db.raw(
            "SELECT v.id, v.number, s.slug, s.title AS strategy_title \(untold) ORDER BY v.published_at, v.id"
        ).all() {
            let slug = try row.decode(column: "slug", as: String.self)
            let number = try row.decode(column: "number", as: Int.self)
            try await tell(
                FollowEvent(
                    kind: .newVersion, target: Follow.Target.strategy(slug: slug).key,
                    name: try row.decode(column: "strategy_title", as: String.self), detail: "\(number)",
                    path: "/strategien/\(slug)/text/\(number)"))
            try await db.raw(
                """
                INSERT INTO told_versions (version_id, told_at)
                VALUES (\(bind: try row.decode(column: "id", as: Int64.self)), \(bind: time.iso))
                """
            ).run()
        }
    }

    /// Visible contributions not yet told, in order. One awaiting a moderator is told once it is
    /// approved (and not at all while hidden). The first run marks all there are as told.
    mutating func contributions() async throws {
        if try await watermark("contributions") == nil {
            try await db.raw(
                "UPDATE contributions SET followers_told_at = \(bind: time.iso) WHERE followers_told_at IS NULL"
            )
            .run()
            return try await setMark("contributions", time.iso)
        }
        for row in try await db.raw(
            """
            SELECT c.id, c.block_id, c.participant_id, s.slug FROM contributions c
            JOIN strategies s ON s.id = c.strategy_id
            WHERE c.followers_told_at IS NULL AND c.state = 'visible' ORDER BY c.id
            """
        ).all() {
            let id = try row.decode(column: "id", as: Int64.self)
            let block = try row.decode(column: "block_id", as: String.self)
            try await tell(
                FollowEvent(
                    kind: .newContribution,
                    target: Follow.Target.block(slug: try row.decode(column: "slug", as: String.self), block: block)
                        .key, name: block, detail: "\(id)", path: "/beitraege/\(id)"),
                except: try row.decode(column: "participant_id", as: Int64.self))
            try await db.raw("UPDATE contributions SET followers_told_at = \(bind: time.iso) WHERE id = \(bind: id)")
                .run()
        }
    }

    /// Status changes as the public sees them (not retracted, of measures that exist), by event.
    mutating func statusChanges() async throws {
        guard let text = try await watermark("status") else {
            return try await setMark("status", "\(try await highestID("measure_events"))")
        }
        guard let mark = Int64(text) else {
            throw StoreError.unreadable(column: "notification_marks.value", text: text)
        }
        let last = try await highestID("measure_events")
        guard last > mark else { return }
        var labels: [String: (de: String, en: String)] = [:]
        for row in try await db.raw(
            "SELECT key, label_de, label_en FROM statuses WHERE strategy_id = (SELECT MIN(id) FROM strategies)"
        ).all() {
            labels[try row.decode(column: "key", as: String.self)] = (
                try row.decode(column: "label_de", as: String.self), try row.decode(column: "label_en", as: String.self)
            )
        }
        let followed = try await db.raw(
            """
            SELECT DISTINCT m.id FROM measure_events e JOIN measures m ON m.id = e.measure_id
            WHERE e.id > \(bind: mark) AND e.id <= \(bind: last) AND e.kind = 'status_set'
              AND m.strategy_id = (SELECT MIN(id) FROM strategies)
              AND EXISTS (SELECT 1 FROM follows f WHERE f.target = 'measure/' || m.number)
            """
        ).all().map { try $0.decode(column: "id", as: Int64.self) }
        for measure in followed {
            let events = try await EventRow.fetch(
                """
                SELECT \(unsafeRaw: EventRow.selected) FROM measure_events e JOIN measures m ON m.id = e.measure_id
                WHERE m.id = \(bind: measure) AND e.id <= \(bind: last) ORDER BY e.effective_date, e.id
                """, db)
            for change in MeasureHistory.statusChanges(in: events).reversed() where change.event.sequence > mark {
                let number = change.event.measure.text
                try await tell(
                    FollowEvent(
                        kind: .statusChange, target: Follow.Target.measure(number: number).key,
                        name: "\(number) \(change.title)", detail: labels[change.status.key]?.de ?? change.status.key,
                        detailEnglish: labels[change.status.key]?.en, path: "/massnahmen/\(number)"))
            }
        }
        try await setMark("status", "\(last)")
    }

    /// The day's digests: on the first run of a day (Europe/Berlin) from 06:00, one mail per
    /// participant with everything kept for them, which is then removed.
    mutating func digests() async throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .germany
        guard let hour = calendar.dateComponents([.hour], from: time.date).hour, hour >= FollowDigest.hour else {
            return
        }
        let today = CalendarDate(time.date).iso
        guard try await watermark("digest") != today else { return }
        let rows = try await db.raw(
            """
            SELECT i.id, i.participant_id, i.event, p.email, p.erased_at, p.mail_opt_out_at
            FROM follow_digest_items i JOIN participants p ON p.id = i.participant_id ORDER BY i.participant_id, i.id
            """
        ).all()
        var byParticipant: [(id: Int64, email: String, events: [FollowEvent])] = []
        for row in rows {
            let id = try row.decode(column: "participant_id", as: Int64.self)
            let mailable = try row.decodeNil(column: "erased_at") && row.decodeNil(column: "mail_opt_out_at")
            guard mailable,
                let event = try? JSONDecoder().decode(
                    FollowEvent.self, from: Data(try row.decode(column: "event", as: String.self).utf8))
            else { continue }
            if byParticipant.last?.id == id {
                byParticipant[byParticipant.count - 1].events.append(event)
            } else {
                byParticipant.append(
                    (id: id, email: try row.decode(column: "email", as: String.self), events: [event]))
            }
        }
        for participant in byParticipant {
            try await SQLMailOutbox.enqueue(mails.digest(participant.events), to: participant.id, db)
            run.digests += 1
        }
        try await db.raw("DELETE FROM follow_digest_items").run()
        try await setMark("digest", today)
    }
}
