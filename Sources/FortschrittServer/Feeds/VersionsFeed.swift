import FortschrittDomain

extension AtomFeed {
    /// A strategy's published text versions (never a draft), each with what changed and when it
    /// was open for comments.
    static func versions(_ strategy: Strategy, texts: any TextRepository, _ site: FeedSite) async throws -> AtomFeed {
        let page = site.page
        let entries = try await texts.versions(of: strategy).compactMap { version -> Entry? in
            guard version.state == .published, let published = version.publishedAt else { return nil }
            var parts: [String] = []
            if !version.note.isEmpty { parts.append(page.text(.textVersionNote) + version.note) }
            if let opens = version.opensOn, let closes = version.closesOn {
                parts.append(page.text(.feedDiscussionPhase(site.date(opens), site.date(closes))))
            }
            return Entry(
                id: site.ids.id("strategy/\(strategy.id)/version/\(version.number)"),
                title: page.text(.textVersion("\(version.number)")) + ": " + version.title, updated: published,
                page: "/strategien/\(strategy.slug)/text/\(version.number)",
                content: parts.isEmpty ? version.title : parts.joined(separator: "\n\n"))
        }
        return site.feed(
            .versions(strategy, page), id: "strategy/\(strategy.id)/versions", author: strategy.publisher,
            page: "/strategien/\(strategy.slug)/text", entries: entries)
    }
}
