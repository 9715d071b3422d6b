import FortschrittDomain
import FortschrittTestSupport
import Foundation
import Testing

@testable import FortschrittStore

/// The outbox survives a crash of the server: `fortschritt serve` delivering to a real SMTP server
/// is killed with SIGKILL at random moments, twenty times. After every kill each message is waiting
/// or sent, and everything marked sent has arrived; in the end every message has arrived, and any
/// second copy (sent, but killed before it was marked sent) carries the same Message-ID, so the
/// receiving system recognises it.
@Suite(.serialized) struct OutboxCrashTests {
    static let messages = 1_000

    /// The `fortschritt` executable built next to the test bundle.
    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("fortschritt")
    }

    @Test func killedWhileDeliveringNoMessageIsLostAndCopiesShareTheirMessageID() async throws {
        let test = try await TestDatabase.make()
        let smtp = try TestSMTPServer()
        try await test.database.write(.statements) { db in
            for n in 0..<Self.messages {
                try await SQLMailOutbox.enqueue(
                    MailMessage(
                        kind: "crash-test", to: "p\(n)@example.org", subject: "Nachricht \(n)", body: "Text \(n)"),
                    db)
            }
        }
        var random = SystemRandomNumberGenerator()
        var sentAfterKills: [Int] = []
        for _ in 0..<20 {
            let server = try Self.serve(test.location, smtp: smtp.url)
            try await Task.sleep(for: .milliseconds(Int.random(in: 100...700, using: &random)))
            kill(server.processIdentifier, SIGKILL)
            server.waitUntilExit()
            let states = try await Self.states(test.database)
            #expect(states.values.allSatisfy { $0.state == "waiting" || $0.state == "sent" }, "after a kill: \(states)")
            sentAfterKills.append(states.values.filter { $0.state == "sent" }.count)
            let arrived = Set(try smtp.received().map(\.messageID))
            for (id, row) in states where row.state == "sent" {
                #expect(arrived.contains(row.messageID), "message \(id) is marked sent but never arrived")
            }
        }
        // The kills fell while messages were being delivered, not only before or after.
        #expect(
            sentAfterKills.contains { $0 > 0 && $0 < Self.messages } && Set(sentAfterKills).count > 2,
            "sent after each kill: \(sentAfterKills)")
        // The last run delivers what is left (a message claimed at a kill waits out its lease).
        let server = try Self.serve(test.location, smtp: smtp.url)
        let deadline = ContinuousClock.now + .seconds(60)
        while try await Self.states(test.database).values.contains(where: { $0.state != "sent" }),
            ContinuousClock.now < deadline
        {
            try await Task.sleep(for: .milliseconds(200))
        }
        server.terminate()
        server.waitUntilExit()
        let states = try await Self.states(test.database)
        #expect(states.count == Self.messages && states.values.allSatisfy { $0.state == "sent" })
        let received = try smtp.received()
        let copies = Dictionary(grouping: received, by: \.messageID)
        #expect(Set(copies.keys) == Set(states.values.map(\.messageID)), "every message arrived, under its own id")
        for (id, group) in copies {
            #expect(Set(group.map(\.subject)).count == 1, "the copies of \(id) are the same message")
        }
        #expect(received.count - copies.count <= 20, "at most one second copy per kill")
        print(
            "outbox crash test: sent after each kill \(sentAfterKills), \(received.count - copies.count) second copies")
        await test.close()
    }

    static func serve(_ location: String, smtp: String) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "serve", "--database", location, "--port", "0", "--smtp-url", smtp, "--mail-from", "test@example.org",
            "--mail-lease", "5",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func states(_ database: Database) async throws -> [Int64: (state: String, messageID: String)] {
        try await database.read { db in
            var states: [Int64: (state: String, messageID: String)] = [:]
            for row in try await db.raw("SELECT id, state, message_id FROM mail_outbox").all() {
                states[try row.decode(column: "id", as: Int64.self)] = (
                    try row.decode(column: "state", as: String.self),
                    try row.decode(column: "message_id", as: String.self)
                )
            }
            return states
        }
    }
}
