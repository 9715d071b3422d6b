import FortschrittDomain
import Hummingbird
import Logging

public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The address the public reaches the server at, for links in OParl; nil: the request's Host.
    public var publicURL: String?

    public init(host: String = "127.0.0.1", port: Int = 8080, publicURL: String? = nil) {
        self.host = host
        self.port = port
        self.publicURL = publicURL
    }
}

/// The web application over a catalogue repository; the caller runs it (`runService()`).
public func buildApplication(repository: some CatalogueRepository, council: some CouncilRepository, configuration: ServerConfiguration,
                             logger: Logger = Logger(label: "fortschritt")) -> some ApplicationProtocol {
    Application(
        router: buildRouter(repository: repository, council: council, publicURL: configuration.publicURL),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Fortschritt"),
        logger: logger
    )
}

public func buildRouter(repository: some CatalogueRepository, council: some CouncilRepository, publicURL: String? = nil) -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: ProblemMiddleware())
    router.get("/healthz") { _, _ in
        // Healthy means the database answers, not only that the process runs.
        do {
            _ = try await repository.strategies()
        } catch {
            throw Problem(status: .serviceUnavailable, title: "Service Unavailable", detail: "the database does not answer")
        }
        return HealthStatus(status: "ok")
    }
    router.get("/api/openapi.json") { _, _ in OpenAPIDocument.response() }
    CatalogueController(repository: repository).addRoutes(to: router.group("api/v1"))
    OParlController(catalogues: repository, council: council, publicURL: publicURL).addRoutes(to: router.group("oparl/v1"))
    return router
}

struct HealthStatus: ResponseEncodable {
    var status: String
}
