/// Everything one write adds, recorded together or not at all.
public struct ChangeSet: Sendable, Equatable {
    public var fields: [FieldOfAction]
    public var departments: [Department]
    public var events: [NewMeasureEvent]
    public var retractions: [Retraction]

    public init(
        fields: [FieldOfAction] = [], departments: [Department] = [], events: [NewMeasureEvent] = [],
        retractions: [Retraction] = []
    ) {
        self.fields = fields
        self.departments = departments
        self.events = events
        self.retractions = retractions
    }

    public var isEmpty: Bool { fields.isEmpty && departments.isEmpty && events.isEmpty && retractions.isEmpty }

    public mutating func append(_ other: ChangeSet) {
        fields += other.fields
        departments += other.departments
        events += other.events
        retractions += other.retractions
    }
}

/// Withdraws earlier events of one kind: used when a later source contradicts what was recorded,
/// e.g. a spreadsheet stating that a status has held since before the status recorded after it.
/// The store turns it into one `.retracted` event per withdrawn event.
public struct Retraction: Sendable, Hashable {
    public var measure: MeasureNumber
    public var kind: MeasureChange.Kind
    /// Only events effective after this date; nil: all events of the kind.
    public var effectiveAfter: CalendarDate?
    public var actor: String
    public var reason: String

    public init(
        measure: MeasureNumber, kind: MeasureChange.Kind, effectiveAfter: CalendarDate?, actor: String, reason: String
    ) {
        self.measure = measure
        self.kind = kind
        self.effectiveAfter = effectiveAfter
        self.actor = actor
        self.reason = reason
    }
}

/// A write or an input that breaks a rule; `subject` names the field or parameter at fault.
public struct RuleViolation: Error, Sendable, Equatable, CustomStringConvertible {
    public var subject: String
    public var rule: Rule

    public init(_ subject: String, _ rule: Rule) {
        self.subject = subject
        self.rule = rule
    }

    /// In English, for the command line, logs and the API.
    public var message: String { rule.english }
    public var description: String { "\(subject): \(message)" }
}
