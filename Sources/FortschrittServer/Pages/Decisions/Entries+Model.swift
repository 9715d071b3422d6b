import FortschrittDomain

/// Contributions that arrived by letter, e-mail or at an event, as the strategy office enters them
/// for one version: the form, and what has been entered so far.
struct EntriesModel: Sendable {
    var siteName: String
    var strategy: Strategy
    var version: TextVersion
    /// The version's events, which a contribution made at one names.
    var events: [DiscussionEvent]
    /// The version's contributions staff entered, in the order of the text.
    var entries: [Contribution]
    var entered: [String: String] = [:]
    var error: String?
    var notice: String?

    var path: String { "/verwaltung/eingaben/\(strategy.slug)/\(version.number)" }
    var decisionsPath: String { "/verwaltung/abwaegung/\(strategy.slug)/\(version.number)" }
}
