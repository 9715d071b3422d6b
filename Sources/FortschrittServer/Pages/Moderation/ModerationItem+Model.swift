import FortschrittDomain

/// One contribution before a moderator: its text in full, its reports, and the actions its state
/// allows (hide with a reason, show again, keep, approve, redact a passage).
struct ModerationItemModel: Sendable {
    var siteName: String
    var item: ModerationItem
    var entered: [String: String] = [:]
    var error: String?
    var notice: String?

    var publicPath: String {
        let anchor = item.contribution.anchor
        return "/strategien/\(item.strategySlug)/text/\(anchor.version)/abschnitt/\(anchor.block.text)"
    }

    func allows(_ action: ModerationAction) -> Bool {
        (try? ModerationRules.check(action, on: item.contribution)) != nil
    }
}
