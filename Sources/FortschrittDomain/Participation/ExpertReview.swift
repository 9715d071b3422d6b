/// An invited expert's rating of a version — of one block or of the version as a whole — for
/// acceptance and practicality on a fixed scale of 1 (very low) to 5 (very high), with a reason.
/// Internal until the strategy office publishes it; published, it never changes.
public struct ExpertReview: Hashable, Sendable {
    public typealias ID = Int64

    /// The fixed scale: 1 very low, 2 low, 3 medium, 4 high, 5 very high.
    public static let scale = 1...5

    public var id: ID
    public var version: Int
    /// The block rated; nil for the version as a whole.
    public var block: BlockID?
    public var expert: Account.ID
    /// The expert's name as their account gives it: shown with a published review.
    public var expertName: String
    public var acceptance: Int
    public var practicality: Int
    public var reason: String
    public var submittedAt: RecordedTime
    public var publishedAt: RecordedTime?

    public init(
        id: ID = 0, version: Int, block: BlockID?, expert: Account.ID = 0, expertName: String = "", acceptance: Int,
        practicality: Int, reason: String, submittedAt: RecordedTime = RecordedTime(microseconds: 0),
        publishedAt: RecordedTime? = nil
    ) {
        self.id = id
        self.version = version
        self.block = block
        self.expert = expert
        self.expertName = expertName
        self.acceptance = acceptance
        self.practicality = practicality
        self.reason = reason
        self.submittedAt = submittedAt
        self.publishedAt = publishedAt
    }

    /// The review checked against its version: a published version (with the block, if one is
    /// named), both ratings on the scale, a reason of 1–5,000 characters.
    public func checked(on version: TextVersion) throws(RuleViolation) -> ExpertReview {
        guard version.state == .published, version.number == self.version else {
            throw RuleViolation("version", .versionNotPublished("\(self.version)"))
        }
        if let block, version.block(block) == nil { throw RuleViolation("abschnitt", .noSuchBlock(block.text)) }
        for (field, value) in [("akzeptanz", acceptance), ("praxistauglichkeit", practicality)]
        where !Self.scale.contains(value) {
            throw RuleViolation(field, .outOfRange(value: "\(value)", lower: "1", upper: "5"))
        }
        var checked = self
        checked.reason = try Input.text(
            reason.trimmingCharacters(in: .whitespacesAndNewlines), "begruendung", limit: 5_000, multiline: true)
        if checked.reason.isEmpty { throw RuleViolation("begruendung", .reviewNeedsReason) }
        return checked
    }
}

/// Where expert reviews are kept: one per expert, version and block (or whole version), replaced
/// by a new submission until published; every submission and publication logged (append-only).
public protocol ReviewRepository: Sendable {
    /// Stores the expert's review (checked inside the write); refused once their review of that place is
    /// published.
    func submit(_ review: ExpertReview, on version: TextVersion, by expert: Account, at time: RecordedTime)
        async throws -> ExpertReview
    /// The version's reviews: all of them for the strategy office, or only the published ones.
    func reviews(on version: TextVersion, publishedOnly: Bool) async throws -> [ExpertReview]
    /// Publishes the chosen reviews of the version (those not yet published); returns how many.
    func publish(_ ids: [ExpertReview.ID], on version: TextVersion, by admin: Account, at time: RecordedTime)
        async throws -> Int
    /// When a review was last published, on any instance: public pages are kept per that time.
    func lastPublished() async throws -> RecordedTime?
}
