import Foundation
import Logging
import NIOSSL
import PostgresKit
import PostgresNIO
import SQLKit

/// Pooled PostgreSQL connections through postgres-nio's `PostgresClient`, which runs in a task of
/// its own until shut down; `schema` sets the search path of each connection at its start.
final class PostgresConnections: ConnectionProvider, Sendable {
    private let client: PostgresClient
    private let running: Task<Void, Never>

    /// Connects once first: a wrong address or password is told at once, in words (the pool would
    /// retry for a minute and then only say that its circuit breaker tripped). Returns once the
    /// client's task is under way, so that the first lease does not come before its `run()`.
    static func open(url: String, schema: String?, logger: Logger) async throws -> PostgresConnections {
        // PostgresKit reads the URL (user, password, host, port, database, sslmode) as Vapor's apps do.
        let parsed = try SQLPostgresConfiguration(url: url).coreConfiguration
        guard let host = parsed.host else { throw ConfigurationError(description: "the URL names no host") }
        do {
            let connection = try await PostgresConnection.connect(
                configuration: parsed, id: 0, logger: Logger(label: "fortschritt.database.probe"))
            try await connection.close()
        } catch let error as PSQLError {
            throw ConfigurationError(
                description: "PostgreSQL at \(host):\(parsed.port ?? 5432) cannot be used: "
                    + (error.serverInfo?[.message] ?? error.underlying.map { String(describing: $0) }
                        ?? String(describing: error.code)))
        }
        let tls: PostgresClient.Configuration.TLS =
            parsed.tls.isEnforced
            ? .require(.makeClientConfiguration())
            : parsed.tls.isAllowed ? .prefer(.makeClientConfiguration()) : .disable
        var configuration = PostgresClient.Configuration(
            host: host, port: parsed.port ?? 5432, username: parsed.username, password: parsed.password,
            database: parsed.database, tls: tls)
        // PostgreSQL's JIT compiler takes longer to compile the catalogue's queries (an index seek per
        // measure) than they take to run: some 100 ms of each as-of read on 10,000 measures.
        configuration.options.additionalStartupParameters = [("jit", "off")]
        if let schema { configuration.options.additionalStartupParameters.append(("search_path", schema)) }
        configuration.options.maximumConnections = 8
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        let (started, starting) = AsyncStream<Void>.makeStream()
        let running = Task {
            starting.finish()
            await client.run()
        }
        for await _ in started {}
        return PostgresConnections(client: client, running: running)
    }

    private init(client: PostgresClient, running: Task<Void, Never>) {
        self.client = client
        self.running = running
    }

    struct ConfigurationError: Error, CustomStringConvertible {
        let description: String
    }

    func withConnection<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    {
        try await client.withConnection { connection in try await body(PostgresSession(connection)) }
    }

    /// Writers take advisory locks inside their transaction (`Database.write`), across instances too.
    func withWriteConnection<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws
        -> T
    {
        try await withConnection(body)
    }

    func shutdown() async {
        running.cancel()
        await running.value
    }
}
