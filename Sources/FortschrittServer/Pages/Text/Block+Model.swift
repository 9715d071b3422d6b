import FortschrittDomain

/// One block of a published version with its discussion: the comments and replies, the agreement
/// counted, and — for a signed-in participant while the version is open — the forms to comment
/// (optionally quoting the words meant, typed or pasted), to reply and to agree or disagree.
struct BlockModel: Sendable {
    var siteName: String
    var strategy: Strategy
    var version: TextVersion
    var block: TextBlock
    var discussion: BlockContributions
    /// Comments on earlier versions of this block, with what became of them.
    var earlier: [(Contribution, CommentFate)] = []
    /// The published decisions on the contributions shown (this version's and the earlier ones').
    var decisions: [Contribution.ID: Decision] = [:]
    var participant: Participant?
    var myAgreement: Agreement?
    var today: CalendarDate
    /// After a refused comment: what was entered, and the error.
    var entered: [String: String] = [:]
    var error: String?
    /// The number of the visitor's contribution just received in a pre-moderated phase.
    var awaiting: Contribution.ID?

    var path: String { "/strategien/\(strategy.slug)/text/\(version.number)/abschnitt/\(block.id.text)" }
    var isOpen: Bool { version.isOpen(on: today) }

    static func load(
        _ strategy: Strategy, number: Int, block id: BlockID, texts: any TextRepository,
        contributions: any ContributionRepository, decisions: any DecisionRepository, participant: Participant?,
        siteName: String, today: CalendarDate
    ) async throws -> BlockModel? {
        guard let version = try await texts.version(number: number, of: strategy), version.state == .published,
            let block = version.block(id)
        else { return nil }
        let discussion = try await contributions.contributions(to: version, block: id)[id] ?? BlockContributions()
        var mine: Agreement?
        if let participant { mine = try await contributions.agreements(of: participant.id, on: version)[id] }
        let earlier = try await contributions.earlierComments(on: version, block: id)[id] ?? []
        // The other versions are read only when comments on them are shown.
        let older = Set(earlier.map(\.0.anchor.version))
        let others = older.isEmpty ? [] : try await texts.versions(of: strategy).filter { older.contains($0.number) }
        let published = try await decisions.published(on: [version] + others)
        return BlockModel(
            siteName: siteName, strategy: strategy, version: version, block: block, discussion: discussion,
            earlier: earlier, decisions: published, participant: participant, myAgreement: mine, today: today)
    }
}
