import FortschrittExchange
import Foundation
import Hummingbird

/// API documents go out with the same encoder as the export: sorted keys, stable output.
struct JSONResponse<Value: Encodable & Sendable>: ResponseGenerator {
    var value: Value

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(
            status: .ok, headers: headers,
            body: .init(byteBuffer: ByteBuffer(bytes: try JSONCoding.encoder.encode(value))))
    }
}
