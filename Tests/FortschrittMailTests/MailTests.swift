import FortschrittDomain
import FortschrittMail
import FortschrittTestSupport
import Foundation
import Testing

/// Mail through a real SMTP server on 127.0.0.1 (aiosmtpd, started per test), read back with
/// Python's own mail parser.
@Suite struct SMTPTests {
    static func mail(to: String = "buerger@example.org", subject: String, body: String) -> QueuedMail {
        QueuedMail(
            id: 1, message: MailMessage(kind: "test", to: to, subject: subject, body: body),
            messageID: "<test.\(UUID().uuidString)@fortschritt.invalid>", queuedAt: .now(), state: .waiting,
            attempts: 1, nextAttemptAt: nil, sentAt: nil, lastError: nil)
    }

    static func sender(_ url: String, ca: String? = nil) throws -> SMTPSender {
        SMTPSender(
            configuration: try SMTPConfiguration(url: url, trustedCertificates: ca),
            composer: try MailComposer(fromAddress: "strategie@stadt.example", fromName: "Strategiebüro „Süd“"),
            timeout: .seconds(10))
    }

    @Test func aMessageArrivesAsWrittenAndHostileTextStaysText() async throws {
        let server = try TestSMTPServer()
        let subject =
            "Bestätigen Sie Ihre Adresse\r\nBcc: alle@example.org — ein sehr langer Betreff mit Umlauten äöü"
        let body =
            "Hallo Jörg,\n.\n.zeile mit Punkt\r\nBcc: niemand@example.org\n\n" + String(repeating: "x", count: 500)
        let mail = Self.mail(subject: subject, body: body)
        try await Self.sender(server.url).send(mail, accepted: {})
        let received = try #require(try await server.waitFor(1).first)
        #expect(received.subject == subject.replacingOccurrences(of: "\r\n", with: "  "), "one line, as text")
        let text = { (text: String) in text.replacingOccurrences(of: "\r\n", with: "\n") }
        #expect(text(received.body) == text(body))
        #expect(received.mailFrom == "strategie@stadt.example" && received.rcptTos == ["buerger@example.org"])
        #expect(received.messageID == mail.messageID)
        #expect(received.from.contains("Strategiebüro „Süd“"))
        #expect(!received.headerNames.contains("Bcc"))
        #expect(received.headerNames.contains("Auto-Submitted"))
    }

    @Test func addressesThatCouldCarryCommandsAreRefusedBeforeConnecting() async throws {
        let hostile = ["a@b.example\r\nRCPT TO:<x@y>", "a b@example.org", "<a@b>", "ohne-at", "a@b@c", "ä@b.example"]
        for address in hostile {
            #expect(throws: MailAddress.Refused.self) { try MailAddress.checked(address) }
        }
        #expect(throws: SMTPConfiguration.Invalid.self) { try SMTPConfiguration(url: "http://127.0.0.1") }
        #expect(throws: SMTPConfiguration.Invalid.self) {
            try SMTPConfiguration(url: "smtp://user:pw@mail.example?starttls=never")
        }
        #expect(try SMTPConfiguration(url: "smtp://mail.example").startTLS == .required)
        #expect(try SMTPConfiguration(url: "smtp://127.0.0.1:2525").startTLS == .ifOffered)
    }

    @Test func startTLSAndLoginWithTheCitysOwnCertificate() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let (cert, key) = (
            directory.appendingPathComponent("cert.pem").path, directory.appendingPathComponent("key.pem").path
        )
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        openssl.arguments = [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert,
        ]
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        #expect(openssl.terminationStatus == 0)
        let server = try TestSMTPServer(arguments: [
            "--tls-cert", cert, "--tls-key", key, "--login", "fortschritt:geheim",
        ])
        try await Self.sender("smtp://fortschritt:geheim@127.0.0.1:\(server.port)?starttls=required", ca: cert)
            .send(Self.mail(subject: "Über TLS", body: "verschlüsselt"), accepted: {})
        let received = try #require(try await server.waitFor(1).first)
        #expect(received.tls && received.subject == "Über TLS")
        // A wrong password is refused by the server, and a certificate not trusted ends the handshake.
        let started = Date()
        await #expect(throws: (any Error).self) {
            try await Self.sender("smtp://fortschritt:falsch@127.0.0.1:\(server.port)?starttls=required", ca: cert)
                .send(Self.mail(subject: "x", body: "x"), accepted: {})
        }
        await #expect(throws: (any Error).self) {
            try await Self.sender("smtp://fortschritt:geheim@127.0.0.1:\(server.port)?starttls=required")
                .send(Self.mail(subject: "x", body: "x"), accepted: {})
        }
        #expect(try server.received().count == 1)
        #expect(Date().timeIntervalSince(started) < 5, "refused at once, not by the time limit")
    }

    @Test func startTLSRequiredButNotOfferedSendsNothing() async throws {
        let server = try TestSMTPServer()
        await #expect(throws: SMTPSender.Failure.self) {
            try await Self.sender("smtp://127.0.0.1:\(server.port)?starttls=required")
                .send(Self.mail(subject: "x", body: "x"), accepted: {})
        }
        #expect(try server.received().isEmpty)
    }

    @Test func aServerThatSaysNothingRunsIntoTheTimeLimit() async throws {
        let listener = try Socket.listening()
        defer { listener.close() }
        let sender = SMTPSender(
            configuration: try SMTPConfiguration(url: "smtp://127.0.0.1:\(listener.port)"),
            composer: try MailComposer(fromAddress: "a@b.example", fromName: "x"), timeout: .milliseconds(500))
        let started = Date()
        await #expect(throws: (any Error).self) {
            try await sender.send(Self.mail(subject: "x", body: "x"), accepted: {})
        }
        #expect(Date().timeIntervalSince(started) < 5)
    }
}

/// A listening socket that accepts nothing and says nothing.
struct Socket {
    let descriptor: Int32
    let port: Int

    static func listening() throws -> Socket {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        listen(descriptor, 4)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return Socket(descriptor: descriptor, port: Int(UInt16(bigEndian: address.sin_port)))
    }

    func close() { _ = Glibc.close(descriptor) }
}
