import Foundation
import Hummingbird

/// An RFC 9457 problem: what went wrong, and for a bad parameter, which one.
struct Problem: HTTPResponseError, Encodable {
    var status: HTTPResponse.Status
    var title: String
    var detail: String
    var parameter: String?

    static func badParameter(_ name: String, _ detail: String) -> Problem {
        Problem(status: .badRequest, title: "Bad parameter", detail: detail, parameter: name)
    }

    static func notFound(_ detail: String) -> Problem {
        Problem(status: .notFound, title: "Not found", detail: detail)
    }

    enum CodingKeys: String, CodingKey { case type, title, status, detail, parameter }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode("about:blank", forKey: .type)
        try c.encode(title, forKey: .title)
        try c.encode(Int(status.code), forKey: .status)
        try c.encode(detail, forKey: .detail)
        try c.encodeIfPresent(parameter, forKey: .parameter)
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var headers = HTTPFields()
        headers[.contentType] = "application/problem+json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(self))))
    }
}

/// Every error leaves the server as a problem document: HTTP errors keep their status, anything
/// unexpected is logged and becomes a 500 without internals.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            throw problem
        } catch let error as HTTPError {
            let title = error.status.reasonPhrase
            throw Problem(status: error.status, title: title, detail: error.body ?? (error.status == .notFound ? "no such resource: \(request.uri.path)" : title))
        } catch {
            context.logger.error("request failed", metadata: ["path": .string(request.uri.path), "error": .string(String(describing: error))])
            throw Problem(status: .internalServerError, title: "Internal Server Error", detail: "the server could not answer this request")
        }
    }
}
