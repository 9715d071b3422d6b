import FortschrittDomain
import FortschrittExchange
import Foundation
import Hummingbird

/// The open datasets for GovData and other harvesters: DCAT-AP.de 3.0 as Turtle, RDF/XML or JSON-LD
/// (by the address's extension, or by Accept at `/dcat/catalog`), `?page=` from 1, every page a whole
/// catalogue with the Hydra paging block.
struct DCATController: Sendable {
    let datasets: any DatasetRepository
    let address: PublicAddress
    let site: @Sendable () async -> (title: String, publisher: String, email: String)
    let contributorID: String
    let pageSize: Int

    static let formats: [(suffix: String, mediaType: String)] = [
        ("ttl", "text/turtle"), ("rdf", "application/rdf+xml"), ("jsonld", "application/ld+json"),
    ]

    func addRoutes(to router: Router<WebRequestContext>) {
        for format in Self.formats {
            router.get(RouterPath("/dcat/catalog.\(format.suffix)")) { request, context in
                try await page(request, context, suffix: format.suffix)
            }
        }
        router.get("/dcat/catalog") { request, context in
            let accept = request.headers[.accept] ?? ""
            let chosen = Self.formats.first { accept.contains($0.mediaType) }?.suffix ?? "ttl"
            var response = try await page(request, context, suffix: chosen)
            response.headers[.vary] = "Accept"
            return response
        }
    }

    func page(_ request: Request, _ context: WebRequestContext, suffix: String) async throws -> Response {
        let query = try QueryParameters(request, allowed: ["page"])
        let number = try query["page"].map { try Input.integer($0, "page", in: 1...1_000_000) } ?? 1
        // At most a million pages of at most a thousand: the offset stays far within Int.
        let page = try await datasets.harvestPage(offset: (number - 1) * pageSize, limit: pageSize)
        guard number <= DCATCatalogue.pageCount(allCount: page.allCount, size: pageSize) else {
            throw HTTPError(.notFound, message: "the catalogue has no page \(number)")
        }
        let (title, publisher, email) = await site()
        let catalogue = DCATCatalogue(
            base: try address.base(for: request), title: title, publisherName: publisher, contributorID: contributorID,
            contactEmail: email)
        let graph = catalogue.graph(page, number: number, size: pageSize, suffix: suffix)
        let body: Data
        switch suffix {
        case "rdf": body = Data(graph.rdfXML.utf8)
        case "jsonld": body = graph.jsonLD
        default: body = Data(graph.turtle.utf8)
        }
        let mediaType = Self.formats.first { $0.suffix == suffix }?.mediaType ?? "text/turtle"
        return Response(
            status: .ok, headers: [.contentType: mediaType + "; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(data: body)))
    }
}
