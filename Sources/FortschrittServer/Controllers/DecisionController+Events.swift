import FortschrittDomain
import Foundation
import Hummingbird

/// Corrections of the discussion events the office recorded: the event's whole new state and why.
extension DecisionController {
    func addEventCorrectionRoutes(to router: Router<WebRequestContext>) {
        let path = "/verwaltung/abwaegung/{slug}/{number}/veranstaltung/{id}"
        router.get(RouterPath(path)) { request, context in
            HTMLResponse.personal(try await eventCorrection(request, context).render(PageContext(request, context)))
        }
        router.postForm(RouterPath(path), EventForm.self) { request, context, posted in
            let admin = try Guard.admin(request, context)
            let model = try await eventCorrection(request, context)
            do {
                let event = try Self.event(posted.fields, id: model.event.id, version: model.version.number)
                try await deps.events.correct(
                    event, reason: posted.fields.reason ?? "", strategy: model.strategy.id, actor: admin.actorName,
                    at: .now())
            } catch let violation as RuleViolation {
                return model.refused(violation, entered: posted.entered, request, context)
            }
            deps.cache.invalidate()
            return Redirect(to: model.decisionsPath + "?gespeichert=1").response
        }
    }

    func eventCorrection(_ request: Request, _ context: WebRequestContext) async throws -> EventCorrectionModel {
        _ = try Guard.admin(request, context)
        let strategy = try await deps.strategy(context)
        let number = try context.versionNumber("number")
        let id = try Input.integer(context.parameters.get("id") ?? "", "id", in: Int64(1)...Int64.max)
        guard let version = try await deps.texts.version(number: number, of: strategy), version.state == .published,
            let event = try await deps.events.events(of: strategy.id).first(where: {
                $0.id == id && $0.version == number
            })
        else { throw HTTPError(.notFound, message: context.language.text(.rule(.noSuchEvent))) }
        return EventCorrectionModel(siteName: await deps.siteName(), strategy: strategy, version: version, event: event)
    }
}
