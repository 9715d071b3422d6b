import FortschrittExchange
import Foundation
import Hummingbird

/// API documents go out with the same encoder as the export: sorted keys, stable output.
struct JSONResponse<Value: Encodable & Sendable>: ResponseGenerator {
    var value: Value

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        // Revalidated on every use: a hidden contribution's text must not live on in a shared cache.
        headers[.cacheControl] = "no-cache"
        return Response(
            status: .ok, headers: headers,
            body: .init(byteBuffer: ByteBuffer(bytes: try JSONCoding.encoder.encode(value))))
    }
}
