import FortschrittDomain
import Foundation
import Hummingbird

/// The strategy office writes the next version of a strategy's text in the browser: check the
/// Markdown (the block matching is shown), save it as the draft for exactly the text checked, and
/// publish the draft with its discussion phase. Admins only.
struct TextEditorController: Sendable {
    let deps: WebDependencies
    let address: PublicAddress

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/verwaltung/texte") { request, context in
            _ = try Guard.admin(request, context)
            var entries: [(strategy: Strategy, latest: TextVersion?, draft: TextVersion?)] = []
            for strategy in try await deps.catalogues.strategies() {
                let versions = try await deps.texts.versions(of: strategy)
                entries.append(
                    (strategy, versions.last { $0.state == .published }, versions.last { $0.state == .draft }))
            }
            let model = TextsModel(siteName: await deps.siteName(), strategies: entries)
            return HTMLResponse.personal(model.render(PageContext(request, context)))
        }
        router.get("/verwaltung/texte/{slug}") { request, context in
            _ = try Guard.admin(request, context)
            var model = try await TextEditorModel.load(
                try await deps.strategy(context), texts: deps.texts, siteName: await deps.siteName())
            model.notice = request.uri.queryParameters["gespeichert"] != nil ? context.language.text(.saved) : nil
            return HTMLResponse.personal(model.render(PageContext(request, context)))
        }
        router.postForm("/verwaltung/texte/{slug}", DraftForm.self) { request, context, posted in
            let admin = try Guard.admin(request, context)
            let form = posted.fields
            var model = try await TextEditorModel.load(
                try await deps.strategy(context), texts: deps.texts, siteName: await deps.siteName())
            model.title = form.title ?? ""
            model.note = form.note ?? ""
            model.markdown = form.markdown ?? ""
            let draft = DraftText(
                title: model.title, markdown: model.markdown, note: model.note,
                catalogue: model.draft?.catalogue ?? model.latest?.catalogue)
            let save = form.action == "speichern" && form.checked == model.checkedDigest
            do {
                let matching = try await deps.texts.saveDraft(
                    draft, of: model.strategy, actor: admin.actorName, dryRun: !save)
                if save { return Redirect(to: model.path + "?gespeichert=1").response }
                model.matching = matching
                // A save asked for a text other than the one checked: check again, show, save nothing.
                if form.action == "speichern" { model.notice = context.language.text(.textChangedSinceCheck) }
            } catch let violation as RuleViolation {
                model.error = context.language.text(.rule(violation.rule))
                return HTMLResponse.personal(model.render(PageContext(request, context)), status: .unprocessableContent)
            }
            return HTMLResponse.personal(model.render(PageContext(request, context)))
        }
        router.postForm("/verwaltung/texte/{slug}/veroeffentlichen", PublishDraftForm.self) {
            request, context, posted in
            let admin = try Guard.admin(request, context)
            let strategy = try await deps.strategy(context)
            let form = posted.fields
            do {
                let phase = try DiscussionPhase(
                    opensOn: try form.opens.nonBlank.map { try Input.date($0, "beginn") },
                    closesOn: try form.closes.nonBlank.map { try Input.date($0, "ende") },
                    moderation: form.preModeration == "1" ? .pre : .post)
                let version = try await deps.texts.publishDraft(
                    of: strategy, phase: phase, actor: admin.actorName,
                    notice: CommentFateMail.notice(base: try address.base(for: request), strategy: strategy))
                deps.cache.invalidate()
                return Redirect(to: "/strategien/\(strategy.slug)/text/\(version.number)").response
            } catch let violation as RuleViolation {
                var model = try await TextEditorModel.load(strategy, texts: deps.texts, siteName: await deps.siteName())
                model.error = context.language.text(.rule(violation.rule))
                return HTMLResponse.personal(model.render(PageContext(request, context)), status: .unprocessableContent)
            }
        }
    }
}
