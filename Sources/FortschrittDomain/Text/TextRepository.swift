/// Where strategy texts and their versions are kept. Every save of a draft and every publication
/// is logged (who, when, why, and the Markdown as saved); published versions never change.
public protocol TextRepository: Sendable {
    /// Every version of the strategy's text, oldest first, with their blocks.
    func versions(of strategy: Strategy) async throws -> [TextVersion]
    func version(number: Int, of strategy: Strategy) async throws -> TextVersion?
    /// When the strategy's latest text version was published (pages kept per state of the data).
    func lastPublished(of strategy: Strategy) async throws -> RecordedTime?
    /// Every block id any version of the strategy's text has had.
    func usedBlockIDs(of strategy: Strategy) async throws -> Set<BlockID>

    /// Makes or replaces the draft from Markdown, its blocks matched to the latest published
    /// version inside the write (`BlockMatching`); with `dryRun`, only says what it would save.
    @discardableResult
    func saveDraft(_ draft: DraftText, of strategy: Strategy, actor: String, dryRun: Bool) async throws
        -> BlockMatching
    /// Publishes the draft: from then on it never changes. Every comment on the version before gets
    /// its fate; `notice` (nil: none) makes the mail to the author of each whose block changed or is
    /// gone, queued in the same write.
    func publishDraft(
        of strategy: Strategy, phase: DiscussionPhase, actor: String, notice: CommentFateNotice?
    ) async throws -> TextVersion

    /// Blocks of the latest published texts (of any strategy) that name this measure of `catalogue`.
    func blocks(serving measure: MeasureNumber, of catalogue: Strategy) async throws -> [ServedGoal]
}

/// A draft as its author hands it in.
public struct DraftText: Sendable {
    public var title: String
    public var markdown: String
    public var note: String
    public var reason: String?
    /// The strategy whose catalogue `measures=` refers to (nil: the text's own strategy).
    public var catalogue: Strategy.ID?

    public init(
        title: String, markdown: String, note: String = "", reason: String? = nil, catalogue: Strategy.ID? = nil
    ) {
        self.title = title
        self.markdown = markdown
        self.note = note
        self.reason = reason
        self.catalogue = catalogue
    }
}

/// When a published version takes contributions, and how they are moderated.
public struct DiscussionPhase: Sendable, Hashable {
    public var opensOn: CalendarDate?
    public var closesOn: CalendarDate?
    public var moderation: TextVersion.Moderation

    public init(opensOn: CalendarDate?, closesOn: CalendarDate?, moderation: TextVersion.Moderation = .post)
        throws(RuleViolation)
    {
        if (opensOn == nil) != (closesOn == nil) { throw RuleViolation("closes", .phaseNeedsBothDates) }
        if let opensOn, let closesOn, closesOn < opensOn {
            throw RuleViolation("closes", .endsBeforeStart(end: closesOn.iso, start: opensOn.iso))
        }
        self.opensOn = opensOn
        self.closesOn = closesOn
        self.moderation = moderation
    }
}

/// A strategy goal a measure serves: the block and the text version it is in.
public struct ServedGoal: Hashable, Sendable {
    public var strategy: Strategy
    public var version: Int
    public var block: TextBlock

    public init(strategy: Strategy, version: Int, block: TextBlock) {
        self.strategy = strategy
        self.version = version
        self.block = block
    }
}

/// The mail telling a comment's author what became of its block in a new version.
public typealias CommentFateNotice = @Sendable (Contribution, CommentFate, TextVersion) -> MailMessage

extension TextRepository {
    /// Publishes without telling anyone (sample data, tests, a command line without a public address).
    public func publishDraft(of strategy: Strategy, phase: DiscussionPhase, actor: String) async throws
        -> TextVersion
    {
        try await publishDraft(of: strategy, phase: phase, actor: actor, notice: nil)
    }
}
