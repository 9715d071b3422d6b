import FortschrittDomain
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
    /// An INSERT … RETURNING or an aggregate answered no row.
    case noRowReturned
    /// A stored date, time or number that does not read as one (a database changed by hand).
    case unreadable(column: String, text: String)

    public var description: String {
        switch self {
        case .noRowReturned: return "the database answered no row where one was expected"
        case .unreadable(let column, let text): return "the stored \(column) '\(text)' cannot be read"
        }
    }
}

extension SQLRow {
    /// A date, time or measure number stored as its text: `StoreError` instead of a trap.
    func decode<Value: TextCoded>(text column: String, as type: Value.Type) throws -> Value {
        let text = try decode(column: column, as: String.self)
        guard let value = Value(text) else { throw StoreError.unreadable(column: column, text: text) }
        return value
    }
}

extension Optional where Wrapped == any SQLRow {
    /// The row a query must answer (`INSERT … RETURNING`, `COUNT(*)`): `StoreError` instead of a trap.
    func required() throws -> any SQLRow {
        guard let row = self else { throw StoreError.noRowReturned }
        return row
    }
}
