/// A message to one person, as the cause of it wrote it: stored in the outbox in the same
/// transaction as what caused it, and delivered later by the mail worker.
public struct MailMessage: Sendable, Hashable {
    /// Why it is sent ("sign-in-locked", "confirm-address", …): kept after delivery, without the rest.
    public var kind: String
    public var to: String
    public var subject: String
    /// Plain text.
    public var body: String
    /// Whom a one-click unsubscribe link in it is for, and what it ends; nil for mail that must reach
    /// its recipient (the confirmation of an address, staff mail).
    public var unsubscribe: Unsubscribe?

    /// What an unsubscribe link ends: one follow (its target's key) or all mail to a participant.
    public struct Unsubscribe: Sendable, Hashable {
        public static let all = "all"
        public var participant: Int64
        /// `Unsubscribe.all` or a follow's target key.
        public var scope: String

        public init(participant: Int64, scope: String = Unsubscribe.all) {
            self.participant = participant
            self.scope = scope
        }
    }

    public init(kind: String, to: String, subject: String, body: String, unsubscribe: Unsubscribe? = nil) {
        self.kind = kind
        self.to = to
        self.subject = subject
        self.body = body
        self.unsubscribe = unsubscribe
    }
}

/// A message in the outbox. After delivery only its kind, subject and times are kept: the address
/// and the text are erased, so the outbox holds no personal data longer than it must.
public struct QueuedMail: Sendable, Hashable {
    public typealias ID = Int64
    public enum State: String, Sendable {
        case waiting, sent
        /// Delivery was given up after `MailRetry.attempts` tries.
        case failed
    }

    public var id: ID
    public var message: MailMessage
    /// The message's `Message-ID`, fixed when it was queued: a retry sends the same id, so a
    /// receiving system recognises a message it has already been given.
    public var messageID: String
    public var queuedAt: RecordedTime
    public var state: State
    public var attempts: Int
    public var nextAttemptAt: RecordedTime?
    public var sentAt: RecordedTime?
    public var lastError: String?

    public init(
        id: ID, message: MailMessage, messageID: String, queuedAt: RecordedTime, state: State, attempts: Int,
        nextAttemptAt: RecordedTime?, sentAt: RecordedTime?, lastError: String?
    ) {
        self.id = id
        self.message = message
        self.messageID = messageID
        self.queuedAt = queuedAt
        self.state = state
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.sentAt = sentAt
        self.lastError = lastError
    }
}

/// When a failed delivery is tried again: after 1, 2, 4 … minutes, at most six hours apart, and
/// given up after the tenth attempt (some three days), when the message stays in the outbox as failed.
public enum MailRetry {
    public static let attempts = 10

    /// Seconds to wait after the given number of failed attempts (1 after the first).
    public static func delay(afterAttempts attempts: Int) -> Int64 {
        let doubling = Int64(1) << Int64(min(max(attempts - 1, 0), 20))
        return min(60 * doubling, 6 * 3_600)
    }
}

/// The outbox: messages wait here until the mail worker delivers them. A message is claimed for a
/// lease before it is sent, so that two workers (two server instances) never send it both, and a
/// worker that dies while sending leaves it to be claimed again when the lease runs out.
public protocol MailOutbox: Sendable {
    /// The next message due at `now`, claimed until `now + leaseSeconds`; nil when none is due.
    func claimNext(now: RecordedTime, leaseSeconds: Int64) async throws -> QueuedMail?
    /// The server accepted the message: it is marked sent and its address and text are erased.
    func delivered(_ id: QueuedMail.ID, at time: RecordedTime) async throws
    /// Delivery failed: tried again after `MailRetry.delay`, or given up after the last attempt.
    func failed(_ id: QueuedMail.ID, error: String, at time: RecordedTime) async throws
    /// The newest messages first, for the administrators' view.
    func recent(limit: Int) async throws -> [QueuedMail]
}

/// Hands a message to a mail server (SMTP in production, a fake in tests).
public protocol MailSender: Sendable {
    /// Sends the message; `accepted` runs as soon as the server has taken it, before the goodbye,
    /// so that the message is marked sent within the least time a crash could fall into.
    func send(_ mail: QueuedMail, accepted: @escaping @Sendable () async throws -> Void) async throws
}
