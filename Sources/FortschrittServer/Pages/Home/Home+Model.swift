import FortschrittDomain

/// The start page: the strategy, where its measures stand today, when data last changed.
struct HomeModel: Sendable {
    var catalogue: Catalogue
    var lastUpdated: RecordedTime?

    static func load(_ strategy: Strategy, catalogues: some CatalogueRepository, today: CalendarDate) async throws
        -> HomeModel
    {
        HomeModel(
            catalogue: try await catalogues.catalogue(of: strategy, asOf: today, knownAt: nil),
            lastUpdated: try await catalogues.lastRecorded(in: strategy))
    }

    /// Count of measures per status key, in the strategy's status order, with "no status" last.
    var statusCounts: [(key: String?, count: Int)] {
        let withStatus = catalogue.statuses.all.map { s in
            (Optional(s.key), catalogue.measures.filter { $0.status?.key == s.key }.count)
        }
        let none = catalogue.measures.filter { $0.status == nil }.count
        return withStatus + (none > 0 ? [(nil, none)] : [])
    }

    func count(field: Int, status: String) -> Int {
        catalogue.measures.filter { $0.details.field == field && $0.status?.key == status }.count
    }
}
