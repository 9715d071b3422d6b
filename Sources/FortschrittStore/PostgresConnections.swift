@preconcurrency import AsyncKit
import Foundation
import Logging
import NIOPosix
import PostgresKit
import SQLKit

/// Pooled PostgreSQL connections; `schema` sets the search path on each.
/// The pool is thread-safe (it locks internally) but AsyncKit does not declare it Sendable.
final class PostgresConnections: ConnectionProvider, @unchecked Sendable {
    private let pool: EventLoopGroupConnectionPool<PostgresConnectionSource>
    private let database: any SQLDatabase

    init(url: String, schema: String?, logger: Logger) throws {
        var configuration = try SQLPostgresConfiguration(url: url)
        if let schema { configuration.searchPath = [schema] }
        pool = EventLoopGroupConnectionPool(
            source: PostgresConnectionSource(sqlConfiguration: configuration),
            maxConnectionsPerEventLoop: 2, logger: logger,
            on: MultiThreadedEventLoopGroup.singleton)
        database = pool.database(logger: logger).sql(queryLogLevel: nil)
    }

    func withConnection<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    {
        try await database.withSession(body)
    }

    /// Writers serialize on an advisory lock inside the transaction, across server instances too.
    func withWriteConnection<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws
        -> T
    {
        try await withConnection(body)
    }

    func shutdown() async {
        try? await pool.shutdownAsync()
    }
}
