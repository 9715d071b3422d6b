import Hummingbird

/// The fast way for the public: a GET without a session, for a page already rendered for the
/// current state of the data, is answered from memory (or with 304) before sessions, accounts and
/// routing are looked at. Anything else goes on to the routes, which render and keep the page.
/// (On a live server `CachedPageChannelHandler` answers most of these even earlier.)
struct CachedPageMiddleware<Context: RequestContext>: RouterMiddleware {
    let cache: PublicPageCache

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard cache.mayAnswer(request) else { return try await next(request, context) }
        let version = try await cache.current()
        if let answer = cache.answer(request, language: Language(request), version: version) { return answer.response }
        return try await next(request, context)
    }
}
