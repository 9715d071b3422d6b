import FortschrittDomain
import Foundation
import Hummingbird

/// The transparency portal: start page, catalogue, measures, reports, legal pages. No account needed.
struct PublicController: Sendable {
    let deps: WebDependencies

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/") { request, context in
            try await deps.cache.respond(request, context) {
                let strategy = try await deps.strategy()
                return try await HomeModel.load(strategy, catalogues: deps.catalogues, today: deps.today()).render(
                    PageContext(request, context))
            }
        }
        router.get("/massnahmen") { request, context in
            let query: CatalogueQuery
            do {
                query = try CatalogueQuery(request.uri.queryParameters.map { (String($0.key), String($0.value)) })
            } catch let error as RuleViolation {
                throw Problem.badParameter(error.subject, context.language.text(.rule(error.rule)))
            }
            return try await deps.cache.respond(request, context) {
                let strategy = try await deps.strategy()
                return try await CatalogueModel.load(
                    strategy, query: query, catalogues: deps.catalogues, today: deps.today()
                )
                .render(PageContext(request, context))
            }
        }
        router.get("/massnahmen/{number}") { request, context in
            let number = try context.measureNumber()
            return try await deps.cache.respond(request, context) {
                let strategy = try await deps.strategy()
                guard
                    var model = try await MeasureModel.load(
                        strategy, number: number, account: context.identity, catalogues: deps.catalogues,
                        workspace: deps.workspace, texts: deps.texts, today: deps.today())
                else {
                    throw HTTPError(.notFound, message: context.language.text(.noMeasure("\(number)")))
                }
                let indicators = try await deps.indicators.indicators().filter { $0.measures.contains("\(number)") }
                for indicator in indicators {
                    model.indicators.append(
                        IndicatorFigures(indicator, events: try await deps.indicators.valueEvents(of: indicator.slug)))
                }
                return model.render(PageContext(request, context))
            }
        }
        router.get("/berichte") { request, context in
            try await deps.cache.respond(request, context) {
                try await ReportsModel.load(try await deps.strategy(), council: deps.council).render(
                    PageContext(request, context))
            }
        }
        router.get("/barrierefreiheit") { request, context in
            try await deps.cache.respond(request, context) {
                LegalPages.accessibility(
                    PageContext(request, context), siteName: await deps.siteName(), operator: deps.siteOperator)
            }
        }
        router.get("/impressum") { request, context in
            try await deps.cache.respond(request, context) {
                LegalPages.imprint(
                    PageContext(request, context), siteName: await deps.siteName(), operator: deps.siteOperator)
            }
        }
        router.get("/sprache/{language}") { request, context in
            guard let language = context.parameters.get("language").flatMap(Language.init(rawValue:)) else {
                throw HTTPError(.notFound, message: context.language.text(.languagesAre))
            }
            let back = Guard.localPath(request.uri.queryParameters["zurueck"].map(String.init))
            var response = Response(status: .seeOther, headers: [.location: back])
            response.headers[values: .setCookie].append(
                Cookie(
                    name: Language.cookie, value: language.rawValue, maxAge: 365 * 86_400, path: "/", httpOnly: true,
                    sameSite: .lax
                ).description)
            return response
        }
        router.get("/static/site.css") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=86400"],
                body: .init(byteBuffer: ByteBuffer(string: SiteStyle.css)))
        }
    }
}
