import FortschrittDomain
import Foundation
import Hummingbird
import NIOCore

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
        return Response(
            status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(self))))
    }
}

/// Every error leaves the server as a problem: for the API and OParl a problem document, for web
/// pages an HTML page in the visitor's language. HTTP errors keep their status; anything unexpected
/// is logged and becomes a 500 without internals. Redirects pass through.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext
    let siteName: @Sendable () async -> String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let redirect as Redirect {
            throw redirect
        } catch {
            let problem = Self.problem(error, request, context)
            guard Self.isPage(request.uri.path) else { throw problem }
            let page = PageContext(request, context)
            var response = HTMLResponse(ErrorPage.render(problem, page, siteName: await siteName())).response
            response.status = problem.status
            response.headers[.cacheControl] = "no-store"
            return response
        }
    }

    /// API, OParl and health answers are JSON; everything else is a page.
    static func isPage(_ path: String) -> Bool {
        !(path.hasPrefix("/api/") || path.hasPrefix("/oparl/") || path == "/healthz")
    }

    static func problem(_ error: any Error, _ request: Request, _ context: Context) -> Problem {
        switch error {
        case let problem as Problem:
            return problem
        case let error as HTTPError:
            let title = error.status.reasonPhrase
            return Problem(
                status: error.status, title: title,
                detail: error.body ?? (error.status == .notFound ? "no such resource: \(request.uri.path)" : title))
        case let violation as RuleViolation:
            // Pages speak the visitor's language; the API's problem documents are English.
            let detail = isPage(request.uri.path) ? context.language.text(.rule(violation.rule)) : violation.message
            return Problem.badParameter(violation.subject, detail)
        case is NIOTooManyBytesError:
            // A client's mistake, not ours: answered, not logged as an error.
            let limit = context.maxUploadSize >> 20
            return Problem(
                status: .contentTooLarge, title: "Content Too Large",
                detail: context.language.text(.theInputIsTooLargeAt("\(limit)")))
        default:
            context.logger.error(
                "request failed",
                metadata: ["path": .string(request.uri.path), "error": .string(String(describing: error))])
            return Problem(
                status: .internalServerError, title: "Internal Server Error",
                detail: "the server could not answer this request")
        }
    }
}
