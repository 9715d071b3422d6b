import Foundation

/// The rules for changing a catalogue, checked against its current state. Each method returns the
/// events to record, or throws the first rule the change breaks. The import uses the same checks.
public struct CatalogueEditor: Sendable {
    public let current: Catalogue

    public init(current: Catalogue) {
        self.current = current
    }

    public func addMeasure(_ number: MeasureNumber, details: MeasureDetails, actor: String, reason: String?)
        throws(RuleViolation) -> ChangeSet
    {
        if current.measure(number) != nil {
            throw RuleViolation("number", .measureExists(number.text))
        }
        try Self.check(
            details: details, fields: current.fields.map(\.number), departments: current.departments.map(\.code))
        try Self.check(actor: actor)
        try Self.check(reason: reason)
        return ChangeSet(events: [
            NewMeasureEvent(
                measure: number, effectiveDate: details.entryDate, actor: actor,
                reason: reason, change: .created(details))
        ])
    }

    public func changeMeasure(
        _ number: MeasureNumber, change: DetailsChange, effective: CalendarDate, actor: String, reason: String?
    ) throws(RuleViolation) -> ChangeSet {
        let measure = try existing(number)
        if change.isEmpty { throw RuleViolation("change", .nothingToChange) }
        let changed = change.applied(to: measure.details)
        try Self.check(
            details: changed, fields: current.fields.map(\.number), departments: current.departments.map(\.code))
        try Self.check(actor: actor)
        try Self.check(reason: reason)
        if effective < changed.entryDate {
            throw RuleViolation("since", .beforeEntry(date: effective.iso, entry: changed.entryDate.iso))
        }
        return ChangeSet(events: [
            NewMeasureEvent(
                measure: number, effectiveDate: effective, actor: actor, reason: reason, change: .changed(change))
        ])
    }

    public func setStatus(
        _ number: MeasureNumber, status text: String, since: CalendarDate, reason: String?, remark: String = "",
        assumed: Bool = false, actor: String
    ) throws(RuleViolation) -> ChangeSet {
        let measure = try existing(number)
        let definition = try Self.status(text, in: current.statuses)
        try Self.check(status: definition, since: since, entryDate: measure.details.entryDate, reason: reason)
        try Self.check(actor: actor)
        try Self.check(reason: reason)
        _ = try Input.text(remark, "remark", limit: Input.textLimit, multiline: true)
        return ChangeSet(events: [
            NewMeasureEvent(
                measure: number, effectiveDate: since, actor: actor, reason: reason?.trimmed.nonEmpty,
                change: .statusSet(MeasureStatusAssignment(key: definition.key, assumed: assumed, remark: remark)))
        ])
    }

    public func removeMeasure(_ number: MeasureNumber, effective: CalendarDate, actor: String, reason: String?)
        throws(RuleViolation) -> ChangeSet
    {
        _ = try existing(number)
        guard let reason = reason?.trimmed.nonEmpty else {
            throw RuleViolation("reason", .removalNeedsReason)
        }
        try Self.check(actor: actor)
        try Self.check(reason: reason)
        return ChangeSet(events: [
            NewMeasureEvent(measure: number, effectiveDate: effective, actor: actor, reason: reason, change: .removed)
        ])
    }

    private func existing(_ number: MeasureNumber) throws(RuleViolation) -> Measure {
        guard let measure = current.measure(number) else {
            throw RuleViolation("number", .noMeasure(number.text))
        }
        return measure
    }

    // MARK: The rules, shared with the import

    public static func status(_ text: String, in statuses: StatusSet) throws(RuleViolation) -> StatusDefinition {
        guard let definition = statuses.find(text) else {
            throw RuleViolation(
                "status", .unknownStatus(text, known: statuses.all.map(\.labelDE).joined(separator: ", ")))
        }
        return definition
    }

    public static func check(status: StatusDefinition, since: CalendarDate, entryDate: CalendarDate, reason: String?)
        throws(RuleViolation)
    {
        if status.kind.requiresReason, reason?.trimmed.nonEmpty == nil {
            throw RuleViolation("reason", .statusNeedsReason(status.labelDE))
        }
        if since < entryDate {
            throw RuleViolation("since", .beforeEntry(date: since.iso, entry: entryDate.iso))
        }
    }

    public static func check(details: MeasureDetails, fields: [Int], departments: [String]) throws(RuleViolation) {
        if details.title.trimmed.isEmpty {
            throw RuleViolation("title", .measureNeedsTitle)
        }
        _ = try Input.text(details.title, "title")
        _ = try Input.text(details.description, "description", limit: Input.textLimit, multiline: true)
        if !fields.contains(details.field) {
            throw RuleViolation(
                "field", .unknownField("\(details.field)", known: fields.map(String.init).joined(separator: ", ")))
        }
        for code in [details.leadDepartment] + details.partnerDepartments where !departments.contains(code) {
            throw RuleViolation("department", .unknownDepartment(code, known: departments.joined(separator: ", ")))
        }
        if details.partnerDepartments.contains(details.leadDepartment) {
            throw RuleViolation("partners", .leadIsPartner(details.leadDepartment))
        }
        if let start = details.plannedStart, let end = details.plannedEnd, end < start {
            throw RuleViolation("plannedEnd", .endsBeforeStart(end: end.iso, start: start.iso))
        }
    }

    public static func check(actor: String) throws(RuleViolation) {
        if actor.trimmed.isEmpty { throw RuleViolation("actor", .changeNeedsActor) }
        _ = try Input.text(actor, "actor", limit: 320)
    }

    /// Reasons and remarks: free text, line breaks allowed, control characters not.
    public static func check(reason: String?) throws(RuleViolation) {
        if let reason { _ = try Input.text(reason, "reason", limit: Input.textLimit, multiline: true) }
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
    var nonEmpty: String? { isEmpty ? nil : self }
}
