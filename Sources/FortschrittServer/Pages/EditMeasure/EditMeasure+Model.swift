import FortschrittDomain

/// Editing one measure: its fields, its status, internal notes. Carries the sequence of the latest
/// event the editor saw, so that a save on top of someone else's change becomes a conflict.
struct EditMeasureModel: Sendable {
    enum Form: String, Sendable { case status, details, note }

    var catalogue: Catalogue
    var measure: Measure
    var seen: Int64
    var notes: [MeasureNote]
    var openRound: UpdateRound?
    /// The form that failed, what was entered, and the errors by field name.
    var failed: Form?
    var values: [String: String] = [:]
    var errors: [String: String] = [:]
    /// Changes recorded by others after the editor opened the page.
    var conflict: [MeasureEvent] = []
    var notice: String?

    static func load(
        _ strategy: Strategy, number: MeasureNumber, catalogues: some CatalogueRepository,
        workspace: some WorkspaceRepository
    ) async throws -> EditMeasureModel? {
        let catalogue = try await catalogues.catalogue(of: strategy, asOf: nil, knownAt: nil)
        guard let measure = catalogue.measure(number) else { return nil }
        let history = try await catalogues.history(of: number, in: strategy)
        let round = try await workspace.currentRound(in: strategy)
        return EditMeasureModel(
            catalogue: catalogue, measure: measure, seen: history.map(\.sequence).max() ?? 0,
            notes: try await workspace.notes(of: number, in: strategy), openRound: round?.isOpen == true ? round : nil)
    }

    /// A value of a form: what was entered when that form failed, else the measure's current value.
    func value(_ form: Form, _ name: String, default fallback: String) -> String {
        failed == form ? values[name] ?? "" : fallback
    }

    func error(_ form: Form, _ name: String) -> String? {
        failed == form ? errors[name] : nil
    }

    /// Which form field a rule's subject belongs to.
    static func formField(for subject: String, in form: Form) -> String {
        switch (form, subject) {
        case (.status, "since"): return "seit"
        case (.status, "reason"): return "grund"
        case (.details, "reason"): return "details-grund"
        case (.status, _): return "status"
        case (.details, "title"): return "titel"
        case (.details, "field"): return "feld"
        case (.details, "leadDepartment"): return "federfuehrung"
        case (.details, "department"), (.details, "partners"): return "beteiligte"
        case (.details, "plannedStart"): return "beginn"
        case (.details, "plannedEnd"): return "ende"
        case (.details, "since"): return "wirksam"
        case (.details, _): return "titel"
        case (.note, _): return "notiz"
        }
    }
}
