import Crypto
import FortschrittDomain
import Foundation
import Hummingbird

/// Every state-changing form carries a token derived from the visitor's session: an HMAC of the
/// session id under a server secret kept in the database (so every instance derives the same). Another
/// site can make a browser post, but cannot know the token; a cookie planted by a sibling site
/// (cookie tossing) does not help, since a signed-in visitor's token depends on the session alone.
/// Before signing in, the sign-in form's token is derived from a random pre-session cookie. A
/// browser's Origin header, where sent, must name this site too. Public pages carry no token, so
/// they stay cacheable. The token itself is checked where the form is read (`PostedForm`).
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext
    let secrets: ServerSecrets
    /// `scheme://host[:port]` of the configured public address: the only Origin accepted then.
    let publicOrigin: String?
    let secureCookies: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        var newPreSession: String?
        if context.isSignedIn, let session = request.cookies[WebSession.cookie]?.value {
            context.csrfToken = CSRFToken.derive(try await secrets.key("csrf"), "session", session)
        } else if let preSession = request.cookies[CSRFToken.preSessionCookie]?.value {
            context.csrfToken = CSRFToken.derive(try await secrets.key("csrf"), "pre-session", preSession)
        } else if Self.formsBeforeSignIn.contains(request.uri.path) {
            // Only these pages hold a form before signing in.
            let preSession = CSRFToken.random()
            newPreSession = preSession
            context.csrfToken = CSRFToken.derive(try await secrets.key("csrf"), "pre-session", preSession)
        }
        if ![.get, .head, .options].contains(request.method), !Self.isOneClickUnsubscribe(request.uri.path),
            let origin = request.headers[.origin],
            !allowed(origin, host: request.head.authority)
        {
            throw HTTPError(.forbidden, message: context.language.text(.formFromAnotherSite(origin)))
        }
        var response = try await next(request, context)
        if let newPreSession {
            response.headers[values: .setCookie].append(
                Cookie(
                    name: CSRFToken.preSessionCookie, value: newPreSession, path: "/", secure: secureCookies,
                    httpOnly: true, sameSite: .lax
                ).description)
        }
        return response
    }

    static let formsBeforeSignIn: Set<String> = [
        "/anmelden", "/registrieren", "/registrieren/bestaetigen", "/beteiligung/anmelden",
    ]

    /// RFC 8058's one-click POST comes from a mail program, without a session, a form token or an
    /// Origin of this site: the signed token in the path is its authority (`UnsubscribeController`).
    /// It is the only path exempt, and it posts no form, so `PostedForm`'s token check never runs.
    static func isOneClickUnsubscribe(_ path: String) -> Bool {
        path.hasPrefix(UnsubscribeLinks.path) && !path.dropFirst(UnsubscribeLinks.path.count).contains("/")
    }

    func allowed(_ origin: String, host: String?) -> Bool {
        if let publicOrigin { return origin == publicOrigin }
        guard let host else { return false }
        return origin == "http://\(host)" || origin == "https://\(host)"
    }
}

enum CSRFToken {
    static let field = "_csrf"
    /// A random value naming a visitor before signing in; it grants nothing by itself.
    static let preSessionCookie = "csrf"

    static func derive(_ key: SymmetricKey, _ purpose: String, _ id: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(purpose)\u{0}\(id)".utf8), using: key)
        return base64URL(Data(mac))
    }

    static func random() -> String {
        base64URL(SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) })
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-")
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
