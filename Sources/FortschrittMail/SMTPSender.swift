import FortschrittDomain
import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// Hands messages to an SMTP server (RFC 5321), one connection per message: EHLO, STARTTLS where
/// configured, AUTH PLAIN where a login is given, MAIL FROM, RCPT TO, DATA, QUIT. No SMTP package
/// is among the packages this project may use, so the client is this small one on SwiftNIO; every
/// reply is read through a bounded parser (`SMTPReply`), and every step has a time limit.
public struct SMTPSender: MailSender {
    let configuration: SMTPConfiguration
    let composer: MailComposer
    let timeout: Duration

    public init(configuration: SMTPConfiguration, composer: MailComposer, timeout: Duration = .seconds(30)) {
        self.configuration = configuration
        self.composer = composer
        self.timeout = timeout
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        /// A 5xx answer: the server will not take this message, however often it is tried.
        public var permanent: Bool
    }

    public func send(_ mail: QueuedMail, accepted: @escaping @Sendable () async throws -> Void) async throws {
        let message = try composer.compose(mail, date: Date())
        let recipient = try MailAddress.checked(mail.message.to)
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(10))
            .connect(host: configuration.host, port: configuration.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        // The whole conversation has one time limit; when it runs out the connection is closed.
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await channel.executeThenClose { inbound, outbound in
                    var session = SMTPSession(replies: SMTPReplyReader(inbound.makeAsyncIterator()), outbound: outbound)
                    do {
                        try await converse(
                            &session, channel: channel.channel, message: message, recipient: recipient,
                            accepted: accepted)
                    } catch let refused as Failure {
                        // Said goodbye, the server closes the connection (and its TLS) at once.
                        _ = try? await session.command("QUIT", expect: 221)
                        throw refused
                    }
                }
            }
            group.addTask { [timeout] in
                try await Task.sleep(for: timeout)
                channel.channel.close(promise: nil)
                throw Failure(description: "the server did not answer within \(timeout)", permanent: false)
            }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    private func converse(
        _ session: inout SMTPSession, channel: any Channel, message: String, recipient: String,
        accepted: @Sendable () async throws -> Void
    ) async throws {
        try await session.expect(220, after: nil)
        var features = try await session.command("EHLO \(configuration.clientName)", expect: 250)
        if configuration.startTLS != .never {
            if features.lines.contains(where: { $0.uppercased().hasPrefix("STARTTLS") }) {
                _ = try await session.command("STARTTLS", expect: 220)
                try await startTLS(on: channel)
                features = try await session.command("EHLO \(configuration.clientName)", expect: 250)
            } else if configuration.startTLS == .required {
                throw Failure(description: "the server does not offer STARTTLS", permanent: false)
            }
        }
        if let username = configuration.username {
            let plain = Data(("\u{0}" + username + "\u{0}" + (configuration.password ?? "")).utf8)
            _ = try await session.command("AUTH PLAIN \(plain.base64EncodedString())", expect: 235)
        }
        _ = try await session.command("MAIL FROM:<\(composer.fromAddress)>", expect: 250)
        _ = try await session.command("RCPT TO:<\(recipient)>", expect: 250, 251)
        _ = try await session.command("DATA", expect: 354)
        try await session.send(Self.dotStuffed(message) + ".\r\n")
        try await session.expect(250, after: "the message")
        try await accepted()
        _ = try? await session.command("QUIT", expect: 221)
    }

    private func startTLS(on channel: any Channel) async throws {
        var tls = TLSConfiguration.makeClientConfiguration()
        if let file = configuration.trustedCertificates { tls.trustRoots = .file(file) }
        let context = try NIOSSLContext(configuration: tls)
        let host = configuration.host
        try await channel.eventLoop.submit {
            let handler = try NIOSSLClientHandler(
                context: context, serverHostname: host.first?.isNumber == true ? nil : host)
            try channel.pipeline.syncOperations.addHandler(handler, position: .first)
        }.get()
    }

    /// A line starting with "." gets another one (RFC 5321 4.5.2); base64 bodies have none, headers
    /// might.
    static func dotStuffed(_ message: String) -> String {
        message.split(separator: "\r\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix(".") ? "." + line : String(line)
        }.joined(separator: "\r\n")
    }
}

/// One conversation: commands out, replies in.
struct SMTPSession {
    var replies: SMTPReplyReader
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>

    mutating func command(_ line: String, expect codes: Int...) async throws -> SMTPReply {
        try await send(line + "\r\n")
        let reply = try await replies.next()
        guard codes.contains(reply.code) else {
            let shown = line.hasPrefix("AUTH") ? "AUTH" : line
            throw SMTPSender.Failure(
                description: "\(shown): the server answered \(reply.code) \(reply.lines.joined(separator: " "))",
                permanent: reply.code >= 500)
        }
        return reply
    }

    mutating func expect(_ code: Int, after what: String?) async throws {
        let reply = try await replies.next()
        guard reply.code == code else {
            throw SMTPSender.Failure(
                description: "\(what.map { "after \($0): " } ?? "")the server answered \(reply.code) "
                    + reply.lines.joined(separator: " "),
                permanent: reply.code >= 500)
        }
    }

    func send(_ text: String) async throws {
        try await outbound.write(ByteBuffer(string: text))
    }
}
