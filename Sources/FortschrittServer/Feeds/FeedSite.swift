import FortschrittDomain

/// What every feed is made with: the request's page context (its language), the configured public
/// address ("" when none: links stay relative) and the key of the ids.
struct FeedSite: Sendable {
    var page: PageContext
    var base: String
    var ids: FeedIDs

    func feed(_ link: FeedLink, id: String, author: String, page: String, entries: [AtomFeed.Entry]) -> AtomFeed {
        AtomFeed(
            id: ids.id(id), title: link.title, language: self.page.language, author: author, path: link.path,
            page: page, base: base, entries: entries)
    }

    func date(_ date: CalendarDate) -> String { page.language == .de ? date.german : date.iso }
}

extension Strategy {
    /// Who publishes its feeds: the city or body that adopted it.
    var publisher: String { body.isEmpty ? title : body }
}
