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
    /// Contributions, each counted once.
    public var contributions: Int
    /// Decisions to take: a contribution counts once, or once per segment cut from it.
    public var decisions: Int
    /// Per channel (every one, zeros where none came by it) its contributions, and its decisions by
    /// outcome in the order of `Decision.Outcome.allCases`.
    public var byChannel: [(channel: ContributionChannel, contributions: Int, outcomes: [Int])]
    /// The blocks that had contributions or agreement, in the order of the text.
    public var blocks: [BlockFigures]
    /// Every outcome, zero where none.
    public var byOutcome: [(outcome: Decision.Outcome, count: Int)]
    public var reviews: Int
    public var acceptance: Ratings
    public var practicality: Ratings

    /// `tallies`: per block its contributions and agreement counted; `channels`: the version's public
    /// contributions per channel; `outcomes`: what is decided of them (contributions, or the segments
    /// cut from one) by channel and by the outcome of its published decision.
    public init(
        version: TextVersion, tallies: [BlockID: BlockTally], participants: Int,
        channels: [ContributionChannel: Int], outcomes: [ContributionChannel: [Decision.Outcome: Int]],
        reviews: [ExpertReview]
    ) {
        self.participants = participants
        let rows = ContributionChannel.allCases.map { channel in
            (
                channel: channel, contributions: channels[channel] ?? 0,
                outcomes: Decision.Outcome.allCases.map { outcomes[channel]?[$0] ?? 0 }
            )
        }
        let columns = Decision.Outcome.allCases.enumerated().map { index, outcome in
            (outcome: outcome, count: rows.reduce(0) { $0 + $1.outcomes[index] })
        }
        byChannel = rows
        byOutcome = columns
        contributions = rows.reduce(0) { $0 + $1.contributions }
        decisions = columns.reduce(0) { $0 + $1.count }
        blocks = version.blocks.compactMap { block in
            guard let here = tallies[block.id], here.comments > 0 || here.agree + here.disagree > 0 else { return nil }
            return BlockFigures(
                block: block.id, contributions: here.comments, agree: here.agree, disagree: here.disagree)
        }
        let published = reviews.filter { $0.publishedAt != nil }
        self.reviews = published.count
        acceptance = Ratings(published.map(\.acceptance))
        practicality = Ratings(published.map(\.practicality))
    }

    /// A version's figures from the public record, with the published reviews they count: what the
    /// version's page, the API and a council report show. Counts only, never every contribution;
    /// `tallies` when the caller has read them already.
    public static func load(
        _ version: TextVersion, contributions: any ContributionRepository, decisions: any DecisionRepository,
        reviews: any ReviewRepository, tallies: [BlockID: BlockTally]? = nil
    ) async throws -> (figures: VersionFigures, reviews: [ExpertReview]) {
        let published = try await reviews.reviews(on: version, publishedOnly: true)
        var counted = tallies ?? [:]
        if tallies == nil { counted = try await contributions.tallies(of: version) }
        let figures = VersionFigures(
            version: version, tallies: counted,
            participants: try await contributions.participantCount(of: version),
            channels: try await contributions.channelCounts(of: version),
            outcomes: try await decisions.outcomeCounts(on: version), reviews: published)
        return (figures, published)
    }

    /// Tenths as a decimal with one place: 35 is "3,5" with a comma, "3.5" with a point.
    public static func decimal(tenths: Int, separator: String) -> String {
        "\(tenths / 10)\(separator)\(tenths % 10)"
    }
}
