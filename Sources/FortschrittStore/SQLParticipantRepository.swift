import FortschrittDomain
import Foundation
import SQLKit

/// Participants in the database: `participants`, `participant_tokens`, `participant_log`.
public struct SQLParticipantRepository: ParticipantRepository {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func register(
        _ registration: Registration, passwordHash: String, tokenHash: String, at time: RecordedTime,
        confirmation: MailMessage?, alreadyRegistered: MailMessage?
    ) async throws {
        try await database.write(.keys(["participant/\(registration.email)"])) { db in
            if try await db.raw("SELECT id FROM participants WHERE email = \(bind: registration.email)").first() != nil
            {
                if let alreadyRegistered { try await SQLMailOutbox.enqueue(alreadyRegistered, db) }
                return
            }
            let id = try await db.raw(
                """
                INSERT INTO participants (email, display_name, password_hash, registered_at, consent_process_at,
                                          consent_publish_at)
                VALUES (\(bind: registration.email), \(bind: registration.displayName), \(bind: passwordHash),
                        \(bind: time.iso), \(bind: time.iso), \(bind: registration.consentToPublish ? time.iso : nil))
                RETURNING id
                """
            ).first().required().decode(column: "id", as: Int64.self)
            let expires = RecordedTime(microseconds: time.microseconds + Registration.confirmationHours * 3_600_000_000)
            try await db.raw(
                """
                INSERT INTO participant_tokens (token_hash, participant_id, purpose, expires_at)
                VALUES (\(bind: tokenHash), \(bind: id), 'confirm', \(bind: expires.iso))
                """
            ).run()
            let consents =
                registration.consentToPublish ? "processing, publishing under the display name" : "processing"
            try await Self.log(id, "registered; consented to \(consents)", actor: "participant", at: time, db)
            if let confirmation { try await SQLMailOutbox.enqueue(confirmation, db) }
        }
    }

    public func confirm(tokenHash: String, at time: RecordedTime) async throws -> Participant? {
        try await database.write(.statements) { db in
            guard
                let row = try await db.raw(
                    """
                    SELECT participant_id, expires_at FROM participant_tokens
                    WHERE token_hash = \(bind: tokenHash) AND purpose = 'confirm'
                    """
                ).first()
            else { return nil }
            let id = try row.decode(column: "participant_id", as: Int64.self)
            try await db.raw("DELETE FROM participant_tokens WHERE token_hash = \(bind: tokenHash)").run()
            guard try row.decode(text: "expires_at", as: RecordedTime.self) > time else { return nil }
            try await db.raw(
                """
                UPDATE participants SET confirmed_at = \(bind: time.iso)
                WHERE id = \(bind: id) AND confirmed_at IS NULL
                """
            ).run()
            try await Self.log(id, "address confirmed", actor: "participant", at: time, db)
            return try await Self.participants("id = \(bind: id)", db).first
        }
    }

    public func participant(id: Participant.ID) async throws -> Participant? {
        try await database.read { db in try await Self.participants("id = \(bind: id)", db).first }
    }

    public func credentials(email: String) async throws -> (participant: Participant, passwordHash: String)? {
        try await database.read { db in
            let email = NewAccount.normalised(email: email)
            guard
                let row = try await db.raw(
                    """
                    SELECT * FROM participants WHERE email = \(bind: email) AND erased_at IS NULL AND entered_by IS NULL
                    """
                ).first()
            else { return nil }
            return (try Self.participant(row), try row.decode(column: "password_hash", as: String.self))
        }
    }

    public func participant(email: String) async throws -> Participant? {
        try await database.read { db in
            try await Self.participants("email = \(bind: NewAccount.normalised(email: email))", db).first
        }
    }

    public func expireUnconfirmed(at time: RecordedTime) async throws -> Int {
        let cutoff = RecordedTime(microseconds: time.microseconds - Registration.confirmationHours * 3_600_000_000)
        return try await database.write(.statements) { db in
            let stale = try await db.raw(
                "SELECT id FROM participants WHERE confirmed_at IS NULL AND registered_at < \(bind: cutoff.iso)"
            ).all().map { try $0.decode(column: "id", as: Int64.self) }
            for id in stale {
                try await db.raw("DELETE FROM participant_tokens WHERE participant_id = \(bind: id)").run()
                try await db.raw("DELETE FROM participants WHERE id = \(bind: id)").run()
                try await Self.log(id, "registration expired unconfirmed; removed", actor: "system", at: time, db)
            }
            return stale.count
        }
    }

