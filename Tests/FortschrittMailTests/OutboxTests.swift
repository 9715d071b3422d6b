import FortschrittDomain
import FortschrittMail
import FortschrittTestSupport
import Foundation
import Logging
import SQLKit
import Synchronization
import Testing

@testable import FortschrittStore

/// The outbox on SQLite or (with TEST_DATABASE_URL) PostgreSQL.
@Suite struct OutboxTests {
    static func withOutbox(_ body: (Database, SQLMailOutbox) async throws -> Void) async throws {
        let test = try await TestDatabase.make()
        do {
            try await body(test.database, SQLMailOutbox(database: test.database))
        } catch {
            await test.close()
            throw error
        }
        await test.close()
    }

    static func message(_ n: Int) -> MailMessage {
        MailMessage(kind: "test", to: "person\(n)@example.org", subject: "Nachricht \(n)", body: "Text \(n)")
    }

    static func later(_ time: RecordedTime, seconds: Int64) -> RecordedTime {
        RecordedTime(microseconds: time.microseconds + seconds * 1_000_000)
    }

    @Test func aMessageIsStoredWithWhatCausedItOrNotAtAll() async throws {
        try await Self.withOutbox { database, outbox in
            struct Cause: Error {}
            await #expect(throws: Cause.self) {
                try await database.write(.statements) { db in
                    try await SQLMailOutbox.enqueue(Self.message(1), db)
                    throw Cause()
                }
            }
            #expect(try await outbox.recent(limit: 10).isEmpty)
            try await database.write(.statements) { db in try await SQLMailOutbox.enqueue(Self.message(2), db) }
            #expect(try await outbox.recent(limit: 10).map(\.message) == [Self.message(2)])
        }
    }

    /// A worker that dies while sending (it claimed the message and never said how it went) leaves
    /// the message to the next claim once the lease runs out: with the same Message-ID, so the
    /// receiving system can tell a repeat. Two workers never hold the same message.
    @Test func aClaimedMessageIsNobodyElsesUntilItsLeaseRunsOut() async throws {
        try await Self.withOutbox { database, outbox in
            try await database.write(.statements) { db in try await SQLMailOutbox.enqueue(Self.message(1), db) }
            let now = Self.later(.now(), seconds: 1)
            let first = try #require(try await outbox.claimNext(now: now, leaseSeconds: 60))
            #expect(try await outbox.claimNext(now: Self.later(now, seconds: 30), leaseSeconds: 60) == nil)
            let again = try #require(try await outbox.claimNext(now: Self.later(now, seconds: 61), leaseSeconds: 60))
            #expect(again.id == first.id && again.messageID == first.messageID && again.attempts == 2)
            try await outbox.delivered(again.id, at: Self.later(now, seconds: 62))
            #expect(try await outbox.claimNext(now: Self.later(now, seconds: 1_000), leaseSeconds: 60) == nil)
            let sent = try #require(try await outbox.recent(limit: 1).first)
            #expect(sent.state == .sent && sent.message.to.isEmpty && sent.message.body.isEmpty)
            #expect(sent.message.subject == "Nachricht 1", "the kind and subject stay for the record")
        }
    }

    @Test func failedDeliveriesAreTriedLaterAndGivenUpAfterTheLastAttempt() async throws {
        try await Self.withOutbox { database, outbox in
            try await database.write(.statements) { db in try await SQLMailOutbox.enqueue(Self.message(1), db) }
            var now = Self.later(.now(), seconds: 1)
            for attempt in 1...MailRetry.attempts {
                let mail = try #require(try await outbox.claimNext(now: now, leaseSeconds: 60), "attempt \(attempt)")
                try await outbox.failed(mail.id, error: "451 try later", at: now)
                let delay = MailRetry.delay(afterAttempts: attempt)
                #expect(try await outbox.claimNext(now: Self.later(now, seconds: delay - 1), leaseSeconds: 60) == nil)
                now = Self.later(now, seconds: delay)
            }
            #expect(try await outbox.claimNext(now: Self.later(now, seconds: 86_400), leaseSeconds: 60) == nil)
            let failed = try #require(try await outbox.recent(limit: 1).first)
            #expect(failed.state == .failed && failed.lastError == "451 try later")
            #expect(failed.message.to == "person1@example.org", "kept for the administrators to act on")
        }
        #expect(MailRetry.delay(afterAttempts: 1) == 60 && MailRetry.delay(afterAttempts: 30) == 6 * 3_600)
    }

    /// The worker against a real SMTP server: every queued message arrives once, and a server that
    /// is down only delays them.
    @Test func theWorkerDeliversEveryMessageOnce() async throws {
        try await Self.withOutbox { database, outbox in
            for n in 1...5 {
                try await database.write(.statements) { db in try await SQLMailOutbox.enqueue(Self.message(n), db) }
            }
            let composer = try MailComposer(fromAddress: "strategie@stadt.example", fromName: "Strategiebüro")
            // First a server that is not there: every message stays, waiting for its retry.
            let down = MailDelivery(
                outbox: outbox,
                sender: SMTPSender(configuration: try SMTPConfiguration(url: "smtp://127.0.0.1:1"), composer: composer),
                logger: Logger(label: "test"))
            while try await down.deliverNext() {}
            #expect(try await outbox.recent(limit: 10).allSatisfy { $0.state == .waiting && $0.lastError != nil })
            try await database.write(.statements) { db in
                try await db.raw("UPDATE mail_outbox SET next_attempt_at = '0001-01-01T00:00:00.000000Z'").run()
            }
            let server = try TestSMTPServer()
            let delivery = MailDelivery(
                outbox: outbox,
                sender: SMTPSender(configuration: try SMTPConfiguration(url: server.url), composer: composer),
                logger: Logger(label: "test"))
            while try await delivery.deliverNext() {}
            let received = try await server.waitFor(5)
            #expect(received.map(\.subject).sorted() == (1...5).map { "Nachricht \($0)" })
            #expect(Set(received.map(\.messageID)).count == 5)
            #expect(try await outbox.recent(limit: 10).allSatisfy { $0.state == .sent })
        }
    }
}
