import FortschrittDomain
import Hummingbird

/// What the data platform keeps (datasets, applications, indicators) is kept through the same five
/// routes under its base: the list, a new one's form and its posting, and one's form by its slug
/// and its posting. `form` reads the page (nil: a new one) with any notice its query asks for.
extension Router where Context == WebRequestContext {
    func keeperRoutes<Page: FormPage>(
        _ base: String, list: @escaping @Sendable (Request, WebRequestContext) async throws -> Response,
        form: @escaping @Sendable (String?, Request, WebRequestContext) async throws -> Page,
        save: @escaping @Sendable (String?, [String: String], Request, WebRequestContext) async throws -> Response
    ) {
        get(RouterPath(base), use: list)
        get(RouterPath(base + "/neu")) { request, context in
            HTMLResponse.personal(try await form(nil, request, context).render(PageContext(request, context)))
        }
        postForm(RouterPath(base + "/neu"), NoFields.self) { request, context, posted in
            try await save(nil, posted.entered, request, context)
        }
        get(RouterPath(base + "/{slug}")) { request, context in
            let page = try await form(context.parameters.get("slug") ?? "", request, context)
            return HTMLResponse.personal(page.render(PageContext(request, context)))
        }
        postForm(RouterPath(base + "/{slug}"), NoFields.self) { request, context, posted in
            try await save(context.parameters.get("slug") ?? "", posted.entered, request, context)
        }
    }
}

/// The notice a kept thing's form shows after a redirect: saved, or what the query names.
func keptNotice(_ request: Request, _ context: WebRequestContext, also: [(String, Text)] = []) -> String? {
    let query = request.uri.queryParameters
    if query["gespeichert"] != nil { return context.language.text(.saved) }
    return also.first { query[Substring($0.0)] != nil }.map { context.language.text($0.1) }
}
