import FortschrittDomain
import Foundation

extension CatalogueImport {
    /// The changes that make `current` say what the file says. Throws every problem at once.
    public func plan(against current: Catalogue, options: Options) throws(ImportFailure) -> ChangeSet {
        var changes = ChangeSet()
        var problems: [ImportProblem] = []
        func problem(_ row: Row, _ column: CatalogueColumn?, _ message: String) {
            problems.append(ImportProblem(file: file, line: row.line, column: column?.rawValue, message: message))
        }
        let note = "Import \(file)"

        // Fields of action: known by title; a new one takes the number its measures start with.
        var fieldNumbers = Dictionary(
            current.fields.map { ($0.title.lowercased(), $0.number) }, uniquingKeysWith: { a, _ in a })
        var takenNumbers = Set(current.fields.map(\.number))
        for row in rows where fieldNumbers[row.field.lowercased()] == nil {
            if current.strategy.fieldsFixed {
                problem(
                    row, .field,
                    "unknown field of action '\(row.field)' (this strategy's fields are fixed: "
                        + "\(current.fields.map(\.title).joined(separator: "; ")))"
                )
                continue
            }
            var number = row.number.fieldPrefix ?? 1
            if takenNumbers.contains(number) { number = (takenNumbers.max() ?? 0) + 1 }
            takenNumbers.insert(number)
            fieldNumbers[row.field.lowercased()] = number
            changes.fields.append(FieldOfAction(number: number, title: row.field))
        }

        // Departments: a code the city has not named yet is added under its code.
        var departmentCodes = Set(current.departments.map(\.code))
        for row in rows {
            for code in [row.lead] + row.partners where !departmentCodes.contains(code) {
                departmentCodes.insert(code)
                changes.departments.append(Department(code: code, name: code))
            }
        }

        for row in rows {
            guard let field = fieldNumbers[row.field.lowercased()] else { continue }
            var status: StatusDefinition?
            if !row.status.isEmpty {
                do throws(RuleViolation) {
                    let definition = try CatalogueEditor.status(row.status, in: current.statuses)
                    try CatalogueEditor.check(
                        status: definition, since: row.since!, entryDate: row.entryDate, reason: row.remark)
                    status = definition
                } catch {
                    let column: CatalogueColumn =
                        error.subject == "reason" ? .remark : error.subject == "since" ? .since : .status
                    let message = error.subject == "reason" ? "\(error.message): give it in this column" : error.message
                    problem(row, column, message)
                    continue
                }
            }
            let existing = current.measure(row.number)
            var details =
                existing?.details
                ?? MeasureDetails(title: row.title, field: field, leadDepartment: row.lead, entryDate: row.entryDate)
            details.title = row.title
            details.field = field
            details.leadDepartment = row.lead
            details.partnerDepartments = row.partners
            details.entryDate = row.entryDate
            if let description = row.description { details.description = description }
            if case .some(let start) = row.plannedStart { details.plannedStart = start }
            if case .some(let end) = row.plannedEnd { details.plannedEnd = end }
            do throws(RuleViolation) {
                try CatalogueEditor.check(
                    details: details, fields: Array(takenNumbers), departments: Array(departmentCodes))
            } catch {
                problem(row, nil, error.description)
                continue
            }

            if let existing {
                if existing.details.entryDate != details.entryDate {
                    // A corrected entry date re-creates the measure on the right day.
                    changes.retractions.append(
                        Retraction(
                            measure: row.number, kind: .created, effectiveAfter: nil, actor: options.actor,
                            reason: "\(note): Aufgenommen \(details.entryDate)"))
                    changes.events.append(
                        NewMeasureEvent(
                            measure: row.number, effectiveDate: details.entryDate, actor: options.actor, reason: note,
                            change: .created(details)))
                } else {
                    let change = DetailsChange(from: existing.details, to: details)
                    if !change.isEmpty {
                        changes.events.append(
                            NewMeasureEvent(
                                measure: row.number, effectiveDate: max(options.changesEffective, details.entryDate),
                                actor: options.actor, reason: note, change: .changed(change)))
                    }
                }
            } else {
                changes.events.append(
                    NewMeasureEvent(
                        measure: row.number, effectiveDate: row.entryDate, actor: options.actor, reason: note,
                        change: .created(details)))
            }

            guard let status, let since = row.since else {
                if let current = existing?.status {
                    problem(
                        row, .status,
                        "is empty, but measure \(row.number) has status '\(current.key)' since \(current.since); a "
                            + "status cannot be cleared by import"
                    )
                }
                continue
            }
            let wanted = MeasureStatus(key: status.key, since: since, assumed: row.assumed, remark: row.remark)
            if existing?.status == wanted { continue }
            if let known = existing?.status, since < known.since {
                // The file says this status has held since before the one recorded: withdraw the later ones.
                changes.retractions.append(
                    Retraction(
                        measure: row.number, kind: .statusSet, effectiveAfter: since, actor: options.actor,
                        reason: "\(note): \(status.labelDE) seit \(since)"))
            }
            changes.events.append(
                NewMeasureEvent(
                    measure: row.number, effectiveDate: since, actor: options.actor,
                    reason: row.remark.isEmpty ? note : row.remark,
                    change: .statusSet(
                        MeasureStatusAssignment(key: status.key, assumed: row.assumed, remark: row.remark))))
        }

        if options.removeMissing {
            let listed = Set(rows.map(\.number))
            for measure in current.measures where !listed.contains(measure.number) {
                changes.events.append(
                    NewMeasureEvent(
                        measure: measure.number,
                        effectiveDate: max(options.changesEffective, measure.details.entryDate),
                        actor: options.actor, reason: "\(note): not listed", change: .removed))
            }
        }
        let all = (cellProblems + problems).enumerated().sorted { a, b in
            (a.element.line ?? 0, a.offset) < (b.element.line ?? 0, b.offset)
        }.map(\.element)
        if !all.isEmpty { throw ImportFailure(problems: all) }
        return changes
    }

    /// Stored measures the file does not list.
    public func missing(from current: Catalogue) -> [MeasureNumber] {
        let listed = Set(rows.map(\.number))
        return current.measures.map(\.number).filter { !listed.contains($0) }
    }
}
