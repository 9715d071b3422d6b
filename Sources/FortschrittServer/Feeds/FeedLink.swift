import FortschrittDomain

/// A feed as a page names it in its head (`<link rel="alternate">`), and where each feed is: the
/// routes and the pages take their paths from here.
struct FeedLink: Sendable, Equatable {
    var title: String
    var path: String

    static func versions(_ strategy: Strategy, _ page: PageContext) -> FeedLink {
        FeedLink(title: page.text(.feedVersions(strategy.title)), path: "/strategien/\(strategy.slug)/versionen.atom")
    }

    static func decisions(_ strategy: Strategy, _ page: PageContext) -> FeedLink {
        FeedLink(title: page.text(.feedDecisions(strategy.title)), path: "/strategien/\(strategy.slug)/abwaegung.atom")
    }

    /// The feeds of a strategy's text: its versions and the decisions on contributions to them.
    static func text(_ strategy: Strategy, _ page: PageContext) -> [FeedLink] {
        [.versions(strategy, page), .decisions(strategy, page)]
    }

    static func statusChanges(_ strategy: Strategy, _ page: PageContext) -> FeedLink {
        FeedLink(
            title: page.text(.feedStatusChanges(strategy.title)),
            path: "/strategien/\(strategy.slug)/statusaenderungen.atom")
    }

    static func statusChanges(_ strategy: Strategy, field: FieldOfAction, _ page: PageContext) -> FeedLink {
        FeedLink(
            title: page.text(.feedFieldStatusChanges("\(field.number)", field.title)),
            path: "/strategien/\(strategy.slug)/handlungsfelder/\(field.number)/statusaenderungen.atom")
    }

    static func statusChanges(_ strategy: Strategy, measure: MeasureNumber, title: String, _ page: PageContext)
        -> FeedLink
    {
        FeedLink(
            title: page.text(.feedMeasureStatusChanges(measure.text, title)),
            path: "/strategien/\(strategy.slug)/massnahmen/\(measure.text)/statusaenderungen.atom")
    }
}
