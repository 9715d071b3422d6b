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
            guard let row = try await db.raw("SELECT * FROM participants WHERE email = \(bind: email)").first() else {
                return nil
            }
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

    static func participants(_ condition: SQLQueryString, _ db: any SQLDatabase) async throws -> [Participant] {
        try await db.raw("SELECT * FROM participants WHERE \(condition)").all().map(participant)
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
