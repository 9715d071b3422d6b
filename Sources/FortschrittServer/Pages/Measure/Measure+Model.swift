import FortschrittDomain

/// One measure: where it stands, since when, who leads it, its status timeline and its history.
/// Signed-in people also see the internal notes; editors of its department an edit link.
struct MeasureModel: Sendable {
    var catalogue: Catalogue
    var measure: Measure
    var history: [MeasureEvent]
    var notes: [MeasureNote]?
    var mayEdit: Bool
    /// Sections of strategy texts this measure puts into practice.
    var goals: [ServedGoal] = []
    /// The indicators that show this measure's progress.
    var indicators: [IndicatorFigures] = []

    /// Nil when the strategy has no such measure today.
    static func load(
        _ strategy: Strategy, number: MeasureNumber, account: Account?, catalogues: some CatalogueRepository,
        workspace: some WorkspaceRepository, texts: (any TextRepository)? = nil, today: CalendarDate
    ) async throws -> MeasureModel? {
        let catalogue = try await catalogues.catalogue(of: strategy, asOf: today, knownAt: nil)
        guard let measure = catalogue.measure(number) else { return nil }
        let history = try await catalogues.history(of: number, in: strategy)
        let notes = Access.seesInternalNotes(account) ? try await workspace.notes(of: number, in: strategy) : nil
        return MeasureModel(
            catalogue: catalogue, measure: measure, history: history, notes: notes,
            mayEdit: Access.mayEdit(measure, by: account),
            goals: try await texts?.blocks(serving: number, of: strategy) ?? [])
    }

    /// Retracted events and the events retracting them.
    var retracted: Set<Int64> {
        Set(history.compactMap { if case .retracted(let sequence) = $0.change { return sequence } else { return nil } })
    }

    /// The status changes that count, by effective date: the timeline.
    var timeline: [(event: MeasureEvent, status: MeasureStatusAssignment)] {
        let gone = retracted
        return history.compactMap { event in
            guard !gone.contains(event.sequence), case .statusSet(let status) = event.change else { return nil }
            return (event, status)
        }
    }
}
