/// A comment on a block of a published version, or a reply to one. Never changed and never deleted
/// by anyone but its author's erasure: moderation hides it (with a reason), it does not rewrite it.
public struct Contribution: Hashable, Sendable {
    public typealias ID = Int64

    public enum State: String, Hashable, Sendable {
        case visible
        /// Waiting for a moderator (pre-moderated phase).
        case pending
        case hidden
        /// Deleted by its author when erasing their account: the text is gone, the number stays.
        case withdrawn
    }

    public var id: ID
    public var strategy: Strategy.ID
    public var anchor: QuoteAnchor
    public var replyTo: ID?
    public var author: Participant.ID
    /// The name shown: the display name with consent to publish it, else none (shown as a
    /// participant without name).
    public var authorName: String?
    public var text: String
    public var createdAt: RecordedTime
    public var state: State
    /// Why a moderator hid it: shown publicly in its place.
    public var hiddenReason: String?
    /// The author's badge (organisation, expert), set by a moderator.
    public var authorBadge: Participant.Badge?
    /// The author erased their account: shown under a pseudonym made from their number.
    public var authorErased = false
    /// Where it came from when staff entered it (letter, e-mail, event); nil for one made online.
    public var source: ContributionSource?
    /// The contribution this is a segment of, when staff cut it from one (`NewSegment`).
    public var segmentOf: ID?

    public var channel: ContributionChannel { source?.channel ?? .online }
    /// The day it reached the city: the day it arrived, or the day it was made online.
    public var receivedOn: CalendarDate { source?.receivedOn ?? createdAt.day }

    public init(
        id: ID, strategy: Strategy.ID, anchor: QuoteAnchor, replyTo: ID?, author: Participant.ID, authorName: String?,
        text: String, createdAt: RecordedTime, state: State, hiddenReason: String? = nil,
        authorBadge: Participant.Badge? = nil
    ) {
        self.hiddenReason = hiddenReason
        self.authorBadge = authorBadge
        self.id = id
        self.strategy = strategy
        self.anchor = anchor
        self.replyTo = replyTo
        self.author = author
        self.authorName = authorName
        self.text = text
        self.createdAt = createdAt
        self.state = state
    }
}

extension Contribution {
    /// What the public may see of it: a hidden or withdrawn contribution keeps its number, place and
    /// reason, never its text.
    public var publicView: Contribution {
        guard state != .visible else { return self }
        var shown = self
        shown.text = ""
        return shown
    }
}

/// Agreement with a block: one per participant, block and version, changeable while the version is open.
public enum Agreement: String, Hashable, Sendable, CaseIterable {
    case agree, disagree
}

/// What one block has had: its contributions and the agreement counted.
public struct BlockContributions: Hashable, Sendable {
    public var comments: [Contribution] = []
    /// The segments staff cut from these comments, by comment, in the order they were cut; each
    /// concerns a block of its own, perhaps another.
    public var segments: [Contribution.ID: [Contribution]] = [:]
    public var agree = 0
    public var disagree = 0

    public init() {}
}

/// What a version's page shows of a block's discussion: how many comments (with replies; hidden
/// ones count, they keep their place), how many agree and disagree, and how many comments on
/// earlier versions the block carries on.
public struct BlockTally: Hashable, Sendable {
    public var comments = 0
    public var agree = 0
    public var disagree = 0
    public var earlier = 0

    public init(comments: Int = 0, agree: Int = 0, disagree: Int = 0, earlier: Int = 0) {
        self.comments = comments
        self.agree = agree
        self.disagree = disagree
        self.earlier = earlier
    }
}

/// The rules for contributing: a published version open on the day, a confirmed participant, a
/// block of that version, a text of 1–5,000 characters, at most `perHour` contributions an hour.
public enum ContributionRules {
    public static let perHour = 20
    /// Logged changes (contributions and agreement) a participant may make an hour.
    public static let changesPerHour = 100
    public static let maximumLength = 5_000

    public static func check(
        version: TextVersion, block: BlockID, participant: Participant, text: String, today: CalendarDate,
        lastHour: Int
    ) throws(RuleViolation) -> String {
        guard version.isOpen(on: today) else { throw RuleViolation("version", .discussionNotOpen) }
        guard version.block(block) != nil else { throw RuleViolation("block", .noSuchBlock(block.text)) }
        guard participant.confirmedAt != nil else { throw RuleViolation("participant", .addressNotConfirmed) }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw RuleViolation("text", .contributionNeedsText) }
        _ = try Input.text(trimmed, "text", limit: maximumLength, multiline: true)
        guard lastHour < perHour else { throw RuleViolation("text", .tooManyContributions(perHour)) }
        return trimmed
    }
}

