import FortschrittDomain
import Foundation
import Hummingbird

/// Cutting a long contribution into segments, each decided on its own, and taking back one cut by
/// mistake: by whoever may decide on the contribution's block and on the block a segment concerns.
extension DecisionController {
    func addSegmentRoutes(to router: Router<WebRequestContext>) {
        let path = "/verwaltung/abwaegung/{slug}/{number}/beitrag/{id}"
        router.get(RouterPath(path)) { request, context in
            var model = try await segments(request, context)
            model.notice = request.uri.queryParameters["gespeichert"] != nil ? context.language.text(.saved) : nil
            return HTMLResponse.personal(model.render(PageContext(request, context)))
        }
        router.postForm(RouterPath(path), SegmentForm.self) { request, context, posted in
            let model = try await segments(request, context)
            do {
                guard let block = BlockID(posted.fields.block ?? ""), model.version.block(block) != nil else {
                    throw RuleViolation("abschnitt", .noSuchBlock(Input.excerpt(posted.fields.block ?? "")))
                }
                for needed in [model.contribution.anchor.block, block] where !model.mayPrepare.contains(needed) {
                    throw RuleViolation("abschnitt", .notYourBlock(needed.text))
                }
                _ = try await deps.contributions.segment(
                    NewSegment(contribution: model.contribution.id, words: posted.fields.words ?? "", block: block),
                    on: model.version, actor: model.account.actorName, at: .now())
            } catch let violation as RuleViolation {
                return model.refused(violation, entered: posted.entered, request, context)
            }
            deps.cache.invalidate()
            return Redirect(to: model.path + "?gespeichert=1").response
        }
        router.postForm(RouterPath(path + "/teil/{segment}/zuruecknehmen"), TakeBackForm.self) {
            request, context, posted in
            let model = try await segments(request, context)
            let id = try Input.integer(context.parameters.get("segment") ?? "", "teil", in: Int64(1)...Int64.max)
            do {
                guard let segment = model.segments.first(where: { $0.id == id }) else {
                    throw RuleViolation("teil", .noSuchContribution)
                }
                for needed in [model.contribution.anchor.block, segment.anchor.block]
                where !model.mayPrepare.contains(needed) {
                    throw RuleViolation("teil", .notYourBlock(needed.text))
                }
                try await deps.contributions.takeBack(
                    segment: id, on: model.version, reason: posted.fields.reason ?? "",
                    actor: model.account.actorName, at: .now())
            } catch let violation as RuleViolation {
                return model.refused(violation, entered: posted.entered, request, context)
            }
            deps.cache.invalidate()
            return Redirect(to: model.path + "?gespeichert=1").response
        }
    }

    func segments(_ request: Request, _ context: WebRequestContext) async throws -> SegmentsModel {
        let account = try Guard.decisionStaff(request, context)
        let strategy = try await deps.strategy(context)
        let number = try context.versionNumber("number")
        let id = try Input.integer(context.parameters.get("id") ?? "", "id", in: Int64(1)...Int64.max)
        guard let version = try await deps.texts.version(number: number, of: strategy), version.state == .published,
            let contribution = try await deps.contributions.contribution(id: id), contribution.segmentOf == nil,
            contribution.strategy == strategy.id, contribution.anchor.version == number, contribution.state != .pending
        else { throw HTTPError(.notFound, message: context.language.text(.rule(.noSuchContribution))) }
        let discussion = try await deps.contributions.contributions(to: version, block: contribution.anchor.block)
        return SegmentsModel(
            siteName: await deps.siteName(), account: account, strategy: strategy, version: version,
            contribution: contribution.publicView,
            segments: discussion[contribution.anchor.block]?.segments[contribution.id] ?? [],
            mayPrepare: try await mayPrepare(on: version, by: account))
    }
}
