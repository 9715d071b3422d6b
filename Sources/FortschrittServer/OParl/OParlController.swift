import FortschrittDocuments
import FortschrittDomain
import Foundation
import Hummingbird

/// The OParl 1.1 read API under /oparl/v1/: the council papers, their bodies, meetings and
/// consultations, and the published reports as files.
struct OParlController {
    let catalogues: any CatalogueRepository
    let council: any CouncilRepository
    /// Where links point: the configured public address, or the request's.
    let address: PublicAddress

    func addRoutes(to group: RouterGroup<some RequestContext>) {
        group.get("system") { request, _ in try await self.object(request) { $0.system } }
        group.get("bodies") { request, _ in try await self.list(request) { [$0.body] } }
        group.get("body/1") { request, _ in try await self.object(request) { $0.body.value } }
        group.get("body/1/organizations") { request, _ in try await self.list(request) { $0.organizationEntries } }
        group.get("body/1/people") { request, _ in try await self.list(request) { $0.personEntries } }
        group.get("person/{id}") { request, context in
            try await self.find(request, context) { graph, id in
                graph.personEntries.first { $0.value["id"]?.stringValue == graph.url("person/\(id)") }?.value
            }
        }
        group.get("body/1/meetings") { request, _ in try await self.list(request) { $0.meetingEntries } }
        group.get("body/1/papers") { request, _ in try await self.list(request) { $0.paperEntries } }
        group.get("body/1/agenda-items") { request, _ in try await self.list(request) { $0.agendaItemEntries } }
        group.get("body/1/consultations") { request, _ in try await self.list(request) { $0.consultationEntries } }
        group.get("body/1/files") { request, _ in try await self.list(request) { $0.fileEntries } }
        group.get("body/1/legislative-terms") { request, _ in try await self.list(request) { $0.termEntries } }
        group.get("legislative-term/{id}") { request, context in
            try await self.find(request, context) { graph, id in
                graph.terms.first { String($0.id) == id }.map { graph.term($0).value }
            }
        }
        group.get("organization/{id}") { request, context in
            try await self.find(request, context) { graph, id in
                graph.organizations.first { String($0.id) == id }.map { graph.organization($0).value }
            }
        }
        group.get("organization/{id}/meetings") { request, context in
            let id = context.parameters.get("id") ?? ""
            return try await self.list(request) { graph in
                guard let organization = graph.organizations.first(where: { String($0.id) == id }) else {
                    throw Problem.notFound("no organization \(id)")
                }
                return graph.meetings.filter { $0.organization == organization.id }.map(graph.meeting)
            }
        }
        group.get("meeting/{id}") { request, context in
            try await self.find(request, context) { graph, id in
                graph.meetings.first { String($0.id) == id }.map { graph.meeting($0).value }
            }
        }
        group.get("paper/{id}") { request, context in
            try await self.find(request, context) { graph, id in
                graph.papers.first { String($0.id) == id }.map { graph.paper($0).value }
            }
        }
        group.get("agenda-item/{id}") { request, context in
            try await self.find(request, context) { graph, id in
                graph.agendaSlots.first { "\($0.paper.id)-\($0.consultation.position)" == id }.map {
                    graph.agendaItem($0).value
                }
            }
        }
        group.get("consultation/{id}") { request, context in
            try await self.find(request, context) { graph, id in
                graph.papers.lazy.flatMap { p in p.consultations.map { (p, $0) } }
                    .first { "\($0.0.id)-\($0.1.position)" == id }.map { graph.consultation($0.0, $0.1).value }
            }
        }
        group.get("file/{id}") { request, context in
            try await self.find(request, context) { graph, id in
                graph.fileEntries.first { $0.value["id"]?.stringValue == graph.url("file/\(id)") }?.value
            }
        }
        group.get("file/{id}/content", use: content)
    }

    func graph(_ request: Request) async throws -> OParlGraph {
        let strategies = try await catalogues.strategies()
        var reports: [PublishedReport] = []
        for strategy in strategies { reports += try await council.publishedReports(of: strategy) }
        let base = try address.base(for: request)
        return OParlGraph(
            base: base, bodyName: strategies.first?.body ?? "Stadt", organizations: try await council.organizations(),
            terms: try await council.legislativeTerms(), meetings: try await council.meetings(),
            papers: try await council.papers(), reports: reports, tables: try await council.publishedDecisionTables())
    }

    func object(_ request: Request, _ build: (OParlGraph) throws -> JSONValue) async throws -> JSONResponse<JSONValue> {
        _ = try OParlListQuery(request, isList: false)
        return JSONResponse(value: try build(try await graph(request)))
    }

    func find(_ request: Request, _ context: some RequestContext, _ lookup: (OParlGraph, String) -> JSONValue?)
        async throws -> JSONResponse<JSONValue>
    {
        _ = try OParlListQuery(request, isList: false)
        let id = context.parameters.get("id") ?? ""
        guard let value = lookup(try await graph(request), id) else {
            throw Problem.notFound("no such object: \(request.uri.path)")
        }
        return JSONResponse(value: value)
    }

