import FortschrittDomain

extension AtomFeed {
    /// Which status changes a feed lists: a strategy's, a field of action's, or one measure's.
    enum StatusScope: Sendable {
        case all
        case field(Int)
        case measure(MeasureNumber)
    }

    /// The status changes of a strategy's catalogue that count (a retracted one leaves), each with
    /// its date, reason and remark as the measure's page shows them; the name of who entered it
    /// is internal and left out. Nil when the field or measure does not exist. Entries link to the
    /// measure's page where the portal shows the strategy's catalogue.
    static func statusChanges(
        _ strategy: Strategy, _ scope: StatusScope, catalogues: any CatalogueRepository, portal: Bool,
        today: CalendarDate, _ site: FeedSite
    ) async throws -> AtomFeed? {
        let page = site.page
        let catalogue = try await catalogues.catalogue(of: strategy, asOf: today, knownAt: nil)
        func measurePage(_ number: MeasureNumber) -> String? {
            portal && catalogue.measure(number) != nil ? "/massnahmen/\(number.text)" : nil
        }
        let (link, name, feedPage): (FeedLink, String, String)
        let changes: [StatusChange]
        switch scope {
        case .all:
            link = .statusChanges(strategy, page)
            name = "strategy/\(strategy.id)/status-changes"
            changes = MeasureHistory.statusChanges(in: try await catalogues.history(of: strategy, knownAt: nil))
            feedPage = portal ? "/massnahmen" : "/strategien"
        case .field(let number):
            guard let field = catalogue.field(number) else { return nil }
            link = .statusChanges(strategy, field: field, page)
            name = "strategy/\(strategy.id)/field/\(number)/status-changes"
            changes = MeasureHistory.statusChanges(in: try await catalogues.history(of: strategy, knownAt: nil))
                .filter { $0.field == number }
            feedPage = portal ? "/massnahmen?feld=\(number)" : "/strategien"
        case .measure(let number):
            let history = try await catalogues.history(of: number, in: strategy)
            guard !history.isEmpty else { return nil }
            changes = MeasureHistory.statusChanges(in: history)
            let title = catalogue.measure(number)?.details.title ?? changes.first?.title ?? ""
            link = .statusChanges(strategy, measure: number, title: title, page)
            name = "strategy/\(strategy.id)/measure/\(number.text)/status-changes"
            feedPage = measurePage(number) ?? "/strategien"
        }
        // Latest recorded first: only those the feed lists are written.
        let entries = changes.prefix(AtomFeed.entryLimit).map { change in
            let label =
                Components.statusLabel(change.status.key, catalogue.statuses, page)
                + (change.status.assumed ? page.text(.assumed) : "")
            var parts = [page.text(.feedStatusSince(label, site.date(change.event.effectiveDate)))]
            if let reason = change.event.reason, !reason.isEmpty { parts.append(page.text(.reason) + ": " + reason) }
            if !change.status.remark.isEmpty, change.status.remark != change.event.reason {
                parts.append(page.text(.remark) + ": " + change.status.remark)
            }
            return Entry(
                id: site.ids.id("strategy/\(strategy.id)/event/\(change.event.sequence)"),
                title: "\(change.event.measure.text) \(change.title): \(label)", updated: change.event.recordedAt,
                page: measurePage(change.event.measure), content: parts.joined(separator: "\n\n"))
        }
        return site.feed(link, id: name, author: strategy.publisher, page: feedPage, entries: entries)
    }
}
