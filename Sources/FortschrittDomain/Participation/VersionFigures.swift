/// How a version was received, in figures: who took part, contributions by channel, agreement per
/// block, the published decisions by outcome (a contribution without one counts as open), and the
/// experts' published ratings. Made from the public record only, so it may be shown to anyone.
public struct VersionFigures: Sendable {
    public struct BlockFigures: Hashable, Sendable {
        public var block: BlockID
        public var contributions: Int
        public var agree: Int
        public var disagree: Int
    }

    /// The published ratings of one aspect (acceptance or practicality).
    public struct Ratings: Hashable, Sendable {
        /// How many reviews gave each value of the scale, 1 to 5.
        public var counts: [Int]
        public var total: Int { counts.reduce(0, +) }
        /// The mean in tenths (35 is 3.5), rounded half up; nil without ratings.
        public var meanInTenths: Int? {
            guard total > 0 else { return nil }
            let sum = counts.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
            return (sum * 20 + total) / (2 * total)
        }

        init(_ values: [Int]) {
            counts = ExpertReview.scale.map { value in values.filter { $0 == value }.count }
        }
    }

    public var participants: Int
    public var contributions: Int
    /// Per channel (every one, zeros where none came by it) its contributions by outcome, in the
    /// order of `Decision.Outcome.allCases`.
    public var byChannel: [(channel: ContributionChannel, outcomes: [Int])]
    /// The blocks that had contributions or agreement, in the order of the text.
    public var blocks: [BlockFigures]
    /// Every outcome, zero where none.
    public var byOutcome: [(outcome: Decision.Outcome, count: Int)]
    public var reviews: Int
    public var acceptance: Ratings
    public var practicality: Ratings

    public init(
        version: TextVersion, discussion: [BlockID: BlockContributions], participants: Int,
        decisions: [Contribution.ID: Decision], reviews: [ExpertReview]
    ) {
        let listed = version.blocks.flatMap { discussion[$0.id]?.comments ?? [] }
        self.participants = participants
        contributions = listed.count
        func outcome(_ contribution: Contribution) -> Decision.Outcome { decisions[contribution.id]?.outcome ?? .open }
        byChannel = ContributionChannel.allCases.map { channel in
            let here = listed.filter { $0.channel == channel }
            return (channel, Decision.Outcome.allCases.map { o in here.filter { outcome($0) == o }.count })
        }
        blocks = version.blocks.compactMap { block in
            guard let here = discussion[block.id], !here.comments.isEmpty || here.agree + here.disagree > 0 else {
                return nil
            }
            return BlockFigures(
                block: block.id, contributions: here.comments.count, agree: here.agree, disagree: here.disagree)
        }
        byOutcome = Decision.Outcome.allCases.map { o in (o, listed.filter { outcome($0) == o }.count) }
        let published = reviews.filter { $0.publishedAt != nil }
        self.reviews = published.count
        acceptance = Ratings(published.map(\.acceptance))
        practicality = Ratings(published.map(\.practicality))
    }
}
