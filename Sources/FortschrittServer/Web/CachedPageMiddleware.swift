import HTTPTypes
import Hummingbird

/// The fast way for the public: a GET without a session, for a page already rendered for the
/// current state of the data, is answered from memory (or with 304) before sessions, accounts and
/// routing are looked at. Anything else goes on to the routes, which render and keep the page.
struct CachedPageMiddleware<Context: RequestContext>: RouterMiddleware {
    let cache: PublicPageCache
    /// The security headers every answer carries, added here since this comes before their middleware.
    let securityHeaders: HTTPFields

    init(cache: PublicPageCache, servedOverTLS: Bool) {
        self.cache = cache
        self.securityHeaders = SecurityHeaders.fields(servedOverTLS: servedOverTLS)
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard cache.mayAnswer(request) else { return try await next(request, context) }
        if let answer = try await cache.keptAnswer(request, language: Language(request)) {
            var response = answer.response
            response.headers.append(contentsOf: securityHeaders)
            return response
        }
        return try await next(request, context)
    }
}
