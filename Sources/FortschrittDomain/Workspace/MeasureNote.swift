/// An internal note on a measure: for staff and council, never shown to the public. Notes are
/// only ever added, each with its author and time.
public struct MeasureNote: Hashable, Sendable {
    public var measure: MeasureNumber
    public var text: String
    public var actor: String
    public var recordedAt: RecordedTime

    public init(measure: MeasureNumber, text: String, actor: String, recordedAt: RecordedTime) {
        self.measure = measure
        self.text = text
        self.actor = actor
        self.recordedAt = recordedAt
    }
}

/// Someone else recorded changes to the measure after the editor opened it; nothing was written.
public struct EditConflict: Error, Sendable, Equatable {
    public var measure: MeasureNumber
    /// What was recorded since, oldest first.
    public var events: [MeasureEvent]

    public init(measure: MeasureNumber, events: [MeasureEvent]) {
        self.measure = measure
        self.events = events
    }
}

/// Update rounds and internal notes.
public protocol WorkspaceRepository: Sendable {
    func openRound(in strategy: Strategy, dueOn: CalendarDate, actor: String) async throws -> UpdateRound
    func closeRound(_ round: UpdateRound.ID, actor: String) async throws
    /// The open round, else the latest closed one.
    func currentRound(in strategy: Strategy) async throws -> UpdateRound?
    func confirm(_ measure: MeasureNumber, in round: UpdateRound, actor: String) async throws
    func confirmations(in round: UpdateRound) async throws -> [RoundConfirmation]
    /// Per measure of the strategy, who recorded its latest event and when.
    func lastEvents(in strategy: Strategy) async throws -> [MeasureNumber: (actor: String, at: RecordedTime)]

    func addNote(_ text: String, to measure: MeasureNumber, in strategy: Strategy, actor: String) async throws
    func notes(of measure: MeasureNumber, in strategy: Strategy) async throws -> [MeasureNote]
}
