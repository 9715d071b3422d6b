/// Who reported a contribution: a participant or a staff member; anyone signed in may.
public enum Reporter: Hashable, Sendable {
    case participant(Participant.ID)
    case account(Account.ID)
}

/// A report of a contribution, with the reporter's reason. It waits in the moderators' queue as
/// new until a moderator keeps the contribution or hides it.
public struct ContributionReport: Hashable, Sendable {
    public typealias ID = Int64

    public enum Outcome: String, Hashable, Sendable, CaseIterable {
        case new, kept, hidden
    }

    public var id: ID
    public var contribution: Contribution.ID
    public var reason: String
    public var reportedAt: RecordedTime
    public var outcome: Outcome

    public init(id: ID, contribution: Contribution.ID, reason: String, reportedAt: RecordedTime, outcome: Outcome) {
        self.id = id
        self.contribution = contribution
        self.reason = reason
        self.reportedAt = reportedAt
        self.outcome = outcome
    }
}

/// What a moderator does with a contribution. Every action is logged with the moderator; none
/// changes the text except a redaction, whose log names the action and the moderator, never the
/// words removed.
public enum ModerationAction: Hashable, Sendable {
    /// Hides it (a visible one, or a pending one refused) with a reason shown in its place and
    /// mailed to its author.
    case hide(reason: String)
    /// Shows a hidden one again.
    case show
    /// Keeps it as it is: its reports are answered as kept.
    case keep
    /// Publishes one waiting for approval (pre-moderation).
    case approve
    /// Replaces a passage (personal data of others) with a mark.
    case redact(passage: String)
}

/// One entry of the moderators' queue: a contribution with its reports (and its author as
/// moderators see them: the display name even without consent to publish it, never the address).
public struct ModerationItem: Hashable, Sendable {
    public var contribution: Contribution
    public var strategySlug: String
    public var authorDisplayName: String
    public var reports: [ContributionReport]

    public init(
        contribution: Contribution, strategySlug: String, authorDisplayName: String, reports: [ContributionReport]
    ) {
        self.contribution = contribution
        self.strategySlug = strategySlug
        self.authorDisplayName = authorDisplayName
        self.reports = reports
    }
}

/// A participant in the moderators' list: no address, only what a badge needs.
public struct ParticipantEntry: Hashable, Sendable {
    public var id: Participant.ID
    public var displayName: String
    public var badge: Participant.Badge?
    public var registeredAt: RecordedTime
    public var contributions: Int

    public init(
        id: Participant.ID, displayName: String, badge: Participant.Badge?, registeredAt: RecordedTime,
        contributions: Int
    ) {
        self.id = id
        self.displayName = displayName
        self.badge = badge
        self.registeredAt = registeredAt
        self.contributions = contributions
    }
}

/// The queue's views: what waits (new reports, contributions awaiting approval), what was kept,
/// what is hidden.
public enum ModerationQueue: String, Hashable, Sendable, CaseIterable {
    case open, kept, hidden
}

/// The rules of reporting and moderating.
public enum ModerationRules {
    public static let reasonLimit = 1_000
    /// Reports a reporter may make an hour, like contributions.
    public static let reportsPerHour = ContributionRules.perHour
    /// What replaces a redacted passage.
    public static let redactionMark = "[…]"

    /// A reason (a report's, a moderator's): 3 to 1,000 characters, one or more lines.
    public static func reason(_ text: String, _ field: String) throws(RuleViolation) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try Input.text(trimmed, field, limit: reasonLimit, multiline: true)
        guard trimmed.count >= 3 else { throw RuleViolation(field, .reasonRequired) }
        return trimmed
    }

    /// Whether the action may be taken on a contribution in this state.
    public static func check(_ action: ModerationAction, on contribution: Contribution) throws(RuleViolation) {
        let allowed: Bool
        switch action {
        case .hide: allowed = contribution.state == .visible || contribution.state == .pending
        case .show: allowed = contribution.state == .hidden
        case .keep: allowed = contribution.state == .visible
        case .approve: allowed = contribution.state == .pending
        case .redact: allowed = contribution.state != .withdrawn
        }
        guard allowed else { throw RuleViolation("aktion", .moderationNotPossible(contribution.state.rawValue)) }
    }

    /// The text with every occurrence of the passage replaced by the mark; refused when the
    /// passage is not in the text.
    public static func redacted(_ text: String, passage: String) throws(RuleViolation) -> String {
        let wanted = passage.trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try Input.text(wanted, "passage", limit: maximumPassage, multiline: true)
        guard !wanted.isEmpty, text.contains(wanted) else { throw RuleViolation("passage", .passageNotInText) }
        let redacted = text.replacingOccurrences(of: wanted, with: redactionMark)
        guard redacted != text else { throw RuleViolation("passage", .passageNotInText) }
        return redacted
    }

    static let maximumPassage = ContributionRules.maximumLength
}

/// Where reports and moderation are kept. Each write checks its rule against the current state
/// inside the transaction; a hide puts the author's notice in the outbox in the same write.
public protocol ModerationRepository: Sendable {
    /// Files a report; a reporter reports a contribution once (a second report changes nothing).
    func report(
        _ contribution: Contribution.ID, reason: String, by reporter: Reporter, at time: RecordedTime
    ) async throws
    /// Takes the action as the given moderator. `notice` (for a hide) is addressed to the author by
    /// the write and queued with it; an author without an address (erased) gets none.
    func moderate(
        _ contribution: Contribution.ID, _ action: ModerationAction, by moderator: Account,
        notice: MailMessage?, at time: RecordedTime
    ) async throws
    func queue(_ queue: ModerationQueue, limit: Int) async throws -> [ModerationItem]
    func item(_ contribution: Contribution.ID) async throws -> ModerationItem?
    /// Confirmed participants whose display name contains the text (all when empty), by name; as
    /// moderators see them, without their address.
    func participants(named: String, limit: Int) async throws -> [ParticipantEntry]
    /// Marks a participant as an organisation or expert (or neither).
    func setBadge(
        _ badge: Participant.Badge?, of participant: Participant.ID, by moderator: Account, at time: RecordedTime
    ) async throws
}
