import FortschrittDomain
import Foundation
import Hummingbird

/// Expert review: invited experts rate a version's acceptance and practicality, per block or as a
/// whole; the strategy office reads every review and publishes the ones it chooses. Unpublished
/// reviews appear on no public page and in no public answer.
struct ReviewController: Sendable {
    let deps: WebDependencies

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/verwaltung/gutachten") { request, context in
            _ = try Guard.reviewStaff(request, context)
            let model = StaffVersionsModel(
                siteName: await deps.siteName(), title: .reviews, empty: .noPublishedVersionToReview,
                prefix: "/verwaltung/gutachten", versions: try await deps.publishedVersions())
            return HTMLResponse.personal(model.render(PageContext(request, context)))
        }
        router.get("/verwaltung/gutachten/{slug}/{number}") { request, context in
            var model = try await load(request, context)
            model.notice = request.uri.queryParameters["gespeichert"] != nil ? context.language.text(.saved) : nil
            return HTMLResponse.personal(model.render(PageContext(request, context)))
        }
        router.postForm("/verwaltung/gutachten/{slug}/{number}", ReviewForm.self) { request, context, posted in
            let expert = try Guard.reviewStaff(request, context)
            guard Access.mayReview(expert) else {
                throw HTTPError(.forbidden, message: context.language.text(.onlyStrategyOffice))
            }
            let model = try await load(request, context)
            let form = posted.fields
            do {
                var block: BlockID?
                if let chosen = form.block.nonBlank {
                    guard let id = BlockID(chosen) else {
                        throw RuleViolation("abschnitt", .noSuchBlock(Input.excerpt(chosen)))
                    }
                    block = id
                }
                let review = ExpertReview(
                    version: model.version.number, block: block,
                    acceptance: try Input.integer(form.acceptance ?? "", "akzeptanz", in: ExpertReview.scale),
                    practicality: try Input.integer(
                        form.practicality ?? "", "praxistauglichkeit", in: ExpertReview.scale),
                    reason: form.reason ?? "")
                _ = try await deps.reviews.submit(review, on: model.version, by: expert, at: .now())
            } catch let violation as RuleViolation {
                return model.refused(violation, entered: posted.entered, request, context)
            }
            return Redirect(to: model.path + "?gespeichert=1").response
        }
        router.postForm("/verwaltung/gutachten/{slug}/{number}/veroeffentlichen", NoFields.self) {
            request, context, posted in
            let admin = try Guard.admin(request, context)
            let model = try await load(request, context)
            do {
                let chosen = try posted.entered.keys.filter { $0.hasPrefix("gutachten-") }.prefix(10_000).map {
                    try Input.integer(String($0.dropFirst(10)), "gutachten", in: Int64(1)...Int64.max)
                }
                _ = try await deps.reviews.publish(chosen, on: model.version, by: admin, at: .now())
            } catch let violation as RuleViolation {
                return model.refused(violation, entered: [:], request, context)
            }
            deps.cache.invalidate()
            return Redirect(to: model.path + "?gespeichert=1").response
        }
    }

    func load(_ request: Request, _ context: WebRequestContext) async throws -> ReviewsModel {
        let account = try Guard.reviewStaff(request, context)
        let strategy = try await deps.strategy(context)
        let number = try context.versionNumber("number")
        guard let version = try await deps.texts.version(number: number, of: strategy), version.state == .published
        else { throw HTTPError(.notFound, message: context.language.text(.noTextVersion("\(number)"))) }
        let all = try await deps.reviews.reviews(on: version, publishedOnly: false)
        return ReviewsModel(
            siteName: await deps.siteName(), account: account, strategy: strategy, version: version,
            reviews: Access.mayReview(account) ? all.filter { $0.expert == account.id } : all)
    }
}
