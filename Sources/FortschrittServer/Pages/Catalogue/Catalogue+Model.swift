import FortschrittDomain

/// The catalogue page: every measure as it stands today, filtered, searched and sorted.
struct CatalogueModel: Sendable {
    var catalogue: Catalogue
    var query: CatalogueQuery
    var rows: [Measure]

    static func load(
        _ strategy: Strategy, query: CatalogueQuery, catalogues: some CatalogueRepository, today: CalendarDate
    ) async throws -> CatalogueModel {
        let catalogue = try await catalogues.catalogue(of: strategy, asOf: today, knownAt: nil)
        if let status = query.status, status != "ohne", !catalogue.statuses.keys.contains(status) {
            throw RuleViolation(
                "status", .unknownStatus(status, known: (["ohne"] + catalogue.statuses.keys).joined(separator: ", ")))
        }
        if let department = query.department, catalogue.department(department) == nil {
            throw RuleViolation(
                "fachbereich",
                .unknownDepartment(department, known: catalogue.departments.map(\.code).joined(separator: ", ")))
        }
        return CatalogueModel(catalogue: catalogue, query: query, rows: query.apply(to: catalogue))
    }
}
