import FortschrittDomain

/// One contribution of a version and the segments staff cut from it: the whole text to copy from,
/// the segments so far, and the form to cut another (words as they stand, the block concerned).
struct SegmentsModel: Sendable, FormPage {
    var siteName: String
    var account: Account
    var strategy: Strategy
    var version: TextVersion
    var contribution: Contribution
    var segments: [Contribution]
    /// The blocks this person may decide on: a segment may concern one of these.
    var mayPrepare: Set<BlockID>
    var entered: [String: String] = [:]
    var error: String?
    var notice: String?

    var decisionsPath: String { "/verwaltung/abwaegung/\(strategy.slug)/\(version.number)" }
    var path: String { decisionsPath + "/beitrag/\(contribution.id)" }
}
