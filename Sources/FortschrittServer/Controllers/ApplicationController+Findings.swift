import FortschrittDomain
import Foundation
import Hummingbird

/// Findings: recorded by whoever keeps the application; their questions put to a discussion by the
/// strategy office, as a contribution to the block it chooses among the versions open for discussion.
extension ApplicationController {
    func addFindingRoutes(to router: Router<WebRequestContext>) {
        router.postForm("/verwaltung/anwendungen/{slug}/befunde", NoFields.self) { request, context, posted in
            let slug = context.parameters.get("slug") ?? ""
            let account = try DataController.dataStaff(request, context)
            let model = try await form(slug, request, context)
            do {
                _ = try await deps.applications.addFinding(
                    to: slug, text: posted.entered["befund"] ?? "", question: posted.entered["frage"] ?? "",
                    actor: account.actorName, at: .now())
                deps.cache.invalidate()
                return Redirect(to: "/verwaltung/anwendungen/\(slug)?befund=1").response
            } catch let violation as RuleViolation {
                return model.refused(violation, entered: posted.entered, request, context)
            }
        }
        router.get("/verwaltung/anwendungen/{slug}/befunde/{finding}/diskussion") { request, context in
            HTMLResponse.personal(try await putForm(request, context).render(PageContext(request, context)))
        }
        router.postForm("/verwaltung/anwendungen/{slug}/befunde/{finding}/diskussion", NoFields.self) {
            request, context, posted in
            let admin = try Guard.admin(request, context)
            let model = try await putForm(request, context)
            do {
                let chosen = posted.entered["abschnitt"] ?? ""
                let parts = chosen.split(separator: "/").map(String.init)
                let refused = RuleViolation("abschnitt", .noSuchBlock(Input.excerpt(chosen)))
                guard parts.count == 3, let number = Int(parts[1]), let block = BlockID(parts[2]),
                    let open = model.versions.first(where: {
                        $0.strategy.slug == parts[0] && $0.version.number == number
                    }),
                    open.version.block(block) != nil
                else { throw refused }
                _ = try await deps.applications.putToDiscussion(
                    model.finding.id, version: open.version, block: block, actor: admin.actorName,
                    today: deps.today(), at: .now())
                deps.cache.refresh()
                return Redirect(to: "/verwaltung/anwendungen/\(model.application.slug)?diskussion=1").response
            } catch let violation as RuleViolation {
                return model.refused(violation, entered: posted.entered, request, context)
            }
        }
    }

    /// The form that puts a finding's question to discussion: for the strategy office, a finding of this
    /// application with a question not yet put, and the versions open for discussion today.
    func putForm(_ request: Request, _ context: WebRequestContext) async throws -> PutToDiscussionModel {
        let admin = try Guard.admin(request, context)
        let found = try await kept(context.parameters.get("slug") ?? "", admin, context)
        let id = context.parameters.get("finding").flatMap { Int64($0) }
        guard
            let finding = try await deps.applications.findings(of: found.application.slug).first(where: {
                $0.id == id
            })
        else { throw HTTPError(.notFound, message: context.language.text(.rule(.noSuchFinding))) }
        let today = deps.today()
        let versions = try await deps.publishedVersions().filter { $0.1.isOpen(on: today) }.map {
            PutToDiscussionModel.OpenVersion(strategy: $0.0, version: $0.1)
        }
        return PutToDiscussionModel(
            siteName: await deps.siteName(), application: found.application, finding: finding, versions: versions)
    }
}
