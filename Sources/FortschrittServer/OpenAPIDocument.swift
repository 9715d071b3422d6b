import Foundation
import Hummingbird

/// The OpenAPI 3.1 description of the read API, kept as `Resources/openapi.json`; tests and
/// `scripts/check_api.py` check it against the routes and their answers.
enum OpenAPIDocument {
    static let json: ByteBuffer? = Bundle.module.url(forResource: "openapi", withExtension: "json")
        .flatMap { try? Data(contentsOf: $0) }
        .map { ByteBuffer(bytes: $0) }

    static func response() throws -> Response {
        guard let json else {
            throw Problem(
                status: .internalServerError, title: "Internal Server Error",
                detail: "openapi.json is missing from this installation")
        }
        let headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: json))
    }
}
