import FortschrittDomain

/// Two published versions compared: per block added, removed, changed (word by word) or moved.
struct TextComparisonModel: Sendable {
    var siteName: String
    var strategy: Strategy
    var diff: TextDiff
    /// Per block of the newer version: the contributions whose published decision was applied there.
    var applied: [BlockID: [(Contribution, Decision)]] = [:]

    static func load(
        _ strategy: Strategy, from: Int, to: Int, texts: any TextRepository, decisions: any DecisionRepository,
        siteName: String
    ) async throws -> TextComparisonModel? {
        guard let old = try await texts.version(number: from, of: strategy), old.state == .published,
            let new = try await texts.version(number: to, of: strategy), new.state == .published
        else { return nil }
        return TextComparisonModel(
            siteName: siteName, strategy: strategy, diff: TextDiff(old: old, new: new),
            applied: try await decisions.applied(in: new))
    }
}
