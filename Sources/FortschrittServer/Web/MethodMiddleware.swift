import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// HTTP methods as RFC 9110 has them: HEAD is answered wherever GET is (uptime monitors, link
/// checkers and `curl -I` use it), with the GET's headers and no body; a method a path does not
/// have gets 405 with `Allow` — before any other check (a CSRF refusal would say the wrong thing).
struct MethodMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext
    let routes: RouteTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let allowed = routes.methods(for: request.uri.path)
        if allowed.isEmpty { return try await next(request, context) }
        if request.method == .head, allowed.contains(.get), let router = routes.responder {
            // The route was chosen by method before middleware runs: the GET goes through the router again.
            var head = request.head
            head.method = .get
            var response = try await router.respond(to: Request(head: head, body: request.body), context: context)
            // The GET's headers, its length included; no body.
            let length = response.headers[.contentLength]
            response.body = .init()
            response.headers[.contentLength] = length
            return response
        }
        guard allowed.contains(request.method) || request.method == .options else {
            let allow = ([.get, .head].filter { _ in allowed.contains(.get) } + allowed.filter { $0 != .get })
                .map(\.rawValue).joined(separator: ", ")
            var response = Response(
                status: .methodNotAllowed, headers: [.allow: allow, .contentType: "text/plain; charset=utf-8"],
                body: .init(
                    byteBuffer: ByteBuffer(
                        string: "Method \(request.method.rawValue) is not allowed here; allowed: \(allow)\n")))
            response.headers[.cacheControl] = "no-store"
            return response
        }
        return try await next(request, context)
    }
}

/// The registered routes by path pattern, filled once the router has them all (middleware is added
/// before the routes it wraps).
final class RouteTable: @unchecked Sendable {
    private let lock = NSLock()
    private var patterns: [(segments: [Substring], methods: Set<HTTPRequest.Method>)] = []
    private var router: (any HTTPResponder<WebRequestContext>)?

    /// The whole router, for answering HEAD with its GET.
    var responder: (any HTTPResponder<WebRequestContext>)? { lock.withLock { router } }

    func set(_ routes: [(method: HTTPRequest.Method, path: String)], responder: any HTTPResponder<WebRequestContext>) {
        let grouped = Dictionary(grouping: routes, by: \.path).mapValues { Set($0.map(\.method)) }
        lock.withLock {
            patterns = grouped.map { (path, methods) in (path.split(separator: "/"), methods) }
            router = responder
        }
    }

    /// The methods of the routes whose pattern matches `path`; empty when none does.
    func methods(for path: String) -> Set<HTTPRequest.Method> {
        let segments = path.split(separator: "/")
        let patterns = lock.withLock { self.patterns }
        var methods: Set<HTTPRequest.Method> = []
        for pattern in patterns where pattern.segments.count == segments.count {
            if zip(pattern.segments, segments).allSatisfy({ $0.hasPrefix("{") || $0 == $1 }) {
                methods.formUnion(pattern.methods)
            }
        }
        return methods
    }
}
