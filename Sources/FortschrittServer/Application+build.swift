import FortschrittDomain
import Hummingbird
import Logging

public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int

    public init(host: String = "127.0.0.1", port: Int = 8080) {
        self.host = host
        self.port = port
    }
}

/// The web application over a catalogue repository; the caller runs it (`runService()`).
public func buildApplication(repository: some CatalogueRepository, configuration: ServerConfiguration,
                             logger: Logger = Logger(label: "fortschritt")) -> some ApplicationProtocol {
    Application(
        router: buildRouter(repository: repository),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Fortschritt"),
        logger: logger
    )
}

public func buildRouter(repository: some CatalogueRepository) -> Router<BasicRequestContext> {
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
    return router
}

struct HealthStatus: ResponseEncodable {
    var status: String
}
