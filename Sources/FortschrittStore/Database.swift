import Foundation
import Logging
import SQLKit

/// The one way to reach the data: read on a pooled connection, or write in a transaction that no
/// other writer interleaves with (SQLite: BEGIN IMMEDIATE; PostgreSQL: a transaction-scoped
/// advisory lock, so several server instances can share one database).
public final class Database: Sendable {
    public enum Engine: String, Sendable { case sqlite, postgres }

    public let engine: Engine
    public let location: DatabaseLocation
    private let connections: any ConnectionProvider

    init(engine: Engine, location: DatabaseLocation, connections: any ConnectionProvider) {
        self.engine = engine
        self.location = location
        self.connections = connections
    }

    /// Opens the database and brings its schema up to date.
    public static func open(
        _ location: DatabaseLocation, logger: Logger = Logger(label: "fortschritt.database"), migrate: Bool = true
    ) async throws -> Database {
        let database: Database
        switch location {
        case .sqlite(let path):
            database = Database(
                engine: .sqlite, location: location,
                connections: try await SQLiteConnections(path: path, logger: logger))
        case .postgres(let url, let schema):
            database = Database(
                engine: .postgres, location: location,
                connections: try PostgresConnections(url: url, schema: schema, logger: logger))
        }
        if migrate {
            do {
                try await Migrations.run(on: database)
            } catch {
                await database.close()
                throw error
            }
        }
        return database
    }

    public func close() async {
        await connections.shutdown()
    }

    public func read<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await connections.withConnection(body)
    }

    public func write<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let engine = self.engine
        return try await connections.withWriteConnection { db in
            switch engine {
            case .sqlite:
                try await db.raw("BEGIN IMMEDIATE").run()
            case .postgres:
                try await db.raw("BEGIN").run()
                try await db.raw("SELECT pg_advisory_xact_lock(\(literal: Self.writeLock))").run()
            }
            do {
                let result = try await body(db)
                try await db.raw("COMMIT").run()
                return result
            } catch {
                try? await db.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// Arbitrary but fixed: the key of the advisory lock all writers take.
    private static let writeLock = 0x466F_7274
}

protocol ConnectionProvider: Sendable {
    func withConnection<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    /// A connection for a write transaction.
    func withWriteConnection<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws
        -> T
    func shutdown() async
}

/// What the store itself can fail with, beyond the database's own errors.
public enum StoreError: Error, CustomStringConvertible {
    /// An INSERT … RETURNING answered no row.
    case noRowReturned(String)

    public var description: String {
        switch self {
        case .noRowReturned(let table): return "the database returned no row for the insert into \(table)"
        }
    }
}