    public func export(_ id: Participant.ID) async throws -> ParticipantData? {
        try await database.read { db in
            guard let participant = try await Self.participants("id = \(bind: id)", db).first else { return nil }
            let contributions = try await SQLContributionRepository.contributions("c.participant_id = \(bind: id)", db)
            let agreements = try await db.raw(
                """
                SELECT version_number, block_id, value, updated_at FROM agreements WHERE participant_id = \(bind: id)
                ORDER BY updated_at
                """
            ).all().compactMap { row -> ParticipantData.AgreementEntry? in
                guard let value = Agreement(rawValue: try row.decode(column: "value", as: String.self)) else {
                    return nil
                }
                return ParticipantData.AgreementEntry(
                    version: try row.decode(column: "version_number", as: Int.self),
                    block: try row.decode(column: "block_id", as: String.self), value: value,
                    updatedAt: try row.decode(text: "updated_at", as: RecordedTime.self))
            }
            let reports = try await db.raw(
                """
                SELECT contribution_id, reason, reported_at FROM contribution_reports
                WHERE reporter = \(bind: "participant/\(id)") ORDER BY id
                """
            ).all().map { row in
                ParticipantData.ReportEntry(
                    contribution: try row.decode(column: "contribution_id", as: Int64.self),
                    reason: try row.decode(column: "reason", as: String.self),
                    reportedAt: try row.decode(text: "reported_at", as: RecordedTime.self))
            }
            let log = try await db.raw(
                "SELECT recorded_at, action FROM participant_log WHERE participant_id = \(bind: id) ORDER BY id"
            ).all().map { row in
                (
                    recordedAt: try row.decode(text: "recorded_at", as: RecordedTime.self),
                    action: try row.decode(column: "action", as: String.self)
                )
            }
            return ParticipantData(
                participant: participant, contributions: contributions, agreements: agreements, reports: reports,
                log: log, follows: try await Self.follows(of: id, db))
        }
    }

    public func erase(_ id: Participant.ID, withdrawingContributions: Bool, at time: RecordedTime) async throws {
        guard let email = try await participant(id: id)?.email else { throw RuleViolation("id", .accountErased) }
        try await database.write(.keys(["participant/\(id)", "participant/\(email)"])) { db in
            guard try await Self.participants("id = \(bind: id)", db).first != nil else {
                throw RuleViolation("id", .accountErased)
            }
            // The address and name are overwritten, not kept aside; the number stays for the pseudonym.
            try await db.raw(
                """
                UPDATE participants SET email = \(bind: "erased-\(id)@erased.invalid"), display_name = '',
                    password_hash = '-', badge = NULL, erased_at = \(bind: time.iso)
                WHERE id = \(bind: id)
                """
            ).run()
            try await db.raw("DELETE FROM participant_tokens WHERE participant_id = \(bind: id)").run()
            try await db.raw("DELETE FROM follows WHERE participant_id = \(bind: id)").run()
            try await db.raw("DELETE FROM follow_digest_items WHERE participant_id = \(bind: id)").run()
            try await db.raw(
                "DELETE FROM login_failures WHERE key IN (\(binds: ["participant:\(email)", "account:\(email)"]))"
            ).run()
            let known = "participant|" + Database.likeEscaped(email) + "|%"
            try await db.raw("DELETE FROM known_sign_ins WHERE key LIKE \(bind: known) ESCAPE '\\'").run()
            // Mail not yet delivered to them is given up, its address and text erased.
            try await db.raw(
                """
                UPDATE mail_outbox SET state = 'failed', recipient = '', body = '', lease_until = NULL,
                    next_attempt_at = NULL, last_error = 'recipient erased their account'
                WHERE recipient = \(bind: email) AND state <> 'sent'
                """
            ).run()
            if withdrawingContributions {
                // What they wrote goes: their contributions' text and their reports' reasons; reports
                // on what they withdrew need no answer any more.
                try await db.raw(
                    "UPDATE contribution_reports SET reason = '' WHERE reporter = \(bind: "participant/\(id)")"
                ).run()
                try await db.raw(
                    """
                    UPDATE contribution_reports SET outcome = 'kept', answered_at = \(bind: time.iso)
                    WHERE outcome = 'new'
                      AND contribution_id IN (SELECT id FROM contributions WHERE participant_id = \(bind: id))
                    """
                ).run()
                try await db.raw(
                    """
                    UPDATE contributions SET text = '', state = 'withdrawn', hidden_reason = NULL,
                        changed_at = \(bind: time.iso)
                    WHERE participant_id = \(bind: id) AND state <> 'withdrawn'
                    """
                ).run()
            } else {
                try await db.raw(
                    "UPDATE contributions SET changed_at = \(bind: time.iso) WHERE participant_id = \(bind: id)"
                ).run()
            }
            let kept = withdrawingContributions ? "contributions withdrawn" : "contributions kept under a pseudonym"
            try await Self.log(id, "account erased; \(kept)", actor: "participant", at: time, db)
        }
    }

