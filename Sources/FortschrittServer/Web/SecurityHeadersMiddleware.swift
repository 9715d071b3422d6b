import HTTPTypes
import Hummingbird

/// Headers every response carries: no script may run, nothing sniffs types, referrers stay on the
/// site, no one frames the pages. Cookies get `Secure` when the public address is https or the
/// proxy says the request came over TLS (`X-Forwarded-Proto: https`).
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The public address is https: every request came over TLS at some point.
    let servedOverTLS: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            // Redirects thrown by the access guards carry the same headers as pages.
            response = try error.response(from: request, context: context)
        }
        // A header the response has already (a page's own CSP, or this middleware's on a HEAD answered
        // through the router again) is kept once.
        for field in SecurityHeaders.fields(servedOverTLS: servedOverTLS) where !response.headers.contains(field.name) {
            response.headers.append(field)
        }
        if servedOverTLS || request.headers[.xForwardedProto]?.lowercased() == "https" {
            let cookies = response.headers[values: .setCookie]
            if !cookies.isEmpty {
                response.headers[values: .setCookie] = cookies.map { $0.contains("; Secure") ? $0 : $0 + "; Secure" }
            }
        }
        return response
    }
}

enum SecurityHeaders {
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; "
        + "frame-ancestors 'none'"

    /// Built once: every response carries the same values.
    static let fields: HTTPFields = [
        .contentSecurityPolicy: contentSecurityPolicy, .xContentTypeOptions: "nosniff", .referrerPolicy: "same-origin",
        .xFrameOptions: "DENY",
    ]

    /// With HSTS where the public address is https: browsers then never try plain http again.
    static let fieldsOverTLS: HTTPFields = fields + [.strictTransportSecurity: "max-age=31536000"]

    static func fields(servedOverTLS: Bool) -> HTTPFields { servedOverTLS ? fieldsOverTLS : fields }
}

extension HTTPField.Name {
    static let xContentTypeOptions = Self("X-Content-Type-Options")!
    static let referrerPolicy = Self("Referrer-Policy")!
    static let xFrameOptions = Self("X-Frame-Options")!
    static let xForwardedProto = Self("X-Forwarded-Proto")!
    static let xForwardedFor = Self("X-Forwarded-For")!
}
