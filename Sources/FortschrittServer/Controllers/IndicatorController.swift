import FortschrittDomain
import FortschrittExchange
import Foundation
import Hummingbird

/// Indicators for everyone: the list with each one's status, one indicator's page with chart, table,
/// forecast and every value event, its values as CSV and JSON, and the read API. Sources that are not
/// open datasets are never named.
struct IndicatorController: Sendable {
    let deps: WebDependencies

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/daten/indikatoren") { request, context in
            try await deps.cache.respond(request, context) {
                let events = try await publicEvents(of: nil, open: try await openDatasets())
                return IndicatorsModel(
                    siteName: await deps.siteName(),
                    indicators: try await deps.indicators.indicators().map { IndicatorFigures($0, events: events) }
                ).render(PageContext(request, context))
            }
        }
        router.get("/daten/indikatoren/{slug}") { request, context in
            let slug = context.parameters.get("slug") ?? ""
            return try await deps.cache.respond(request, context) {
                let indicator = try await indicator(slug, context)
                let open = try await deps.datasets.datasets(publicOnly: true)
                let events = try await publicEvents(of: slug, open: Set(open.map(\.slug)))
                return IndicatorModel(
                    siteName: await deps.siteName(), figures: IndicatorFigures(indicator, events: events),
                    departmentName: try await DataController(deps: deps).departmentNames()[indicator.department],
                    openSources: open.filter { indicator.datasets.contains($0.slug) }, events: events
                ).render(PageContext(request, context))
            }
        }
        router.get("/daten/indikatoren/{slug}/werte.csv") { request, context in
            let slug = context.parameters.get("slug") ?? ""
            _ = try await indicator(slug, context)
            let values = IndicatorSeries.values(
                from: try await publicEvents(of: slug, open: try await openDatasets()), asOf: nil)
            return TextController.download(
                ByteBuffer(string: IndicatorValuesCSV.csv(values)), type: "text/csv; charset=utf-8",
                name: "\(slug).csv")
        }
        router.get("/daten/indikatoren/{slug}/werte.json") { request, context in
            let document = try await document(context.parameters.get("slug") ?? "", context)
            return TextController.download(
                ByteBuffer(bytes: try JSONCoding.encoder.encode(document)), type: "application/json; charset=utf-8",
                name: "\(document.id).json")
        }
        router.get("/api/v1/indicators") { request, _ in
            _ = try QueryParameters(request, allowed: [])
            let open = try await openDatasets()
            let events = try await publicEvents(of: nil, open: open)
            return JSONResponse(
                value: try await deps.indicators.indicators().map { indicator in
                    let figures = IndicatorFigures(indicator, events: events)
                    return IndicatorDocument(
                        indicator, values: figures.values, forecast: figures.forecast, openDatasets: open)
                })
        }
        router.get("/api/v1/indicators/{slug}") { request, context in
            _ = try QueryParameters(request, allowed: [])
            return JSONResponse(value: try await document(context.parameters.get("slug") ?? "", context))
        }
        addStaffRoutes(to: router)
    }

    func indicator(_ slug: String, _ context: WebRequestContext) async throws -> Indicator {
        guard let found = try await deps.indicators.indicator(slug: slug) else {
            throw HTTPError(.notFound, message: context.language.text(.rule(.noSuchIndicator(Input.excerpt(slug)))))
        }
        return found.indicator
    }

    func document(_ slug: String, _ context: WebRequestContext) async throws -> IndicatorDocument {
        let indicator = try await indicator(slug, context)
        let open = try await openDatasets()
        let figures = IndicatorFigures(indicator, events: try await publicEvents(of: slug, open: open))
        return IndicatorDocument(indicator, values: figures.values, forecast: figures.forecast, openDatasets: open)
    }

    func openDatasets() async throws -> Set<String> {
        Set(try await deps.datasets.datasets(publicOnly: true).map(\.slug))
    }

    /// The value events with their source named only where it is one of the `open` datasets.
    func publicEvents(of slug: String?, open: Set<String>) async throws -> [IndicatorValueEvent] {
        try await deps.indicators.valueEvents(of: slug).map { event in
            var shown = event
            if let source = event.source, !open.contains(source) { shown.source = nil }
            return shown
        }
    }
}
