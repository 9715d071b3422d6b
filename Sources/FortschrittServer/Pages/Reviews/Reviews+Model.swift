import FortschrittDomain

/// A version's expert reviews as staff see them: an expert their own and the form to add or change
/// one; the strategy office every review, to choose and publish.
struct ReviewsModel: Sendable {
    var siteName: String
    var account: Account
    var strategy: Strategy
    var version: TextVersion
    /// Every review of the version for the office; the expert's own for an expert.
    var reviews: [ExpertReview]
    var entered: [String: String] = [:]
    var error: String?
    var notice: String?

    var path: String { "/verwaltung/gutachten/\(strategy.slug)/\(version.number)" }
    var isExpert: Bool { Access.mayReview(account) }
}
