import FortschrittDomain
import Foundation
import Hummingbird

/// The staff workspace: the overview, editing a measure's details and status, internal notes, and
/// confirming a measure unchanged in an update round. Every save records events with the signed-in
/// account as actor; a save on top of someone else's newer change is refused as a conflict.
struct WorkspaceController: Sendable {
    let deps: WebDependencies

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/arbeitsbereich") { request, context in
            let account = try Guard.signedIn(request, context)
            // Moderators work on the discussion, not the catalogue.
            if account.role == .moderator { return Redirect(to: "/verwaltung/moderation").response }
            // Experts review versions of the text.
            if account.role == .expert { return Redirect(to: "/verwaltung/gutachten").response }
            let notice = Self.notice(request, context.language)
            let model = try await WorkspaceModel.load(
                try await deps.strategy(), account: account, catalogues: deps.catalogues,
                workspace: deps.workspace, today: deps.today(), notice: notice)
            return HTMLResponse.personal(model.render(PageContext(request, context)))
        }
        router.get("/massnahmen/{number}/bearbeiten") { request, context in
            var model = try await editable(request, context).1
            model.notice = Self.notice(request, context.language)
            return HTMLResponse.personal(model.render(PageContext(request, context), today: deps.today()))
        }
        router.postForm("/massnahmen/{number}/status", StatusForm.self) { request, context, posted in
            try await save(.status, request, context, posted) { form, model, account in
                let status = form.status ?? ""
                guard let since = CalendarDate(form.since ?? "") else {
                    throw RuleViolation("since", .dateRequired)
                }
                let reason = form.reason.nonBlank
                let remark = form.remark.nonBlank ?? reason ?? ""
                let number = model.measure.number
                return { current in
                    try Self.stillEditable(number, in: current, by: account, context.language)
                    return try CatalogueEditor(current: current).setStatus(
                        number, status: status, since: since, reason: reason,
                        remark: remark, actor: account.actorName)
                }
            }
        }
        router.postForm("/massnahmen/{number}/bearbeiten", DetailsForm.self) { request, context, posted in
            try await save(.details, request, context, posted) { form, model, account in
                let old = model.measure.details
                var new = old
                new.title = form.title.nonBlank ?? ""
                new.description = form.description.nonBlank ?? ""
                guard let field = Int(form.field ?? "") else {
                    throw RuleViolation("field", .unknownField(form.field ?? "", known: ""))
                }
                new.field = field
                new.leadDepartment = form.lead ?? old.leadDepartment
                if account.role != .admin, new.leadDepartment != old.leadDepartment,
                    !account.departments.contains(new.leadDepartment)
                {
                    throw RuleViolation("leadDepartment", .leadOnlyToOwnDepartments)
                }
                new.partnerDepartments = (form.partners ?? "").split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }.filter { !$0.isEmpty }
                new.plannedStart = try Self.optionalDate(form.plannedStart, subject: "plannedStart", context.language)
                new.plannedEnd = try Self.optionalDate(form.plannedEnd, subject: "plannedEnd", context.language)
                guard let effective = CalendarDate(form.effective ?? "") else {
                    throw RuleViolation("since", .dateRequired)
                }
                let change = DetailsChange(from: old, to: new)
                let number = model.measure.number
                let reason = form.reason.nonBlank
                return { current in
                    try Self.stillEditable(number, in: current, by: account, context.language)
                    return try CatalogueEditor(current: current).changeMeasure(
                        number, change: change, effective: effective, actor: account.actorName, reason: reason)
                }
            }
        }
        router.postForm("/massnahmen/{number}/notiz", NoteForm.self) { request, context, posted in
            let (strategy, model, account) = try await editable(request, context)
            do {
                try await deps.workspace.addNote(
                    posted.fields.note ?? "", to: model.measure.number, in: strategy, actor: account.actorName)
            } catch let violation as RuleViolation {
                var failed = model
                failed.failed = .note
                failed.values = ["notiz": posted.fields.note ?? ""]
                failed.errors = [
                    "notiz": violation.subject == "note"
                        ? context.language.text(.pleaseEnterSomeText)
                        : Self.message(violation, context.language)
                ]
                return HTMLResponse.personal(
                    failed.render(PageContext(request, context), today: deps.today()), status: .unprocessableContent)
            }
            return Redirect(to: "/massnahmen/\(model.measure.number.text)/bearbeiten?gespeichert=notiz").response
        }
        router.postForm("/massnahmen/{number}/bestaetigen", NoFields.self) { request, context, _ in
            let (strategy, model, account) = try await editable(request, context)
            guard let round = try await deps.workspace.currentRound(in: strategy), round.isOpen else {
                throw HTTPError(
                    .conflict,
                    message: context.language.text(.noUpdateRoundIsOpen))
            }
            do {
                try await deps.workspace.confirm(model.measure.number, in: round, actor: account.actorName)
            } catch let violation as RuleViolation {
                throw HTTPError(.conflict, message: Self.message(violation, context.language))
            }
            return Redirect(to: "/arbeitsbereich?gespeichert=bestaetigt").response
        }
    }

    /// The strategy, the edit model and the account, once the account may edit this measure.
    func editable(_ request: Request, _ context: WebRequestContext) async throws -> (
        Strategy, EditMeasureModel, Account
    ) {
        _ = try Guard.signedIn(request, context)
        let strategy = try await deps.strategy()
        let number = try context.measureNumber()
        guard
            let model = try await EditMeasureModel.load(
                strategy, number: number, catalogues: deps.catalogues, workspace: deps.workspace)
        else {
            throw HTTPError(.notFound, message: context.language.text(.noMeasure("\(number)")))
        }
        let account = try Guard.editor(of: model.measure, request, context)
        return (strategy, model, account)
    }

    typealias Plan = @Sendable (Catalogue) throws -> ChangeSet

    /// Checked again inside the write: the lead department may have changed since the page was read.
    static func stillEditable(
        _ number: MeasureNumber, in current: Catalogue, by account: Account, _ language: Language
    ) throws {
        guard let measure = current.measure(number), Access.mayEdit(measure, by: account) else {
            throw HTTPError(.forbidden, message: language.text(.mayNoLongerEdit("\(number)")))
        }
    }

    /// Reads the form, plans the change and records it unless someone else changed the measure
    /// since the editor saw it. Errors are shown next to their fields; nothing is recorded then.
    func save<Fields: MeasureForm>(
        _ kind: EditMeasureModel.Form, _ request: Request, _ context: WebRequestContext, _ posted: PostedForm<Fields>,
        plan: (Fields, EditMeasureModel, Account) throws -> Plan
    ) async throws -> Response {
        let (strategy, model, account) = try await editable(request, context)
        var failed = model
        failed.failed = kind
        failed.values = posted.entered.filter { $0.key != CSRFToken.field }
        guard let seen = Int64(posted.fields.seen ?? "") else {
            throw Problem.badParameter("gesehen", "missing or not a number")
        }
        do {
            let planned = try plan(posted.fields, model, account)
            try await deps.catalogues.update(strategy, editing: model.measure.number, seen: seen, planned)
            deps.cache.invalidate()
        } catch let violation as RuleViolation {
            failed.errors = [
                EditMeasureModel.formField(for: violation.subject, in: kind): Self.message(violation, context.language)
            ]
            return HTMLResponse.personal(
                failed.render(PageContext(request, context), today: deps.today()), status: .unprocessableContent)
        } catch let conflict as EditConflict {
            failed.conflict = conflict.events
            return HTMLResponse.personal(
                failed.render(PageContext(request, context), today: deps.today()), status: .conflict)
        }
        return Redirect(to: "/massnahmen/\(model.measure.number.text)/bearbeiten?gespeichert=\(kind.rawValue)").response
    }

    static func optionalDate(_ value: String?, subject: String, _ language: Language) throws -> CalendarDate? {
        guard let text = value.nonBlank else { return nil }
        guard let date = CalendarDate(text) else {
            throw RuleViolation(subject, .notADate(text))
        }
        return date
    }

    /// A broken rule in the page's language.
    static func message(_ violation: RuleViolation, _ language: Language) -> String {
        language.text(.rule(violation.rule))
    }

    static func notice(_ request: Request, _ language: Language) -> String? {
        switch request.uri.queryParameters["gespeichert"].map(String.init) {
        case "status": return language.text(.theStatusWasSaved)
        case "details": return language.text(.theDetailsWereSaved)
        case "notiz": return language.text(.theNoteWasAdded)
        case "bestaetigt":
            return language.text(.theMeasureWasConfirmedUnchanged)
        default: return nil
        }
    }
}
