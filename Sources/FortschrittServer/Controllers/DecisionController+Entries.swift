import FortschrittDomain
import Foundation
import Hummingbird

/// Contributions that arrived by letter, e-mail or at an event: the strategy office enters them
/// with channel and source, anchored to a block like an online comment.
extension DecisionController {
    func addEntryRoutes(to router: Router<WebRequestContext>) {
        router.get("/verwaltung/eingaben/{slug}/{number}") { request, context in
            var model = try await entries(request, context)
            model.notice = request.uri.queryParameters["gespeichert"] != nil ? context.language.text(.saved) : nil
            return HTMLResponse.personal(model.render(PageContext(request, context)))
        }
        router.postForm("/verwaltung/eingaben/{slug}/{number}", EntryForm.self) { request, context, posted in
            let admin = try Guard.admin(request, context)
            let model = try await entries(request, context)
            do {
                let entry = try Self.entry(posted.fields, on: model.version)
                let stored = try await deps.contributions.enter(
                    entry, on: model.version, events: model.events, actor: admin.actorName, today: deps.today(),
                    at: .now())
                deps.cache.refresh()
                return Redirect(to: model.path + "?gespeichert=\(stored.id)").response
            } catch let violation as RuleViolation {
                return model.refused(violation, entered: posted.entered, request, context)
            }
        }
    }

    func entries(_ request: Request, _ context: WebRequestContext) async throws -> EntriesModel {
        _ = try Guard.admin(request, context)
        let strategy = try await deps.strategy(context)
        let number = try context.versionNumber("number")
        guard let version = try await deps.texts.version(number: number, of: strategy), version.state == .published
        else { throw HTTPError(.notFound, message: context.language.text(.noTextVersion("\(number)"))) }
        let discussion = try await deps.contributions.contributions(to: version)
        return EntriesModel(
            siteName: await deps.siteName(), strategy: strategy, version: version,
            events: try await deps.events.events(of: strategy.id).filter { $0.version == version.number },
            entries: version.blocks.flatMap { discussion[$0.id]?.comments ?? [] }.filter { $0.source != nil })
    }

    /// The form read into an entry; the domain checks the rest.
    static func entry(_ form: EntryForm, on version: TextVersion) throws(RuleViolation) -> EnteredContribution {
        let options = ContributionChannel.enteredByStaff.map(\.rawValue).joined(separator: ", ")
        guard let channel = ContributionChannel(rawValue: form.channel ?? ""),
            ContributionChannel.enteredByStaff.contains(channel)
        else {
            throw RuleViolation("kanal", .notOneOf(Input.excerpt(form.channel ?? ""), options: options))
        }
        var event: DiscussionEvent.ID?
        if let chosen = form.event.nonBlank {
            event = try Input.integer(chosen, "veranstaltung", in: Int64(1)...Int64.max)
        }
        // An event's contribution takes the event's day; the others need theirs.
        let day =
            channel == .event && form.receivedOn.nonBlank == nil
            ? CalendarDate(daysSinceEpoch: 0) : try Input.date(form.receivedOn ?? "", "eingang")
        guard let blockID = BlockID(form.block ?? ""), let block = version.block(blockID) else {
            throw RuleViolation("abschnitt", .noSuchBlock(Input.excerpt(form.block ?? "")))
        }
        let anchor = try QuoteAnchor.posted(form.quote, version: version.number, block: block)
        return EnteredContribution(
            source: ContributionSource(channel: channel, source: form.source ?? "", receivedOn: day, event: event),
            anchor: anchor, text: form.text ?? "", organisation: form.organisation)
    }
}
