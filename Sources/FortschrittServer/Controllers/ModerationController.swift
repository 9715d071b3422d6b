import FortschrittDomain
import Foundation
import Hummingbird

/// Reporting a contribution (anyone signed in), and the moderators' queue, actions and badges.
struct ModerationController: Sendable {
    let deps: WebDependencies
    let address: PublicAddress

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/beitraege/{id}/melden") { request, context in
            let reporter = try reporter(request, context)
            return try await reportPage(request, context, reporter: reporter, entered: "", error: nil)
        }
        router.postForm("/beitraege/{id}/melden", ReportForm.self) { request, context, posted in
            let reporter = try reporter(request, context)
            let id = try contributionID(context)
            do {
                try await deps.moderation.report(id, reason: posted.fields.reason ?? "", by: reporter, at: .now())
            } catch let violation as RuleViolation {
                return try await reportPage(
                    request, context, reporter: reporter, entered: posted.fields.reason ?? "",
                    error: context.language.text(.rule(violation.rule)), status: .unprocessableContent)
            }
            var model = try await reportModel(context)
            model.sent = true
            return HTMLResponse.personal(model.render(PageContext(request, context)))
        }
        router.get("/verwaltung/moderation") { request, context in
            _ = try Guard.moderator(request, context)
            let value = String(request.uri.queryParameters["zustand"] ?? "offen")
            guard let queue = ModerationQueueModel.queues.first(where: { $0.value == value })?.queue else {
                throw Problem.badParameter("zustand", ModerationQueueModel.queues.map(\.value).joined(separator: ", "))
            }
            let model = ModerationQueueModel(
                siteName: await deps.siteName(), queue: queue, items: try await deps.moderation.queue(queue, limit: 200)
            )
            return HTMLResponse.personal(model.render(PageContext(request, context)))
        }
        router.get("/verwaltung/moderation/{id}") { request, context in
            _ = try Guard.moderator(request, context)
            var model = try await itemModel(context)
            model.notice = request.uri.queryParameters["gespeichert"] != nil ? context.language.text(.saved) : nil
            return HTMLResponse.personal(model.render(PageContext(request, context)))
        }
        router.postForm("/verwaltung/moderation/{id}", ModerationForm.self) { request, context, posted in
            let moderator = try Guard.moderator(request, context)
            var model = try await itemModel(context)
            let form = posted.fields
            do {
                let action = try Self.action(form)
                try await deps.moderation.moderate(
                    model.item.contribution.id, action, by: moderator,
                    notice: try hideNotice(model.item, action: action, request), at: .now())
            } catch let violation as RuleViolation {
                model.entered = ["grund": form.reason ?? "", "stelle": form.passage ?? ""]
                model.error = context.language.text(.rule(violation.rule))
                return HTMLResponse.personal(model.render(PageContext(request, context)), status: .unprocessableContent)
            }
            deps.cache.refresh()
            return Redirect(to: "/verwaltung/moderation/\(model.item.contribution.id)?gespeichert=1").response
        }
        router.get("/verwaltung/teilnehmende") { request, context in
            _ = try Guard.moderator(request, context)
            let search = try Input.text(String(request.uri.queryParameters["suche"] ?? ""), "suche", limit: 60)
            var model = ModeratedParticipantsModel(
                siteName: await deps.siteName(), search: search,
                participants: try await deps.moderation.participants(named: search, limit: 200))
            model.notice = request.uri.queryParameters["gespeichert"] != nil ? context.language.text(.saved) : nil
            return HTMLResponse.personal(model.render(PageContext(request, context)))
        }
        router.postForm("/verwaltung/teilnehmende/{id}", BadgeForm.self) { request, context, posted in
            let moderator = try Guard.moderator(request, context)
            let id = try Input.integer(context.parameters.get("id") ?? "", "id", in: Int64(1)...Int64.max)
            let value = posted.fields.badge ?? ""
            let badge = Participant.Badge(rawValue: value)
            guard badge != nil || value.isEmpty else {
                throw Problem.badParameter(
                    "kennzeichnung", Participant.Badge.allCases.map(\.rawValue).joined(separator: ", "))
            }
            try await deps.moderation.setBadge(badge, of: id, by: moderator, at: .now())
            deps.cache.refresh()
            return Redirect(to: "/verwaltung/teilnehmende?gespeichert=1").response
        }
    }

    /// Anyone signed in may report: a participant, or a staff member. Others sign in first.
    func reporter(_ request: Request, _ context: WebRequestContext) throws -> Reporter {
        if let participant = context.participant { return .participant(participant.id) }
        if let account = context.identity { return .account(account.id) }
        let page = request.uri.path.hasSuffix("/melden") ? request.uri.path : "/strategien"
        throw Redirect(to: "/beteiligung/anmelden?weiter=\(Query.escape(page))")
    }

    func contributionID(_ context: WebRequestContext) throws -> Contribution.ID {
        try Input.integer(context.parameters.get("id") ?? "", "id", in: Int64(1)...Int64.max)
    }

    func reportModel(_ context: WebRequestContext) async throws -> ReportModel {
        let id = try contributionID(context)
        guard let item = try await deps.moderation.item(id), item.contribution.state == .visible else {
            throw HTTPError(.notFound, message: context.language.text(.rule(.noSuchContribution)))
        }
        return ReportModel(siteName: await deps.siteName(), item: item)
    }

    func reportPage(
        _ request: Request, _ context: WebRequestContext, reporter: Reporter, entered: String, error: String?,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        var model = try await reportModel(context)
        model.entered = entered
        model.error = error
        return HTMLResponse.personal(model.render(PageContext(request, context)), status: status)
    }

    func itemModel(_ context: WebRequestContext) async throws -> ModerationItemModel {
        let id = try contributionID(context)
        guard let item = try await deps.moderation.item(id) else {
            throw HTTPError(.notFound, message: context.language.text(.rule(.noSuchContribution)))
        }
        return ModerationItemModel(siteName: await deps.siteName(), item: item)
    }

    static func action(_ form: ModerationForm) throws(RuleViolation) -> ModerationAction {
        switch form.action ?? "" {
        case "ausblenden": return .hide(reason: form.reason ?? "")
        case "einblenden": return .show
        case "behalten": return .keep
        case "freigeben": return .approve
        case "schwaerzen": return .redact(passage: form.passage ?? "")
        default:
            throw RuleViolation(
                "aktion",
                .notOneOf(form.action ?? "", options: "ausblenden, einblenden, behalten, freigeben, schwaerzen"))
        }
    }

    /// The author hears why, in German and English (participants keep no language of their own),
    /// with the address of the contribution, which shows the reason in its place.
    func hideNotice(_ item: ModerationItem, action: ModerationAction, _ request: Request) throws -> MailMessage? {
        guard case .hide(let reason) = action else { return nil }
        let link = try address.base(for: request) + "/beitraege/\(item.contribution.id)"
        let number = "\(item.contribution.id)"
        let reasonText = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        return .bilingual(
            kind: "contribution-hidden", subject: { $0.text(.hiddenMailSubject(number)) },
            body: { $0.text(.hiddenMailBody(number, reasonText, link)) })
    }
}
