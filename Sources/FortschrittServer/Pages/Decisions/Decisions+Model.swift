import FortschrittDomain

/// The Abwägung of one version: every contribution by block with its decision as prepared and as
/// published, boxes to choose contributions, one decision for all chosen, and the publication.
struct DecisionsModel: Sendable {
    var siteName: String
    var account: Account
    var strategy: Strategy
    var version: TextVersion
    /// Every published version of the strategy: later ones are where a contribution can be applied.
    var published: [TextVersion]
    var discussion: [BlockID: BlockContributions]
    var records: [Contribution.ID: DecisionRecord]
    /// Publications of this version's decisions set for a later time.
    var schedules: [ScheduledPublication]
    /// When the council adopted this version, if it did.
    var adoptedOn: CalendarDate?
    /// The blocks whose contributions this person may decide.
    var mayPrepare: Set<BlockID>
    /// The council papers' numbers, to lay the table before the council with one.
    var papers: [String]
    /// Discussions held elsewhere on this version, as last corrected.
    var events: [DiscussionEvent]
    /// The table as laid before the council, once it was.
    var table: PublishedDecisionTable?
    var entered: [String: String] = [:]
    var error: String?
    var notice: String?

    var path: String { "/verwaltung/abwaegung/\(strategy.slug)/\(version.number)" }
    var later: [TextVersion] { published.filter { $0.number > version.number } }
    var awaiting: Int { records.values.filter(\.awaitsPublication).count }
    var contributions: [Contribution] { version.blocks.flatMap { discussion[$0.id]?.comments ?? [] } }

    /// How many contributions one decision may be prepared for at once.
    static let mostAtOnce = 2_000

    /// The contributions listed that are decided through their segments.
    var cutIntoSegments: Set<Contribution.ID> { Set(discussion.values.flatMap(\.segments.keys)) }

    /// The block of each contribution listed that is decided itself: a segment's own block; a
    /// contribution cut into segments is decided through them.
    var blocksByContribution: [Contribution.ID: BlockID] {
        var blocks: [Contribution.ID: BlockID] = [:]
        for (block, list) in discussion {
            for contribution in list.comments where list.segments[contribution.id] == nil {
                blocks[contribution.id] = block
            }
            for segment in list.segments.values.joined() { blocks[segment.id] = segment.anchor.block }
        }
        return blocks
    }
}