    public func follow(
        _ target: Follow.Target, frequency: Follow.Frequency, by id: Participant.ID, at time: RecordedTime
    ) async throws {
        try await database.write(.keys(["participant/\(id)"])) { db in
            guard try await Self.participants("id = \(bind: id)", db).first != nil else {
                throw RuleViolation("id", .accountErased)
            }
            try await db.raw(
                """
                INSERT INTO follows (participant_id, target, frequency, since)
                VALUES (\(bind: id), \(bind: target.key), \(bind: frequency.rawValue), \(bind: time.iso))
                ON CONFLICT (participant_id, target) DO UPDATE SET frequency = excluded.frequency
                """
            ).run()
            // Following again is asking for mail again: an earlier "no more mail" ends here, logged.
            let resumed = try await db.raw(
                """
                UPDATE participants SET mail_opt_out_at = NULL
                WHERE id = \(bind: id) AND mail_opt_out_at IS NOT NULL RETURNING id
                """
            ).all()
            if !resumed.isEmpty { try await Self.log(id, "mail resumed", actor: "participant", at: time, db) }
            try await Self.log(id, "follows \(target.key) (\(frequency.rawValue))", actor: "participant", at: time, db)
        }
    }

    public func unfollow(_ target: Follow.Target, by id: Participant.ID, at time: RecordedTime) async throws {
        try await database.write(.keys(["participant/\(id)"])) { db in
            let gone = try await db.raw(
                """
                DELETE FROM follows WHERE participant_id = \(bind: id) AND target = \(bind: target.key)
                RETURNING target
                """
            ).all()
            guard !gone.isEmpty else { return }
            try await db.raw(
                """
                DELETE FROM follow_digest_items WHERE participant_id = \(bind: id) AND target = \(bind: target.key)
                """
            ).run()
            try await Self.log(id, "stopped following \(target.key)", actor: "participant", at: time, db)
        }
    }

    public func stopAllMail(_ id: Participant.ID, at time: RecordedTime) async throws {
        try await database.write(.keys(["participant/\(id)"])) { db in
            let changed = try await db.raw(
                """
                UPDATE participants SET mail_opt_out_at = \(bind: time.iso)
                WHERE id = \(bind: id) AND erased_at IS NULL AND mail_opt_out_at IS NULL RETURNING id
                """
            ).all()
            guard !changed.isEmpty else { return }
            try await Self.log(id, "unsubscribed from all mail", actor: "participant", at: time, db)
        }
    }

    public func follows(of id: Participant.ID) async throws -> [Follow] {
        try await database.read { db in try await Self.follows(of: id, db) }
    }

    static func follows(of id: Participant.ID, _ db: any SQLDatabase) async throws -> [Follow] {
        try await db.raw(
            "SELECT target, frequency, since FROM follows WHERE participant_id = \(bind: id) ORDER BY since, target"
        ).all().compactMap { row -> Follow? in
            guard let target = try? Follow.Target(key: try row.decode(column: "target", as: String.self)),
                let frequency = Follow.Frequency(rawValue: try row.decode(column: "frequency", as: String.self))
            else { return nil }
            return Follow(
                target: target, frequency: frequency, since: try row.decode(text: "since", as: RecordedTime.self))
        }
    }

    static func participants(_ condition: SQLQueryString, _ db: any SQLDatabase) async throws -> [Participant] {
        // An erased account is no one: it signs in nowhere and is found by nothing.
        try await db.raw("SELECT * FROM participants WHERE erased_at IS NULL AND (\(condition))").all().map(participant)
    }

    static func participant(_ row: any SQLRow) throws -> Participant {
        func time(_ column: String) throws -> RecordedTime? {
            try row.decodeNil(column: column) ? nil : row.decode(text: column, as: RecordedTime.self)
        }
        let badge = try row.decodeNil(column: "badge") ? nil : try row.decode(column: "badge", as: String.self)
        return Participant(
            id: try row.decode(column: "id", as: Int64.self),
            email: try row.decode(column: "email", as: String.self),
            displayName: try row.decode(column: "display_name", as: String.self),
            registeredAt: try row.decode(text: "registered_at", as: RecordedTime.self),
            confirmedAt: try time("confirmed_at"),
            consentToProcessAt: try row.decode(text: "consent_process_at", as: RecordedTime.self),
            consentToPublishAt: try time("consent_publish_at"), badge: badge.flatMap(Participant.Badge.init),
            passwordTag: Account.passwordTag(of: try row.decode(column: "password_hash", as: String.self)))
    }

    static func log(_ id: Int64, _ action: String, actor: String, at time: RecordedTime, _ db: any SQLDatabase)
        async throws
    {
        try await db.raw(
            """
            INSERT INTO participant_log (participant_id, recorded_at, actor, action)
            VALUES (\(bind: id), \(bind: time.iso), \(bind: actor), \(bind: action))
            """
        ).run()
    }
}
