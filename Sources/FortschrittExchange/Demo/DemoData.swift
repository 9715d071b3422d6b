import Foundation
import FortschrittDomain

/// The Mannheim digital strategy with its published catalogue, so that a newcomer sees real data at once.
public enum DemoData {
    public static let strategy = NewStrategy(
        slug: "digitalstrategie",
        title: "Digitalisierungsstrategie der Stadt Mannheim",
        body: "Stadt Mannheim",
        adoptedOn: CalendarDate(year: 2019, month: 3, day: 12)
    )

    /// Department names the council paper V111/2021 gives; the others keep their code as name.
    public static let departments = [
        Department(code: "FB 11", name: "Organisation und Personal"),
        Department(code: "FB 12", name: "Informationstechnologie"),
        Department(code: "FB 20", name: "Stadtkämmerei"),
    ]

    public static let catalogueFile = "mannheim-massnahmenkatalog-2020-12.csv"
    public static var catalogueCSV: Data { Data(MannheimCatalogue.csv.utf8) }

    /// Seeds an empty database; does nothing (and returns false) where any strategy exists.
    @discardableResult
    public static func seed(_ repository: some CatalogueRepository, actor: String = "demo") async throws -> Bool {
        guard try await repository.strategies().isEmpty else { return false }
        let strategy = try await repository.createStrategy(Self.strategy)
        for department in departments { try await repository.saveDepartment(department) }
        let file = try CatalogueImport(data: catalogueCSV, file: catalogueFile)
        let options = CatalogueImport.Options(actor: actor, changesEffective: CalendarDate(year: 2020, month: 12, day: 31)!)
        try await repository.update(strategy) { current in try file.plan(against: current, options: options) }
        return true
    }
}