    func list(_ request: Request, _ entries: (OParlGraph) throws -> [OParlGraph.Entry]) async throws -> JSONResponse<
        JSONValue
    > {
        let query = try OParlListQuery(request, isList: true)
        let graph = try await graph(request)
        return JSONResponse(value: query.page(try entries(graph), selfURL: "\(graph.base)\(request.uri.path)"))
    }

    /// A published report's document, regenerated exactly as published; a published table's as kept.
    @Sendable func content(_ request: Request, context: some RequestContext) async throws -> Response {
        let id = context.parameters.get("id") ?? ""
        for (key, _) in request.uri.queryParameters where key != "download" {
            throw Problem.badParameter(String(key), "unknown parameter '\(key)' (known: download)")
        }
        let file = try await id.hasPrefix("abwaegung-") ? tableFile(id) : reportFile(id)
        var headers = HTTPFields()
        headers[.contentType] = file.type
        if request.uri.queryParameters["download"] != nil {
            headers[.contentDisposition] = ContentDisposition.attachment(file.name)
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: file.data)))
    }

    func reportFile(_ id: String) async throws -> (data: Data, type: String, name: String) {
        let parts = id.split(separator: "-", maxSplits: 1).map(String.init)
        guard parts.count == 2, let reportID = Int64(parts[0]), let format = ReportFormat(rawValue: parts[1]),
            let report = try await council.publishedReport(id: reportID), let paper = report.key.paper
        else {
            throw Problem.notFound("no such file: \(id)")
        }
        let data = try await ReportGenerator(catalogues: catalogues, council: council).published(report, as: format)
        let name = paper.replacingOccurrences(of: "/", with: "-")
        return (data, format.mediaType, "\(name).\(format.fileExtension)")
    }

    /// The bytes kept at publication, checked against their SHA-256 before they leave.
    func tableFile(_ id: String) async throws -> (data: Data, type: String, name: String) {
        let parts = id.split(separator: "-").map(String.init)
        guard parts.count == 3, let tableID = Int64(parts[1]), DecisionTablePublisher.formats.contains(parts[2]),
            let table = try await council.publishedDecisionTables().first(where: { $0.id == tableID }),
            let data = try await council.publishedDocument(decisionTable: tableID, format: parts[2])
        else {
            throw Problem.notFound("no such file: \(id)")
        }
        guard DocumentHashes.sha256(data) == table.hashes[parts[2]] else {
            throw Problem(
                status: .internalServerError, title: "Internal Server Error",
                detail: "the kept file \(id) does not match the checksum recorded at publication")
        }
        let type = ReportFormat(rawValue: parts[2])?.mediaType ?? "application/octet-stream"
        return (data, type, OParlGraph.fileName(table, parts[2]))
    }
}

/// An OParl list's parameters: the page, and the time filters, which its links keep.
struct OParlListQuery {
    static let pageSize = 100
    /// Far beyond any list we hold; keeps the page's offset from overflowing.
    static let maxPage = 1_000_000
    var page = 1
    var filters: [(name: String, time: RecordedTime, text: String)] = []

    init(_ request: Request, isList: Bool) throws {
        for (key, value) in request.uri.queryParameters {
            let name = String(key)
            let text = String(value)
            switch isList ? name : "" {
            case "page":
                page = try Input.integer(text, name, in: 1...Self.maxPage)
            case "created_since", "created_until", "modified_since", "modified_until":
                filters.append((name, try Input.time(text, name), text))
            default:
                let known =
                    isList
                    ? "known: page, created_since, created_until, modified_since, modified_until"
                    : "objects take no parameters"
                throw Problem.badParameter(name, "unknown parameter '\(name)' (\(known))")
            }
        }
    }

    func matches(_ entry: OParlGraph.Entry) -> Bool {
        filters.allSatisfy { filter in
            switch filter.name {
            case "created_since": return entry.created >= filter.time
            case "created_until": return entry.created <= filter.time
            case "modified_since": return entry.modified >= filter.time
            default: return entry.modified <= filter.time
            }
        }
    }

    func page(_ entries: [OParlGraph.Entry], selfURL: String) -> JSONValue {
        let selected = entries.filter(matches)
        let pages = max(1, (selected.count + Self.pageSize - 1) / Self.pageSize)
        let slice = selected.dropFirst((page - 1) * Self.pageSize).prefix(Self.pageSize)
        func link(_ number: Int) -> JSONValue {
            let items = filters.map { ($0.name, $0.text) } + [("page", String(number))]
            return .string(selfURL + "?" + items.map { "\($0.0)=\(Query.escape($0.1))" }.joined(separator: "&"))
        }
        var links: [String: JSONValue] = ["first": link(1), "last": link(pages), "self": link(page)]
        if page > 1 { links["prev"] = link(min(page - 1, pages)) }
        if page < pages { links["next"] = link(page + 1) }
        return [
            "data": .array(slice.map(\.value)),
            "pagination": [
                "totalElements": .int(selected.count), "elementsPerPage": .int(Self.pageSize),
                "currentPage": .int(page), "totalPages": .int(pages),
            ],
            "links": .object(links),
        ]
    }
}
