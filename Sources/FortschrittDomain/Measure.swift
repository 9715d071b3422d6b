/// What describes a measure, apart from its status.
public struct MeasureDetails: Hashable, Sendable, Codable {
    public var title: String
    public var description: String
    public var field: Int
    public var leadDepartment: String
    public var partnerDepartments: [String]
    /// When the measure entered the catalogue (Aufgenommen).
    public var entryDate: CalendarDate
    public var plannedStart: CalendarDate?
    public var plannedEnd: CalendarDate?

    public init(
        title: String, description: String = "", field: Int, leadDepartment: String,
        partnerDepartments: [String] = [], entryDate: CalendarDate,
        plannedStart: CalendarDate? = nil, plannedEnd: CalendarDate? = nil
    ) {
        self.title = title
        self.description = description
        self.field = field
        self.leadDepartment = leadDepartment
        self.partnerDepartments = partnerDepartments
        self.entryDate = entryDate
        self.plannedStart = plannedStart
        self.plannedEnd = plannedEnd
    }
}

/// A measure's status at some date: which one, since when, with the remark that goes with it.
public struct MeasureStatus: Hashable, Sendable, Codable {
    public var key: String
    public var since: CalendarDate
    /// True where the status was assumed (Status belegt: angenommen), not stated by the department.
    public var assumed: Bool
    public var remark: String

    public init(key: String, since: CalendarDate, assumed: Bool = false, remark: String = "") {
        self.key = key
        self.since = since
        self.assumed = assumed
        self.remark = remark
    }
}

/// A measure as it stands at some date. `status` is nil until the first status is known:
/// none is invented.
public struct Measure: Hashable, Sendable, Codable {
    public var number: MeasureNumber
    public var details: MeasureDetails
    public var status: MeasureStatus?

    public init(number: MeasureNumber, details: MeasureDetails, status: MeasureStatus? = nil) {
        self.number = number
        self.details = details
        self.status = status
    }
}
