import FortschrittDomain
import Foundation

// The JSON shapes of the export and the read API: one definition for both.

public struct StrategyDocument: Codable, Sendable, Equatable {
    public var slug: String
    public var title: String
    public var body: String
    public var adoptedOn: CalendarDate?
    public var resolution: String?

    public init(_ s: Strategy) {
        slug = s.slug
        title = s.title
        body = s.body
        adoptedOn = s.adoptedOn
        resolution = s.resolution
    }
}

public struct StatusDocument: Codable, Sendable, Equatable {
    public var key: String
    public var label: String
    public var labelEn: String
    public var kind: StatusKind
    public var requiresReason: Bool

    public init(_ s: StatusDefinition) {
        key = s.key
        label = s.labelDE
        labelEn = s.labelEN
        kind = s.kind
        requiresReason = s.kind.requiresReason
    }
}

public struct MeasureStatusDocument: Codable, Sendable, Equatable {
    public var key: String
    public var label: String
    public var labelEn: String
    public var kind: StatusKind
    public var since: CalendarDate
    public var assumed: Bool
    public var remark: String
}

public struct MeasureDocument: Codable, Sendable, Equatable {
    public var number: String
    public var title: String
    public var description: String
    public var field: FieldOfAction
    public var leadDepartment: Department
    public var partnerDepartments: [Department]
    public var entryDate: CalendarDate
    public var plannedStart: CalendarDate?
    public var plannedEnd: CalendarDate?
    /// Null until the first status is known.
    public var status: MeasureStatusDocument?
    /// Present where asked for: the measure's events, oldest first.
    public var history: [EventDocument]?

    public init(_ m: Measure, in catalogue: Catalogue, history: [MeasureEvent]? = nil) {
        let d = m.details
        number = m.number.text
        title = d.title
        description = d.description
        field = catalogue.field(d.field) ?? FieldOfAction(number: d.field, title: String(d.field))
        leadDepartment =
            catalogue.department(d.leadDepartment) ?? Department(code: d.leadDepartment, name: d.leadDepartment)
        partnerDepartments = d.partnerDepartments.map { catalogue.department($0) ?? Department(code: $0, name: $0) }
        entryDate = d.entryDate
        plannedStart = d.plannedStart
        plannedEnd = d.plannedEnd
        status = m.status.map { s in
            let definition = catalogue.statuses[s.key]
            return MeasureStatusDocument(
                key: s.key, label: definition?.labelDE ?? s.key, labelEn: definition?.labelEN ?? s.key,
                kind: definition?.kind ?? .active, since: s.since, assumed: s.assumed, remark: s.remark)
        }
        self.history = history.map { $0.map(EventDocument.init) }
    }

    enum CodingKeys: String, CodingKey {
        case number, title, description, field, leadDepartment, partnerDepartments, entryDate, plannedStart, plannedEnd,
            status, history
    }

    /// `status` is written as null, not left out: "no status yet" is a statement.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(title, forKey: .title)
        try c.encode(description, forKey: .description)
        try c.encode(field, forKey: .field)
        try c.encode(leadDepartment, forKey: .leadDepartment)
        try c.encode(partnerDepartments, forKey: .partnerDepartments)
        try c.encode(entryDate, forKey: .entryDate)
        try c.encodeIfPresent(plannedStart, forKey: .plannedStart)
        try c.encodeIfPresent(plannedEnd, forKey: .plannedEnd)
        try c.encode(status, forKey: .status)
        try c.encodeIfPresent(history, forKey: .history)
    }
}

/// One history event: what changed, when it took effect, when and by whom it was recorded, and why.
public struct EventDocument: Codable, Sendable, Equatable {
    public var sequence: Int64
    public var kind: MeasureChange.Kind
    public var effectiveDate: CalendarDate
    public var recordedAt: RecordedTime
    public var actor: String
    public var reason: String?
    /// For `created`: the measure's details.
    public var details: MeasureDetails?
    /// For `changed`: only the fields that changed.
    public var changes: DetailsChange?
    /// For `status_set`.
    public var status: MeasureStatusAssignment?
    /// For `retracted`: the sequence of the event withdrawn.
    public var retracts: Int64?

    public init(_ e: MeasureEvent) {
        sequence = e.sequence
        kind = e.change.kind
        effectiveDate = e.effectiveDate
        recordedAt = e.recordedAt
        actor = e.actor
        reason = e.reason
        switch e.change {
        case .created(let d): details = d
        case .changed(let c): changes = c
        case .statusSet(let s): status = s
        case .removed: break
        case .retracted(let sequence): retracts = sequence
        }
    }
}

public struct CatalogueDocument: Codable, Sendable {
    public var strategy: StrategyDocument
    /// Null: the current state.
    public var asOf: CalendarDate?
    public var knownAt: RecordedTime?
    public var fields: [FieldOfAction]
    public var departments: [Department]
    public var statuses: [StatusDocument]
    public var count: Int
    public var measures: [MeasureDocument]

    public init(_ c: Catalogue, measures: [MeasureDocument]) {
        strategy = StrategyDocument(c.strategy)
        asOf = c.asOf
        knownAt = c.knownAt
        fields = c.fields
        departments = c.departments
        statuses = c.statuses.all.map(StatusDocument.init)
        count = measures.count
        self.measures = measures
    }
}
