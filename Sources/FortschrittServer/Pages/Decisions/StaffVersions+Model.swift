import FortschrittDomain

/// The published versions staff work on, each linked to its page under `prefix` (decisions,
/// reviews).
struct StaffVersionsModel: Sendable {
    var siteName: String
    var title: Text
    var empty: Text
    var prefix: String
    var versions: [(Strategy, TextVersion)]
}
