/// Before a report, the strategy office asks every department to confirm or update its measures
/// by a due date. A measure is done in the round once it was confirmed unchanged, or once any
/// event of it was recorded after the round opened.
public struct UpdateRound: Hashable, Sendable {
    public typealias ID = Int64

    public var id: ID
    public var strategy: Strategy.ID
    public var openedAt: RecordedTime
    public var openedBy: String
    public var dueOn: CalendarDate
    public var closedAt: RecordedTime?

    public init(
        id: ID, strategy: Strategy.ID, openedAt: RecordedTime, openedBy: String, dueOn: CalendarDate,
        closedAt: RecordedTime? = nil
    ) {
        self.id = id
        self.strategy = strategy
        self.openedAt = openedAt
        self.openedBy = openedBy
        self.dueOn = dueOn
        self.closedAt = closedAt
    }

    public var isOpen: Bool { closedAt == nil }
}

/// A department's "nothing changed" for one measure in a round.
public struct RoundConfirmation: Hashable, Sendable {
    public var measure: MeasureNumber
    public var actor: String
    public var recordedAt: RecordedTime

    public init(measure: MeasureNumber, actor: String, recordedAt: RecordedTime) {
        self.measure = measure
        self.actor = actor
        self.recordedAt = recordedAt
    }
}

/// Where each measure stands in a round, and the per-department tally the admin sees.
public struct RoundProgress: Sendable, Equatable {
    public enum State: String, Sendable, Equatable {
        case confirmed, updated, missing
    }

    public struct Item: Sendable, Equatable {
        public var measure: Measure
        public var state: State
        /// Who confirmed or last updated, and when.
        public var by: String?
        public var at: RecordedTime?

        public init(measure: Measure, state: State, by: String?, at: RecordedTime?) {
            self.measure = measure
            self.state = state
            self.by = by
            self.at = at
        }
    }

    public struct DepartmentTally: Sendable, Equatable {
        public var department: String
        public var done: Int
        public var missing: Int
    }

    public var round: UpdateRound
    /// In catalogue order.
    public var items: [Item]

    /// `lastEvents`: per measure, the latest event recorded (actor, time).
    public init(
        round: UpdateRound, measures: [Measure], confirmations: [RoundConfirmation],
        lastEvents: [MeasureNumber: (actor: String, at: RecordedTime)]
    ) {
        self.round = round
        let confirmed = Dictionary(
            confirmations.map { ($0.measure, $0) }, uniquingKeysWith: { a, b in a.recordedAt > b.recordedAt ? a : b })
        items = measures.map { measure in
            if let last = lastEvents[measure.number], last.at > round.openedAt {
                return Item(measure: measure, state: .updated, by: last.actor, at: last.at)
            }
            if let confirmation = confirmed[measure.number] {
                return Item(measure: measure, state: .confirmed, by: confirmation.actor, at: confirmation.recordedAt)
            }
            return Item(measure: measure, state: .missing, by: nil, at: nil)
        }
    }

    public func items(leadBy departments: [String]) -> [Item] {
        items.filter { departments.contains($0.measure.details.leadDepartment) }
    }

    public var departments: [DepartmentTally] {
        Dictionary(grouping: items, by: \.measure.details.leadDepartment)
            .map {
                DepartmentTally(
                    department: $0.key, done: $0.value.filter { $0.state != .missing }.count,
                    missing: $0.value.filter { $0.state == .missing }.count)
            }
            .sorted { $0.department < $1.department }
    }
}
