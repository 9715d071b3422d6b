/// A strategy's catalogue as it stood on a date, as known at a recorded time: what every reader sees.
public struct Catalogue: Sendable {
    public var strategy: Strategy
    /// Nil: today's state including everything dated in the future.
    public var asOf: CalendarDate?
    /// Nil: everything recorded so far.
    public var knownAt: RecordedTime?
    public var fields: [FieldOfAction]
    public var departments: [Department]
    public var statuses: StatusSet
    /// Sorted by catalogue number.
    public var measures: [Measure]

    public init(
        strategy: Strategy, asOf: CalendarDate?, knownAt: RecordedTime?, fields: [FieldOfAction],
        departments: [Department], statuses: StatusSet, measures: [Measure]
    ) {
        self.strategy = strategy
        self.asOf = asOf
        self.knownAt = knownAt
        self.fields = fields
        self.departments = departments
        self.statuses = statuses
        self.measures = measures
    }

    public func field(_ number: Int) -> FieldOfAction? { fields.first { $0.number == number } }
    public func department(_ code: String) -> Department? { departments.first { $0.code == code } }
    public func measure(_ number: MeasureNumber) -> Measure? { measures.first { $0.number == number } }
}
