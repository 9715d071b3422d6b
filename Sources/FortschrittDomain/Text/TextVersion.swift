/// One version of a strategy's text. A draft is edited freely (every save is logged); a published
/// version never changes — the database refuses it — and may be open for discussion between two
/// dates.
public struct TextVersion: Hashable, Sendable {
    public typealias ID = Int64

    public enum State: String, Hashable, Sendable, Codable {
        case draft, published
    }

    /// How contributions appear: at once (post-moderation, the default) or after a moderator's approval.
    public enum Moderation: String, Hashable, Sendable, Codable {
        case post, pre
    }

    public var id: ID
    public var strategy: Strategy.ID
    /// 1, 2, 3 … in the order the versions were made.
    public var number: Int
    public var title: String
    public var state: State
    public var blocks: [TextBlock]
    /// What changed against the version before, in the authors' words (the diff says it exactly).
    public var note: String
    public var publishedAt: RecordedTime?
    public var publishedBy: String?
    /// The discussion phase: contributions are taken from `opensOn` through `closesOn`.
    public var opensOn: CalendarDate?
    public var closesOn: CalendarDate?
    public var moderation: Moderation
    /// The strategy whose catalogue the blocks' measures belong to.
    public var catalogue: Strategy.ID

    public init(
        id: ID, strategy: Strategy.ID, number: Int, title: String, state: State, blocks: [TextBlock],
        note: String = "", publishedAt: RecordedTime? = nil, publishedBy: String? = nil, opensOn: CalendarDate? = nil,
        closesOn: CalendarDate? = nil, moderation: Moderation = .post, catalogue: Strategy.ID? = nil
    ) {
        self.catalogue = catalogue ?? strategy
        self.id = id
        self.strategy = strategy
        self.number = number
        self.title = title
        self.state = state
        self.blocks = blocks
        self.note = note
        self.publishedAt = publishedAt
        self.publishedBy = publishedBy
        self.opensOn = opensOn
        self.closesOn = closesOn
        self.moderation = moderation
    }

    /// Whether contributions are taken on `day`.
    public func isOpen(on day: CalendarDate) -> Bool {
        guard state == .published, let opensOn, let closesOn else { return false }
        return opensOn <= day && day <= closesOn
    }

    public func block(_ id: BlockID) -> TextBlock? { blocks.first { $0.id == id } }
}