/// Where contributions and agreement are kept; every contribution and every change of agreement
/// is logged (append-only).
public protocol ContributionRepository: Sendable {
    /// Stores a comment (or reply) after checking the rules inside the write; returns it.
    /// `notices` make the mails queued with it: the author's receipt with the contribution's number,
    /// and, for a reply, a note to the author of the comment answered.
    func comment(
        on version: TextVersion, anchor: QuoteAnchor, replyTo: Contribution.ID?, text: String,
        by participant: Participant, today: CalendarDate, at time: RecordedTime, notices: ContributionNotices?
    ) async throws -> Contribution
    /// Stores a contribution that arrived by letter, e-mail or at an event, entered by staff (`actor`),
    /// after checking it against the version and its events inside the write; returns it. No mail:
    /// no address of its sender is kept.
    func enter(
        _ entry: EnteredContribution, on version: TextVersion, events: [DiscussionEvent], actor: String,
        today: CalendarDate, at time: RecordedTime
    ) async throws -> Contribution
    /// Sets (or changes) a participant's agreement with a block of an open version.
    func agree(
        _ agreement: Agreement, on version: TextVersion, block: BlockID, by participant: Participant,
        today: CalendarDate, at time: RecordedTime
    ) async throws
    /// Per block of the version (or of the one block given): its public contributions (replies
    /// after the comment they answer) and agreement counts.
    func contributions(to version: TextVersion, block: BlockID?) async throws -> [BlockID: BlockContributions]
    /// How many people took part in the version's discussion: wrote a contribution (or were entered
    /// as a sender) or gave their agreement.
    func participantCount(of version: TextVersion) async throws -> Int
    /// Per channel the version's public contributions, each counted once however it was cut.
    func channelCounts(of version: TextVersion) async throws -> [ContributionChannel: Int]
    /// Per block of the version: its discussion counted (for the version's page, without reading it).
    func tallies(of version: TextVersion) async throws -> [BlockID: BlockTally]
    func contribution(id: Contribution.ID) async throws -> Contribution?
    /// Cuts a segment from a contribution of the version (`SegmentRules`, checked inside the write,
    /// which logs who cut it); returns it. It is decided like a contribution, its contribution no
    /// longer as a whole.
    func segment(_ segment: NewSegment, on version: TextVersion, actor: String, at time: RecordedTime) async throws
        -> Contribution
    /// Takes back a segment of the version cut by mistake (`SegmentRules.takeBack`, checked inside
    /// the write, which logs who took it back and why).
    func takeBack(
        segment: Contribution.ID, on version: TextVersion, reason: String, actor: String, at time: RecordedTime
    ) async throws
    /// A participant's own agreement per block of the version.
    func agreements(of participant: Participant.ID, on version: TextVersion) async throws -> [BlockID: Agreement]
    /// When each version's discussion last changed (a contribution, its moderation, an agreement),
    /// by strategy and version number: a version's pages are kept per that time.
    func lastChanges() async throws -> [Strategy.ID: [Int: RecordedTime]]
    /// Comments on earlier versions whose block this version (or the one block given) still has,
    /// with what became of them when this version was published.
    func earlierComments(on version: TextVersion, block: BlockID?) async throws
        -> [BlockID: [(Contribution, CommentFate)]]
}

/// The mails a contribution causes, made by the caller (who knows the site's address and the
/// language); the write addresses and queues them with the contribution.
public struct ContributionNotices: Sendable {
    public var receipt: @Sendable (Contribution) -> MailMessage
    public var reply: @Sendable (Contribution) -> MailMessage

    public init(
        receipt: @escaping @Sendable (Contribution) -> MailMessage,
        reply: @escaping @Sendable (Contribution) -> MailMessage
    ) {
        self.receipt = receipt
        self.reply = reply
    }
}

extension ContributionRepository {
    /// A contribution without mail (sample data, tests).
    public func comment(
        on version: TextVersion, anchor: QuoteAnchor, replyTo: Contribution.ID?, text: String,
        by participant: Participant, today: CalendarDate, at time: RecordedTime
    ) async throws -> Contribution {
        try await comment(
            on: version, anchor: anchor, replyTo: replyTo, text: text, by: participant, today: today, at: time,
            notices: nil)
    }

    public func contributions(to version: TextVersion) async throws -> [BlockID: BlockContributions] {
        try await contributions(to: version, block: nil)
    }

    public func earlierComments(on version: TextVersion) async throws -> [BlockID: [(Contribution, CommentFate)]] {
        try await earlierComments(on: version, block: nil)
    }
}
