import FortschrittDomain

/// Every strategy the instance runs: its catalogue (where it has measures) and its text (where a
/// version is published).
struct StrategiesModel: Sendable {
    struct Entry: Sendable {
        var strategy: Strategy
        var measures: Int
        var latestText: TextVersion?
    }

    var siteName: String
    var entries: [Entry]
    /// The strategy `/massnahmen` shows.
    var portalStrategy: Strategy.ID?

    static func load(catalogues: any CatalogueRepository, texts: any TextRepository, siteName: String) async throws
        -> StrategiesModel
    {
        let strategies = try await catalogues.strategies()
        var entries: [Entry] = []
        for strategy in strategies {
            let catalogue = try await catalogues.catalogue(of: strategy, asOf: nil, knownAt: nil)
            let latest = try await texts.versions(of: strategy).last { $0.state == .published }
            entries.append(Entry(strategy: strategy, measures: catalogue.measures.count, latestText: latest))
        }
        return StrategiesModel(siteName: siteName, entries: entries, portalStrategy: strategies.first?.id)
    }
}
