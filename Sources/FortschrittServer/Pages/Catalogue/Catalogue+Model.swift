import FortschrittDomain

/// The catalogue page: every measure as it stands today, filtered, searched and sorted.
struct CatalogueModel: Sendable {
    var catalogue: Catalogue
    var query: CatalogueQuery
    var rows: [Measure]

    static func load(_ strategy: Strategy, query: CatalogueQuery, catalogues: some CatalogueRepository, today: CalendarDate) async throws -> CatalogueModel {
        let catalogue = try await catalogues.catalogue(of: strategy, asOf: today, knownAt: nil)
        return CatalogueModel(catalogue: catalogue, query: query, rows: query.apply(to: catalogue))
    }
}
