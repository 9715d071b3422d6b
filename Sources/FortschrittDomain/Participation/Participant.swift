/// A citizen (or an organisation, or an expert) taking part in the discussion. Separate from staff
/// accounts: another table, another sign-in, no staff rights ever. Only the display name is public.
public struct Participant: Hashable, Sendable {
    public typealias ID = Int64

    /// Set by a moderator, shown beside the name.
    public enum Badge: String, Hashable, Sendable, CaseIterable {
        case organisation, expert
    }

    public var id: ID
    public var email: String
    public var displayName: String
    public var registeredAt: RecordedTime
    /// When the address was confirmed through the link mailed to it; until then nothing is public.
    public var confirmedAt: RecordedTime?
    /// Consent to processing the data needed to take part (required to register).
    public var consentToProcessAt: RecordedTime
    /// Consent to publishing contributions under the display name, asked for separately.
    public var consentToPublishAt: RecordedTime?
    public var badge: Badge?
    /// Names the password hash a session began with (as for staff): a new password ends the others.
    public var passwordTag: String

    public init(
        id: ID, email: String, displayName: String, registeredAt: RecordedTime, confirmedAt: RecordedTime?,
        consentToProcessAt: RecordedTime, consentToPublishAt: RecordedTime?, badge: Badge?, passwordTag: String = ""
    ) {
        self.passwordTag = passwordTag
        self.id = id
        self.email = email
        self.displayName = displayName
        self.registeredAt = registeredAt
        self.confirmedAt = confirmedAt
        self.consentToProcessAt = consentToProcessAt
        self.consentToPublishAt = consentToPublishAt
        self.badge = badge
    }
}

/// What someone enters to register, checked before anything is stored.
public struct Registration: Sendable, Hashable {
    public var email: String
    public var displayName: String
    public var consentToProcess: Bool
    public var consentToPublish: Bool

    /// How long the confirmation link holds, and how long an unconfirmed registration is kept.
    public static let confirmationHours: Int64 = 48

    public init(email: String, displayName: String, consentToProcess: Bool, consentToPublish: Bool) {
        self.email = email
        self.displayName = displayName
        self.consentToProcess = consentToProcess
        self.consentToPublish = consentToPublish
    }

    /// The registration with its address normalised; refused with the field named. A display name
    /// is public, so it may not be an address.
    public func checked(password: String) throws(RuleViolation) -> Registration {
        var checked = self
        checked.email = NewAccount.normalised(email: email)
        try NewAccount.check(email: checked.email)
        checked.displayName = displayName.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        _ = try Input.text(checked.displayName, "name", limit: 60)
        if checked.displayName.count < 2 { throw RuleViolation("name", .displayNameTooShort) }
        if checked.displayName.contains("@") { throw RuleViolation("name", .displayNameIsAnAddress) }
        try PasswordRule.check(password)
        if !consentToProcess { throw RuleViolation("consent", .consentRequired) }
        return checked
    }
}

/// Where participants are kept. Registration, its mail and its consent are one write.
public protocol ParticipantRepository: Sendable {
    /// Registers an address and puts `confirmation` (which carries the token whose hash is
    /// `tokenHash`) in the outbox, in one write. An address already registered gets
    /// `alreadyRegistered` instead, and nothing else changes: the page says the same either way, so
    /// it tells nobody who takes part. Without messages (sample data) nothing is mailed.
    func register(
        _ registration: Registration, passwordHash: String, tokenHash: String, at time: RecordedTime,
        confirmation: MailMessage?, alreadyRegistered: MailMessage?
    ) async throws
    /// Confirms the address the token (given by its hash) was mailed to; nil when it is unknown or
    /// expired. A token confirms once.
    func confirm(tokenHash: String, at time: RecordedTime) async throws -> Participant?
    func participant(id: Participant.ID) async throws -> Participant?
    /// The participant and the password hash, for signing in.
    func credentials(email: String) async throws -> (participant: Participant, passwordHash: String)?
    func participant(email: String) async throws -> Participant?
    /// Removes registrations never confirmed within `Registration.confirmationHours`; returns how many.
    func expireUnconfirmed(at time: RecordedTime) async throws -> Int
    /// Everything kept about a participant, for them to download.
    func export(_ id: Participant.ID) async throws -> ParticipantData?
    /// Erases the account: address, name and password go, so do sign-in records and mail still
    /// waiting for them; contributions stay under a pseudonym, or are withdrawn (their text erased)
    /// when `withdrawingContributions`. The log records the erasure, nothing erased.
    func erase(_ id: Participant.ID, withdrawingContributions: Bool, at time: RecordedTime) async throws
    /// Follows a target, or changes how often they hear of it; logged.
    func follow(
        _ target: Follow.Target, frequency: Follow.Frequency, by id: Participant.ID, at time: RecordedTime
    ) async throws
    /// Stops following a target (nothing when they did not follow it); logged.
    func unfollow(_ target: Follow.Target, by id: Participant.ID, at time: RecordedTime) async throws
    /// No more mail but what registering needs (one-click unsubscribe); logged. Nothing for an erased account.
    func stopAllMail(_ id: Participant.ID, at time: RecordedTime) async throws
    /// What the participant follows, in the order they began.
    func follows(of id: Participant.ID) async throws -> [Follow]
    /// The notification job, in one write: what happened since its watermarks to followed targets is
    /// mailed at once or kept for the digest, and the digests of the day are queued once it is time.
    /// Two instances running it at once take turns; nothing is queued twice or lost.
    func notifyFollowers(at time: RecordedTime, mails: FollowMails) async throws -> FollowRun
}

/// What a participant can download about themselves.
public struct ParticipantData: Sendable {
    public struct AgreementEntry: Sendable, Hashable {
        public var version: Int
        public var block: String
        public var value: Agreement
        public var updatedAt: RecordedTime
        public init(version: Int, block: String, value: Agreement, updatedAt: RecordedTime) {
            self.version = version
            self.block = block
            self.value = value
            self.updatedAt = updatedAt
        }
    }

    public struct ReportEntry: Sendable, Hashable {
        public var contribution: Contribution.ID
        public var reason: String
        public var reportedAt: RecordedTime
        public init(contribution: Contribution.ID, reason: String, reportedAt: RecordedTime) {
            self.contribution = contribution
            self.reason = reason
            self.reportedAt = reportedAt
        }
    }

    public var participant: Participant
    public var contributions: [Contribution]
    public var agreements: [AgreementEntry]
    public var reports: [ReportEntry]
    public var follows: [Follow]
    /// What happened to the account (registered, confirmed, …), oldest first.
    public var log: [(recordedAt: RecordedTime, action: String)]

    public init(
        participant: Participant, contributions: [Contribution], agreements: [AgreementEntry], reports: [ReportEntry],
        log: [(recordedAt: RecordedTime, action: String)], follows: [Follow] = []
    ) {
        self.follows = follows
        self.participant = participant
        self.contributions = contributions
        self.agreements = agreements
        self.reports = reports
        self.log = log
    }
}
