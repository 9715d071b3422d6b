import Hummingbird

/// A rendered page.
struct HTMLResponse: ResponseGenerator {
    var html: String

    init(_ html: String) { self.html = html }

    var response: Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    func response(from request: Request, context: some RequestContext) throws -> Response { response }

    /// A page for one signed-in person: never cached anywhere.
    static func personal(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        var response = HTMLResponse(html).response
        response.status = status
        response.headers[.cacheControl] = "no-store"
        return response
    }
}

/// A 303 See Other: after a form post, and to the sign-in page for pages that need an account.
struct Redirect: HTTPResponseError {
    var location: String
    var status: HTTPResponse.Status { .seeOther }

    init(to location: String) { self.location = location }

    var response: Response { Response(status: .seeOther, headers: [.location: location]) }

    func response(from request: Request, context: some RequestContext) throws -> Response { response }
}
