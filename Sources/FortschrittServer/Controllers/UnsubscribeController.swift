import FortschrittDomain
import Foundation
import Hummingbird
import Plot

/// One-click unsubscribing (RFC 8058): a POST to the link in a mail's `List-Unsubscribe` ends at once,
/// without a session or a form token (the signed link is the authority; `CSRFMiddleware` exempts
/// this path and no other); a GET only shows a button that posts, so link scanners end nothing.
struct UnsubscribeController: Sendable {
    let deps: WebDependencies
    let secrets: ServerSecrets

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/benachrichtigungen/abbestellen/{token}") { request, context in
            let unsubscribe = try await verified(context)
            return page(request, context, unsubscribe, done: false, siteName: await deps.siteName())
        }
        router.post("/benachrichtigungen/abbestellen/{token}") { request, context in
            // The body ("List-Unsubscribe=One-Click") says nothing the link does not; read within the limit.
            _ = try await request.body.collect(upTo: context.maxUploadSize)
            let unsubscribe = try await verified(context)
            let now = RecordedTime.now()
            if unsubscribe.scope == MailMessage.Unsubscribe.all {
                try await deps.participants.stopAllMail(unsubscribe.participant, at: now)
            } else {
                try await deps.participants.unfollow(
                    try Follow.Target(key: unsubscribe.scope), by: unsubscribe.participant, at: now)
            }
            return page(request, context, unsubscribe, done: true, siteName: await deps.siteName())
        }
    }

    func verified(_ context: WebRequestContext) async throws -> MailMessage.Unsubscribe {
        let links = UnsubscribeLinks(key: try await secrets.key(UnsubscribeLinks.secretName), publicURL: nil)
        guard let unsubscribe = links.verify(context.parameters.get("token") ?? "") else {
            throw HTTPError(.notFound, message: context.language.text(.unsubscribeLinkInvalid))
        }
        return unsubscribe
    }

    func page(
        _ request: Request, _ context: WebRequestContext, _ unsubscribe: MailMessage.Unsubscribe, done: Bool,
        siteName: String
    ) -> Response {
        let page = PageContext(request, context)
        let what =
            unsubscribe.scope == MailMessage.Unsubscribe.all
            ? page.text(.unsubscribeAll)
            : page.text(
                .unsubscribeFollow(
                    (try? Follow.Target(key: unsubscribe.scope)).map { FollowParts.describe($0, page) } ?? ""))
        let content: Node<HTML.BodyContext> =
            done
            ? .p(.attr("role", "status"), .text(page.text(.unsubscribed)))
            : .group(
                .p(.text(what)),
                .formTag(
                    .attr("method", "post"), .attr("action", request.uri.path),
                    .button(.type(.submit), .text(page.text(.unsubscribeButton)))))
        let html = Layout.render(
            page, title: page.text(.unsubscribeTitle), siteName: siteName, .h1(.text(page.text(.unsubscribeTitle))),
            content)
        return HTMLResponse.personal(html)
    }
}
