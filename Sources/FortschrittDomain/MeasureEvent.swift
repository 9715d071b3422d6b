/// One change of one measure, as entered. History is append-only: a correction is a new event.
public struct MeasureEvent: Hashable, Sendable, Codable {
    /// The order in which events were recorded; later-recorded events win on the same effective date.
    public var sequence: Int64
    public var measure: MeasureNumber
    /// When it happened in the world.
    public var effectiveDate: CalendarDate
    /// When it was entered.
    public var recordedAt: RecordedTime
    public var actor: String
    public var reason: String?
    public var change: MeasureChange

    public init(
        sequence: Int64, measure: MeasureNumber, effectiveDate: CalendarDate, recordedAt: RecordedTime,
        actor: String, reason: String?, change: MeasureChange
    ) {
        self.sequence = sequence
        self.measure = measure
        self.effectiveDate = effectiveDate
        self.recordedAt = recordedAt
        self.actor = actor
        self.reason = reason
        self.change = change
    }
}

/// An event not yet recorded: the store gives it its sequence and recorded time.
public struct NewMeasureEvent: Hashable, Sendable {
    public var measure: MeasureNumber
    public var effectiveDate: CalendarDate
    public var actor: String
    public var reason: String?
    public var change: MeasureChange

    public init(
        measure: MeasureNumber, effectiveDate: CalendarDate, actor: String, reason: String?, change: MeasureChange
    ) {
        self.measure = measure
        self.effectiveDate = effectiveDate
        self.actor = actor
        self.reason = reason
        self.change = change
    }
}

public enum MeasureChange: Hashable, Sendable, Codable {
    case created(MeasureDetails)
    case changed(DetailsChange)
    case statusSet(MeasureStatusAssignment)
    case removed
    /// The event with this sequence was entered in error and no longer counts.
    case retracted(sequence: Int64)

    public var kind: Kind {
        switch self {
        case .created: return .created
        case .changed: return .changed
        case .statusSet: return .statusSet
        case .removed: return .removed
        case .retracted: return .retracted
        }
    }

    public enum Kind: String, Sendable, Codable, CaseIterable {
        case created, changed
        case statusSet = "status_set"
        case removed
        case retracted
    }
}

/// A status as set by an event; its date is the event's effective date.
public struct MeasureStatusAssignment: Hashable, Sendable, Codable {
    public var key: String
    public var assumed: Bool
    public var remark: String

    public init(key: String, assumed: Bool = false, remark: String = "") {
        self.key = key
        self.assumed = assumed
        self.remark = remark
    }
}

/// The fields an event changes; nil means unchanged. Planned dates can also be cleared.
public struct DetailsChange: Hashable, Sendable, Codable {
    public var title: String?
    public var description: String?
    public var field: Int?
    public var leadDepartment: String?
    public var partnerDepartments: [String]?
    public var entryDate: CalendarDate?
    public var plannedStart: DateChange?
    public var plannedEnd: DateChange?

    public init(
        title: String? = nil, description: String? = nil, field: Int? = nil, leadDepartment: String? = nil,
        partnerDepartments: [String]? = nil, entryDate: CalendarDate? = nil,
        plannedStart: DateChange? = nil, plannedEnd: DateChange? = nil
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

    /// The change that turns `old` into `new`; empty when they are equal.
    public init(from old: MeasureDetails, to new: MeasureDetails) {
        self.init()
        if old.title != new.title { title = new.title }
        if old.description != new.description { description = new.description }
        if old.field != new.field { field = new.field }
        if old.leadDepartment != new.leadDepartment { leadDepartment = new.leadDepartment }
        if old.partnerDepartments != new.partnerDepartments { partnerDepartments = new.partnerDepartments }
        if old.entryDate != new.entryDate { entryDate = new.entryDate }
        if old.plannedStart != new.plannedStart { plannedStart = DateChange(new.plannedStart) }
        if old.plannedEnd != new.plannedEnd { plannedEnd = DateChange(new.plannedEnd) }
    }

    public var isEmpty: Bool { self == DetailsChange() }

    public func applied(to details: MeasureDetails) -> MeasureDetails {
        var d = details
        if let title { d.title = title }
        if let description { d.description = description }
        if let field { d.field = field }
        if let leadDepartment { d.leadDepartment = leadDepartment }
        if let partnerDepartments { d.partnerDepartments = partnerDepartments }
        if let entryDate { d.entryDate = entryDate }
        if let plannedStart { d.plannedStart = plannedStart.value }
        if let plannedEnd { d.plannedEnd = plannedEnd.value }
        return d
    }

    /// The names of the changed fields, for history listings.
    public var changedFields: [String] {
        var names: [String] = []
        if title != nil { names.append("title") }
        if description != nil { names.append("description") }
        if field != nil { names.append("field") }
        if leadDepartment != nil { names.append("leadDepartment") }
        if partnerDepartments != nil { names.append("partnerDepartments") }
        if entryDate != nil { names.append("entryDate") }
        if plannedStart != nil { names.append("plannedStart") }
        if plannedEnd != nil { names.append("plannedEnd") }
        return names
    }
}

/// A planned date set to a day or cleared.
public struct DateChange: Hashable, Sendable, Codable {
    public var value: CalendarDate?

    public init(_ value: CalendarDate?) {
        self.value = value
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        value = container.decodeNil() ? nil : try container.decode(CalendarDate.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}
