import Foundation
import Hummingbird

/// Every state-changing form carries a token that must equal the one in the visitor's CSRF cookie
/// (double submit): another site can make a browser post, but cannot read the cookie to put it into
/// the form. Stateless, so every server instance checks it alike. The token changes at sign-in and
/// sign-out. A browser's Origin header, where sent, must name this site too.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext
    static let cookie = "csrf"
    static let field = "_csrf"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        var request = request
        let existing = request.cookies[Self.cookie]?.value
        // Only pages that can hold a form need a token: the sign-in page and pages for the signed-in.
        let needsToken = context.identity != nil || request.uri.path == "/anmelden"
        context.csrfToken = existing ?? (needsToken ? Self.newToken() : "")
        if ![.get, .head, .options].contains(request.method) {
            let body = try await request.body.collect(upTo: context.maxUploadSize)
            request.body = RequestBody(buffer: body)
            if let origin = request.headers[.origin], let host = request.head.authority,
                !(origin == "http://\(host)" || origin == "https://\(host)")
            {
                throw HTTPError(.forbidden, message: "The form was sent from another site (\(origin)).")
            }
            let form = FormData(body)
            guard let existing, let sent = form[Self.field], Self.same(sent, existing) else {
                throw HTTPError(
                    .forbidden,
                    message: "The form has expired or came from elsewhere. Please reload the page and try again.")
            }
        }
        var response = try await next(request, context)
        if existing != context.csrfToken, needsToken {
            response.headers[values: .setCookie].append(Self.cookieValue(context.csrfToken))
        }
        return response
    }

    static func cookieValue(_ token: String) -> String {
        Cookie(name: cookie, value: token, path: "/", httpOnly: true, sameSite: .lax).description
    }

    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<4).flatMap { _ in withUnsafeBytes(of: generator.next() as UInt64) { Array($0) } }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// Compares without stopping at the first difference.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
