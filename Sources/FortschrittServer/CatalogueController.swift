import FortschrittDomain
import FortschrittExchange
import Hummingbird

/// The read API over the catalogue: measures (filtered, as of a date), one measure with its
/// history, and the strategy's fields, departments and statuses.
struct CatalogueController {
    let repository: any CatalogueRepository
    /// For the names the public sees instead of staff addresses.
    let accounts: any AccountRepository

    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("strategies", use: strategies)
        group.get("measures", use: measures)
        group.get("measures/{number}", use: measure)
        group.get("fields", use: fields)
        group.get("departments", use: departments)
        group.get("statuses", use: statuses)
    }

    @Sendable func strategies(_ request: Request, context: some RequestContext) async throws -> JSONResponse<
        [StrategyDocument]
    > {
        _ = try QueryParameters(request, allowed: [])
        return JSONResponse(value: try await repository.strategies().map(StrategyDocument.init))
    }

    @Sendable func measures(_ request: Request, context: some RequestContext) async throws -> JSONResponse<
        CatalogueDocument
    > {
        let query = try QueryParameters(
            request, allowed: ["strategy", "as_of", "known_at", "field", "status", "department"])
        let catalogue = try await self.catalogue(query)
        var measures = catalogue.measures
        if let text = query["field"] {
            guard
                let field = catalogue.fields.first(where: {
                    String($0.number) == text || $0.title.lowercased() == text.lowercased()
                })
            else {
                throw Problem.badParameter(
                    "field",
                    "unknown field of action '\(text)' (known: "
                        + "\(catalogue.fields.map { String($0.number) }.joined(separator: ", ")))"
                )
            }
            measures = measures.filter { $0.details.field == field.number }
        }
        if let text = query["status"] {
            guard let status = catalogue.statuses.find(text) else {
                throw Problem.badParameter(
                    "status", "unknown status '\(text)' (known: \(catalogue.statuses.keys.joined(separator: ", ")))")
            }
            measures = measures.filter { $0.status?.key == status.key }
        }
        if let code = query["department"] {
            guard catalogue.department(code) != nil else {
                throw Problem.badParameter("department", "unknown department '\(code)'")
            }
            measures = measures.filter {
                $0.details.leadDepartment == code || $0.details.partnerDepartments.contains(code)
            }
        }
        return JSONResponse(
            value: CatalogueDocument(catalogue, measures: measures.map { MeasureDocument($0, in: catalogue) }))
    }

    @Sendable func measure(_ request: Request, context: WebRequestContext) async throws -> JSONResponse<MeasureDocument>
    {
        let query = try QueryParameters(request, allowed: ["strategy", "as_of", "known_at"])
        let text = context.parameters.get("number") ?? ""
        guard let number = MeasureNumber(text) else {
            throw Problem.badParameter("number", "'\(text)' is not a measure number")
        }
        let catalogue = try await self.catalogue(query)
        guard let measure = catalogue.measure(number) else {
            let when = catalogue.asOf.map { " on \($0)" } ?? ""
            throw Problem.notFound("no measure \(number) in \(catalogue.strategy.slug)\(when)")
        }
        let history = try await repository.history(of: number, in: catalogue.strategy).filter { event in
            (catalogue.asOf.map { event.effectiveDate <= $0 } ?? true)
                && (catalogue.knownAt.map { event.recordedAt <= $0 } ?? true)
        }
        var document = MeasureDocument(measure, in: catalogue, history: history)
        if !Access.seesInternalNotes(context.identity) {
            let actors = PublicActors(accounts: try await accounts.accounts())
            document.history = document.history?.map { event in
                var event = event
                event.actor = actors.name(for: event.actor)
                return event
            }
        }
        return JSONResponse(value: document)
    }

    @Sendable func fields(_ request: Request, context: some RequestContext) async throws -> JSONResponse<
        [FieldOfAction]
    > {
        JSONResponse(value: try await catalogue(QueryParameters(request, allowed: ["strategy"])).fields)
    }

    @Sendable func departments(_ request: Request, context: some RequestContext) async throws -> JSONResponse<
        [Department]
    > {
        JSONResponse(value: try await catalogue(QueryParameters(request, allowed: ["strategy"])).departments)
    }

    @Sendable func statuses(_ request: Request, context: some RequestContext) async throws -> JSONResponse<
        [StatusDocument]
    > {
        JSONResponse(
            value: try await catalogue(QueryParameters(request, allowed: ["strategy"])).statuses.all.map(
                StatusDocument.init))
    }

    private func catalogue(_ query: QueryParameters) async throws -> Catalogue {
        let strategy: Strategy
        switch try await StrategyChoice.chooseCatalogue(query["strategy"], in: repository) {
        case .success(let chosen): strategy = chosen
        case .failure(.unknown(let slug, let known)):
            throw Problem.badParameter("strategy", StrategyChoice.Problem.unknown(slug, known: known).description)
        case .failure(let problem):
            throw problem == .none
                ? Problem.notFound(problem.description) : Problem.badParameter("strategy", problem.description)
        }
        return try await repository.catalogue(
            of: strategy, asOf: try query.date("as_of"), knownAt: try query.time("known_at"))
    }
}

/// The query string, refusing parameters a route does not know and values that do not parse.
struct QueryParameters {
    private var values: [String: String] = [:]

    init(_ request: Request, allowed: Set<String>) throws {
        for (key, value) in request.uri.queryParameters {
            let name = String(key)
            guard allowed.contains(name) else {
                let known =
                    allowed.isEmpty
                    ? "this route takes no parameters" : "known: \(allowed.sorted().joined(separator: ", "))"
                throw Problem.badParameter(name, "unknown parameter '\(name)' (\(known))")
            }
            guard values[name] == nil else { throw Problem.badParameter(name, "parameter '\(name)' is given twice") }
            guard !value.isEmpty else { throw Problem.badParameter(name, "parameter '\(name)' is empty") }
            values[name] = try Input.text(String(value), name, limit: 200)
        }
    }

    subscript(name: String) -> String? { values[name] }

    func date(_ name: String) throws -> CalendarDate? {
        try values[name].map { try Input.date($0, name) }
    }

    func time(_ name: String) throws -> RecordedTime? {
        try values[name].map { try Input.time($0, name) }
    }
}
