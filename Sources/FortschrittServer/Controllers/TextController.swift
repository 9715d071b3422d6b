import FortschrittDomain
import Foundation
import Hummingbird

/// The strategies and their texts, public: every published version, and any two compared.
struct TextController: Sendable {
    let deps: WebDependencies

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/strategien") { request, context in
            try await deps.cache.respond(request, context) {
                try await StrategiesModel.load(
                    catalogues: deps.catalogues, texts: deps.texts, siteName: await deps.siteName()
                ).render(PageContext(request, context))
            }
        }
        router.get("/strategien/{slug}/text") { request, context in
            try await version(request, context, number: nil)
        }
        router.get("/strategien/{slug}/text/{number}") { request, context in
            try await version(request, context, number: try context.versionNumber("number"))
        }
        // The comparison form's answer: a page of its own per pair, so that it is kept like the others.
        router.get("/strategien/{slug}/vergleich") { request, context in
            let strategy = try await strategy(context)
            let query = request.uri.queryParameters
            let from = try Input.integer(String(query["von"] ?? ""), "von", in: 1...100_000)
            let to = try Input.integer(String(query["zu"] ?? ""), "zu", in: 1...100_000)
            return Redirect(to: "/strategien/\(strategy.slug)/text/\(from)/vergleich/\(to)").response
        }
        router.get("/strategien/{slug}/text/{number}/vergleich/{to}") { request, context in
            let (from, to) = (try context.versionNumber("number"), try context.versionNumber("to"))
            let strategy = try await strategy(context)
            return try await deps.cache.respond(request, context) {
                guard
                    let model = try await TextComparisonModel.load(
                        strategy, from: from, to: to, texts: deps.texts, siteName: await deps.siteName())
                else { throw HTTPError(.notFound, message: context.language.text(.noTextVersion("\(from)/\(to)"))) }
                return model.render(PageContext(request, context))
            }
        }
    }

    func version(_ request: Request, _ context: WebRequestContext, number: Int?) async throws -> Response {
        let strategy = try await strategy(context)
        return try await deps.cache.respond(request, context) {
            guard
                let model = try await StrategyTextModel.load(
                    strategy, number: number, texts: deps.texts, siteName: await deps.siteName(),
                    portalStrategy: try await deps.catalogues.strategies().first?.id, today: deps.today())
            else {
                throw HTTPError(
                    .notFound, message: context.language.text(.noTextVersion(number.map(String.init) ?? "")))
            }
            return model.render(PageContext(request, context))
        }
    }

    func strategy(_ context: WebRequestContext) async throws -> Strategy {
        let slug = context.parameters.get("slug") ?? ""
        guard let strategy = try await deps.catalogues.strategies().first(where: { $0.slug == slug }) else {
            throw HTTPError(.notFound, message: context.language.text(.noTextVersion(String(slug.prefix(64)))))
        }
        return strategy
    }
}

extension WebRequestContext {
    /// A version number from the path: 1…100,000, else 400 naming the parameter.
    func versionNumber(_ name: String) throws -> Int {
        try Input.integer(parameters.get(name) ?? "", name, in: 1...100_000)
    }
}
