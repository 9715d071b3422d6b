import FortschrittDomain
import Foundation
import SQLKit

/// The outbox in the database. `enqueue` runs inside the transaction of whatever causes a message.
public struct SQLMailOutbox: MailOutbox {
    let database: Database
    /// The host part of the messages' `Message-ID`s.
    let host: String

    public init(database: Database, host: String = "fortschritt.invalid") {
        self.database = database
        self.host = host
    }

    /// Stores a message in the caller's transaction; it is delivered after that commits.
    static func enqueue(_ message: MailMessage, host: String = "fortschritt.invalid", _ db: any SQLDatabase)
        async throws
    {
        var random = SystemRandomNumberGenerator()
        let token = (0..<4).map { _ in String(random.next() as UInt64, radix: 36) }.joined(separator: ".")
        try await db.raw(
            """
            INSERT INTO mail_outbox (kind, recipient, subject, body, message_id, queued_at, next_attempt_at,
                                     unsubscribe_participant, unsubscribe_scope)
            VALUES (\(bind: message.kind), \(bind: message.to), \(bind: message.subject), \(bind: message.body),
                    \(bind: "<\(token)@\(host)>"), \(bind: RecordedTime.now().iso), \(bind: RecordedTime.now().iso),
                    \(bind: message.unsubscribe?.participant), \(bind: message.unsubscribe?.scope))
            """
        ).run()
    }

    /// Queues a message to a participant, with a link to unsubscribe (`scope`: all mail or one follow),
    /// when they can be mailed: not erased, not entered by staff, not opted out of all mail.
    static func enqueue(
        _ message: MailMessage, to participant: Int64, scope: String = MailMessage.Unsubscribe.all,
        _ db: any SQLDatabase
    ) async throws {
        guard let address = try await SQLModerationRepository.address(of: participant, db) else { return }
        var mail = message
        mail.to = address
        mail.unsubscribe = MailMessage.Unsubscribe(participant: participant, scope: scope)
        try await enqueue(mail, db)
    }

    public func claimNext(now: RecordedTime, leaseSeconds: Int64) async throws -> QueuedMail? {
        let lease = RecordedTime(microseconds: now.microseconds + leaseSeconds * 1_000_000)
        let skipLocked: SQLQueryString = database.engine == .postgres ? " FOR UPDATE SKIP LOCKED" : ""
        return try await database.write(.statements) { db in
            try await db.raw(
                """
                UPDATE mail_outbox SET lease_until = \(bind: lease.iso), attempts = attempts + 1
                WHERE id = (
                  SELECT id FROM mail_outbox
                  WHERE state = 'waiting' AND next_attempt_at <= \(bind: now.iso)
                    AND (lease_until IS NULL OR lease_until <= \(bind: now.iso))
                  ORDER BY next_attempt_at, id LIMIT 1\(skipLocked)
                )
                RETURNING *
                """
            ).first().map(Self.queued)
        }
    }

    public func delivered(_ id: QueuedMail.ID, at time: RecordedTime) async throws {
        try await database.write(.statements) { db in
            try await db.raw(
                """
                UPDATE mail_outbox SET state = 'sent', sent_at = \(bind: time.iso), recipient = '', body = '',
                    unsubscribe_participant = NULL, unsubscribe_scope = NULL, lease_until = NULL,
                    next_attempt_at = NULL, last_error = NULL
                WHERE id = \(bind: id) AND state = 'waiting'
                """
            ).run()
        }
    }

    public func failed(_ id: QueuedMail.ID, error: String, at time: RecordedTime) async throws {
        try await database.write(.statements) { db in
            guard
                let row = try await db.raw("SELECT attempts FROM mail_outbox WHERE id = \(bind: id)").first()
            else { return }
            let attempts = try row.decode(column: "attempts", as: Int.self)
            let next = RecordedTime(
                microseconds: time.microseconds + MailRetry.delay(afterAttempts: attempts) * 1_000_000)
            let giveUp = attempts >= MailRetry.attempts
            try await db.raw(
                """
                UPDATE mail_outbox SET state = \(bind: giveUp ? "failed" : "waiting"), lease_until = NULL,
                    next_attempt_at = \(bind: giveUp ? nil : next.iso), last_error = \(bind: String(error.prefix(500)))
                WHERE id = \(bind: id) AND state = 'waiting'
                """
            ).run()
        }
    }

    public func recent(limit: Int) async throws -> [QueuedMail] {
        try await database.read { db in
            try await db.raw("SELECT * FROM mail_outbox ORDER BY id DESC LIMIT \(literal: max(0, min(limit, 1000)))")
                .all().map(Self.queued)
        }
    }

    static func queued(_ row: any SQLRow) throws -> QueuedMail {
        func time(_ column: String) throws -> RecordedTime? {
            try row.decodeNil(column: column) ? nil : row.decode(text: column, as: RecordedTime.self)
        }
        func text(_ column: String) throws -> String? {
            try row.decodeNil(column: column) ? nil : row.decode(column: column, as: String.self)
        }
        let stateText = try row.decode(column: "state", as: String.self)
        guard let state = QueuedMail.State(rawValue: stateText) else {
            throw StoreError.unreadable(column: "state", text: stateText)
        }
        return QueuedMail(
            id: try row.decode(column: "id", as: Int64.self),
            message: MailMessage(
                kind: try row.decode(column: "kind", as: String.self),
                to: try row.decode(column: "recipient", as: String.self),
                subject: try row.decode(column: "subject", as: String.self),
                body: try row.decode(column: "body", as: String.self),
                unsubscribe: try row.decodeNil(column: "unsubscribe_participant")
                    ? nil
                    : MailMessage.Unsubscribe(
                        participant: try row.decode(column: "unsubscribe_participant", as: Int64.self),
                        scope: try text("unsubscribe_scope") ?? MailMessage.Unsubscribe.all)),
            messageID: try row.decode(column: "message_id", as: String.self),
            queuedAt: try row.decode(text: "queued_at", as: RecordedTime.self), state: state,
            attempts: try row.decode(column: "attempts", as: Int.self), nextAttemptAt: try time("next_attempt_at"),
            sentAt: try time("sent_at"), lastError: try text("last_error"))
    }
}
