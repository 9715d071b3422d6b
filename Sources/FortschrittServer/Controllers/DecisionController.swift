import FortschrittDomain
import Foundation
import Hummingbird

/// The Abwägung: staff prepare a decision for one or many contributions of a version at once
/// (admins on every block, editors on blocks serving their departments' measures), and the
/// strategy office publishes the prepared decisions together, each author told by mail.
struct DecisionController: Sendable {
    let deps: WebDependencies
    let address: PublicAddress

    func addRoutes(to router: Router<WebRequestContext>) {
        addEntryRoutes(to: router)
        addTableRoute(to: router)
        router.get("/verwaltung/abwaegung") { request, context in
            _ = try Guard.decisionStaff(request, context)
            let model = StaffVersionsModel(
                siteName: await deps.siteName(), title: .decisions, empty: .noPublishedVersion,
                prefix: "/verwaltung/abwaegung", versions: try await deps.publishedVersions())
            return HTMLResponse.personal(model.render(PageContext(request, context)))
        }
        router.get("/verwaltung/abwaegung/{slug}/{number}") { request, context in
            var model = try await load(request, context)
            model.notice = request.uri.queryParameters["gespeichert"] != nil ? context.language.text(.saved) : nil
            return HTMLResponse.personal(model.render(PageContext(request, context)))
        }
        router.postForm("/verwaltung/abwaegung/{slug}/{number}", DecisionForm.self) { request, context, posted in
            let model = try await load(request, context)
            let form = posted.fields
            do {
                let boxes = posted.entered.keys.filter { $0.hasPrefix("beitrag-") }
                guard boxes.count <= DecisionsModel.mostAtOnce else {
                    throw RuleViolation(
                        "beitrag",
                        .outOfRange(value: "\(boxes.count)", lower: "1", upper: "\(DecisionsModel.mostAtOnce)"))
                }
                let chosen = Set(
                    try boxes.map { try Input.integer(String($0.dropFirst(8)), "beitrag", in: Int64(1)...Int64.max) })
                let blocks = model.blocksByContribution
                let cut = model.cutIntoSegments
                for id in chosen {
                    if cut.contains(id) { throw RuleViolation("beitrag", .decideSegments("\(id)")) }
                    guard let block = blocks[id], model.mayPrepare.contains(block) else {
                        throw RuleViolation("beitrag", .notYourBlock(blocks[id]?.text ?? "\(id)"))
                    }
                }
                let decision = try Self.decision(form)
                try await deps.decisions.prepare(
                    decision, for: Array(chosen), on: model.version, versions: model.published,
                    actor: model.account.actorName, at: .now())
            } catch let violation as RuleViolation {
                return model.refused(violation, entered: posted.entered, request, context)
            }
            return Redirect(to: model.path + "?gespeichert=1").response
        }
        router.postForm("/verwaltung/abwaegung/{slug}/{number}/beschluss", AdoptionForm.self) {
            request, context, posted in
            try await adminChange(request, context, entered: posted.entered) { model, admin in
                let date = try Input.date(posted.fields.date ?? "", "datum")
                try await deps.decisions.adopt(
                    model.version, on: date, strategyVersions: model.published, actor: admin.actorName, at: .now())
            }
        }
        router.postForm("/verwaltung/abwaegung/{slug}/{number}/veranstaltung", EventForm.self) {
            request, context, posted in
            try await adminChange(request, context, entered: posted.entered) { model, admin in
                let event = try Self.event(posted.fields, id: 0, version: model.version.number)
                try await deps.events.record(event, strategy: model.strategy.id, actor: admin.actorName, at: .now())
            }
        }
        addEventCorrectionRoutes(to: router)
        addSegmentRoutes(to: router)
        router.postForm("/verwaltung/abwaegung/{slug}/{number}/veroeffentlichen", PublicationForm.self) {
            request, context, posted in
            let base = try address.base(for: request)
            return try await adminChange(request, context, entered: posted.entered) { model, admin in
                // Only what the page showed, as it was prepared then: a later change waits for the next look.
                var reviewed: [Contribution.ID: RecordedTime] = [:]
                for (key, value) in posted.entered where key.hasPrefix("gesehen-") {
                    reviewed[try Input.integer(String(key.dropFirst(8)), "gesehen", in: Int64(1)...Int64.max)] =
                        RecordedTime(microseconds: try Input.integer(value, "gesehen", in: Int64(0)...Int64.max))
                }
                if let chosen = posted.fields.at.nonBlank {
                    _ = try await deps.decisions.schedule(
                        version: model.version, reviewed: reviewed, publishAt: try Input.localTime(chosen, "zeitpunkt"),
                        actor: admin.actorName, at: .now())
                    return
                }
                _ = try await deps.decisions.publish(
                    version: model.version, reviewed: reviewed, actor: admin.actorName, at: .now()
                ) { contribution, decision in Self.notice(contribution, decision, base: base) }
            }
        }
        router.postForm("/verwaltung/abwaegung/{slug}/{number}/veroeffentlichung/{id}/absagen", NoFields.self) {
            request, context, posted in
            let id = try Input.integer(context.parameters.get("id") ?? "", "id", in: Int64(1)...Int64.max)
            return try await adminChange(request, context, entered: posted.entered) { model, admin in
                try await deps.decisions.cancelSchedule(id, on: model.version, actor: admin.actorName, at: .now())
            }
        }
    }

