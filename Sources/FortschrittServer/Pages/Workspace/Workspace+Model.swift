import FortschrittDomain

/// A signed-in person's overview: the measures they look after (an editor: their departments'; the
/// others: all), and, while an update round runs, which still need a confirmation or update.
struct WorkspaceModel: Sendable {
    var account: Account
    var catalogue: Catalogue
    var round: UpdateRound?
    var items: [RoundProgress.Item]
    var notice: String?

    static func load(
        _ strategy: Strategy, account: Account, catalogues: some CatalogueRepository,
        workspace: some WorkspaceRepository,
        today: CalendarDate, notice: String?
    ) async throws -> WorkspaceModel {
        let catalogue = try await catalogues.catalogue(of: strategy, asOf: nil, knownAt: nil)
        let measures =
            account.role == .editor
            ? catalogue.measures.filter { account.departments.contains($0.details.leadDepartment) } : catalogue.measures
        let round = try await workspace.currentRound(in: strategy)
        var items = measures.map { RoundProgress.Item(measure: $0, state: .missing, by: nil, at: nil) }
        if let round {
            items =
                RoundProgress(
                    round: round, measures: measures, confirmations: try await workspace.confirmations(in: round),
                    lastEvents: try await workspace.lastEvents(in: strategy)
                ).items
        }
        return WorkspaceModel(account: account, catalogue: catalogue, round: round, items: items, notice: notice)
    }

    var openRound: UpdateRound? { round?.isOpen == true ? round : nil }
    var missing: Int { items.filter { $0.state == .missing }.count }
}
