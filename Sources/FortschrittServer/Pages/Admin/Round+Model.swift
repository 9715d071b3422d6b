import FortschrittDomain
import FortschrittExchange

/// The admin's view of the update round: open one with a due date, see per department what is
/// done and what is missing, close it, export the missing list.
struct RoundModel: Sendable {
    var siteName: String
    var progress: RoundProgress?
    var error: String?
    var notice: String?

    static func load(
        _ strategy: Strategy, siteName: String, catalogues: some CatalogueRepository,
        workspace: some WorkspaceRepository
    ) async throws -> RoundModel {
        guard let round = try await workspace.currentRound(in: strategy) else { return RoundModel(siteName: siteName) }
        let catalogue = try await catalogues.catalogue(of: strategy, asOf: nil, knownAt: nil)
        return RoundModel(
            siteName: siteName,
            progress: RoundProgress(
                round: round, measures: catalogue.measures, confirmations: try await workspace.confirmations(in: round),
                lastEvents: try await workspace.lastEvents(in: strategy)))
    }

    /// The list of measures still missing, as CSV for mail merges and spreadsheets.
    var missingCSV: String {
        let missing = (progress?.items ?? []).filter { $0.state == .missing }.sorted { a, b in
            let (x, y) = (a.measure.details.leadDepartment, b.measure.details.leadDepartment)
            return x == y ? a.measure.number < b.measure.number : x < y
        }
        let rows = missing.map { item in
            [
                item.measure.details.leadDepartment, item.measure.number.text, item.measure.details.title,
                item.measure.status?.key ?? "",
            ]
        }
        return CSVTable.format([["Fachbereich", "Nummer", "Maßnahme", "Status"]] + rows, lineEnd: "\r\n")
    }
}