    /// The office lays the version's table before the council as files of a paper, once.
    func addTableRoute(to router: Router<WebRequestContext>) {
        router.postForm("/verwaltung/abwaegung/{slug}/{number}/tabelle", DecisionTableForm.self) {
            request, context, posted in
            try await adminChange(request, context, entered: posted.entered) { model, admin in
                _ = try await DecisionTablePublisher(
                    texts: deps.texts, contributions: deps.contributions, decisions: deps.decisions,
                    council: deps.council
                ).publish(
                    model.strategy, version: model.version.number, paper: posted.fields.paper ?? "",
                    actor: admin.actorName, today: deps.today())
            }
        }
    }

    /// An office's change on the version's Abwägung page: made, back to the page (public pages
    /// renewed); refused, the page again with the reason and what was entered.
    func adminChange(
        _ request: Request, _ context: WebRequestContext, entered: [String: String],
        _ change: (DecisionsModel, Account) async throws -> Void
    ) async throws -> Response {
        let admin = try Guard.admin(request, context)
        let model = try await load(request, context)
        do {
            try await change(model, admin)
        } catch let violation as RuleViolation {
            return model.refused(violation, entered: entered, request, context)
        }
        deps.cache.invalidate()
        return Redirect(to: model.path + "?gespeichert=1").response
    }

    func load(_ request: Request, _ context: WebRequestContext) async throws -> DecisionsModel {
        let account = try Guard.decisionStaff(request, context)
        let strategy = try await deps.strategy(context)
        let number = try context.versionNumber("number")
        let versions = try await deps.texts.versions(of: strategy).filter { $0.state == .published }
        guard let version = versions.first(where: { $0.number == number }) else {
            throw HTTPError(.notFound, message: context.language.text(.noTextVersion("\(number)")))
        }
        return DecisionsModel(
            siteName: await deps.siteName(), account: account, strategy: strategy, version: version,
            published: versions, discussion: try await deps.contributions.contributions(to: version),
            records: try await deps.decisions.decisions(on: version),
            schedules: try await deps.decisions.schedules(on: version),
            adoptedOn: try await deps.decisions.adoptions(of: strategy.id)[version.number],
            mayPrepare: try await mayPrepare(on: version, by: account),
            papers: try await deps.council.papers().map(\.number),
            events: try await deps.events.events(of: strategy.id).filter { $0.version == number },
            table: try await deps.council.publishedDecisionTables().first {
                $0.strategy == strategy.id && $0.version == number
            })
    }

    /// The blocks of the version whose contributions this person may decide (and cut into segments).
    func mayPrepare(on version: TextVersion, by account: Account) async throws -> Set<BlockID> {
        var leads: [MeasureNumber: String] = [:]
        if let catalogue = try await deps.catalogues.strategies().first(where: { $0.id == version.catalogue }) {
            for measure in try await deps.catalogues.catalogue(of: catalogue, asOf: nil, knownAt: nil).measures {
                leads[measure.number] = measure.details.leadDepartment
            }
        }
        return Set(version.blocks.filter { Access.mayPrepareDecision(on: $0, leads: leads, by: account) }.map(\.id))
    }

    /// The form read into an event; the domain checks the rest.
    static func event(_ form: EventForm, id: DiscussionEvent.ID, version: Int) throws(RuleViolation)
        -> DiscussionEvent
    {
        let format: DiscussionEvent.Format = try Input.choice(form.format ?? "", "format")
        return DiscussionEvent(
            id: id, version: version, heldOn: try Input.date(form.date ?? "", "datum"), format: format,
            place: form.place ?? "",
            attendees: try Input.integer(form.attendees ?? "", "teilnehmende", in: 0...100_000),
            minutes: form.minutes ?? "")
    }

    static func decision(_ form: DecisionForm) throws(RuleViolation) -> Decision {
        let outcome: Decision.Outcome = try Input.choice(form.outcome ?? "", "ergebnis")
        var place: Decision.Place?
        if let applied = form.appliedIn.nonBlank {
            let parts = applied.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2, let block = BlockID(parts[1]) else {
                throw RuleViolation("umgesetzt", .noSuchPlace(Input.excerpt(applied)))
            }
            place = Decision.Place(version: try Input.integer(parts[0], "umgesetzt", in: 1...100_000), block: block)
        }
        return Decision(outcome: outcome, reason: form.reason ?? "", appliedIn: place)
    }

    /// In German and English (participants keep no language of their own), with the address of the
    /// contribution, whose page shows the decision.
    static func notice(_ contribution: Contribution, _ decision: Decision, base: String) -> MailMessage {
        // Of a segment, the author knows the number of the contribution it was cut from.
        let number = "\(contribution.segmentOf ?? contribution.id)"
        let link = base + "/beitraege/\(contribution.id)"
        func body(_ language: Language) -> String {
            let part =
                contribution.segmentOf == nil ? "" : "\n\n" + language.text(.decisionMailSegment(contribution.text))
            let reason = decision.reason.isEmpty ? "" : "\n\n" + language.text(.decisionReason) + ": " + decision.reason
            return language.text(.decisionMailBody(number, language.text(.outcome(decision.outcome)), link)) + part
                + reason
        }
        return .bilingual(
            kind: "decision-published", subject: { $0.text(.decisionMailSubject(number)) }, body: body)
    }
}
