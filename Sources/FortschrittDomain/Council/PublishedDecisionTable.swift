import Foundation

/// A version's Abwägungstabelle as laid before the council with a paper: its documents are kept
/// byte for byte as published, with a SHA-256 (and for OParl a SHA-512 and the size) of each.
/// A version's table is published once.
public struct PublishedDecisionTable: Hashable, Sendable {
    public var id: Int64
    public var strategy: Int64
    public var version: Int
    /// The number of the council paper it is a file of.
    public var paper: String
    /// The document's title as published.
    public var title: String
    public var publishedAt: RecordedTime
    public var actor: String
    /// By format ("docx", "csv", "html"): "docx" the SHA-256, "docx.sha512", "docx.size".
    public var hashes: [String: String]

    public init(
        id: Int64, strategy: Int64, version: Int, paper: String, title: String, publishedAt: RecordedTime,
        actor: String, hashes: [String: String]
    ) {
        self.id = id
        self.strategy = strategy
        self.version = version
        self.paper = paper
        self.title = title
        self.publishedAt = publishedAt
        self.actor = actor
        self.hashes = hashes
    }
}

public struct NewPublishedDecisionTable: Sendable {
    public var strategy: Int64
    public var version: Int
    public var paper: String
    public var title: String
    public var actor: String
    public var hashes: [String: String]
    /// The documents by format, kept as published.
    public var documents: [String: Data]

    public init(
        strategy: Int64, version: Int, paper: String, title: String, actor: String, hashes: [String: String],
        documents: [String: Data]
    ) {
        self.strategy = strategy
        self.version = version
        self.paper = paper
        self.title = title
        self.actor = actor
        self.hashes = hashes
        self.documents = documents
    }
}

/// When a version's table may go to the council: once its discussion has closed, and when every
/// contribution to it has a published decision that settles it — the council decides on a
/// finished Abwägung.
public enum DecisionTableRules {
    public static func check(_ version: TextVersion, unsettled: Int, today: CalendarDate) throws(RuleViolation) {
        if let closes = version.closesOn, closes >= today {
            throw RuleViolation("fassung", .tableBeforeDiscussionClosed("\(version.number)", closes.iso))
        }
        if unsettled > 0 { throw RuleViolation("fassung", .decisionsOpen("\(unsettled)", "\(version.number)")) }
    }
}
