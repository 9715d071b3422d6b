import FortschrittDomain

/// The administrators' view of the mail outbox: what waits, what was sent, what failed and why.
/// Without an SMTP server (`serve` without `--smtp-url`, as in the demo) nothing is sent, and the
/// waiting messages can be read here in full.
struct OutboxModel: Sendable {
    var siteName: String
    var messages: [QueuedMail]
    var delivering: Bool

    static func load(_ outbox: any MailOutbox, siteName: String, delivering: Bool) async throws -> OutboxModel {
        OutboxModel(siteName: siteName, messages: try await outbox.recent(limit: 200), delivering: delivering)
    }
}
