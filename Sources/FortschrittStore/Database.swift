import FortschrittDomain
import Foundation
import Logging
import SQLKit

/// The one way to reach the data: read on a pooled connection, or write in a transaction that no
/// other writer of the same scope interleaves with (SQLite: BEGIN IMMEDIATE; PostgreSQL: transaction-
/// scoped advisory locks per scope, so several server instances can share one database).
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
                connections: try await PostgresConnections.open(url: url, schema: schema, logger: logger))
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

    /// What a write must not interleave with. SQLite has one writer at a time anyway; on PostgreSQL
    /// each scope takes its own transaction-scoped advisory lock, so a long import into one strategy
    /// holds up neither sign-ins nor an editor's save in another strategy. There is deliberately no
    /// lock every writer shares: PostgreSQL queues new shared requests behind a waiting exclusive one,
    /// so one instance migrating during an import would stop every write on every instance.
    public enum WriteScope: Sendable {
        /// Schema migrations, one instance at a time (the statements' own table locks do the rest).
        case schema
        /// One strategy's catalogue, statuses, funding, reports and notes.
        case strategy(Int64)
        /// The rows named by these keys (the accounts, a sign-in counter, departments, a round).
        case keys([String])
        /// Statements atomic by themselves (sessions, shared secrets): no lock at all.
        case statements
    }

    public func write<T: Sendable>(
        _ scope: WriteScope, _ body: @escaping @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        let engine = self.engine
        return try await connections.withWriteConnection { db in
            switch engine {
            case .sqlite:
                try await db.raw("BEGIN IMMEDIATE").run()
            case .postgres:
                try await db.raw("BEGIN").run()
                try await Self.lock(scope, db)
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

    /// Advisory locks are per database: the schema is part of each key, so that databases sharing
    /// a server (the tests' schemas, say) do not wait for each other. Keys are 64-bit hashes; several
    /// are taken in the order of their hashes, in one statement, so that no two writers wait for each
    /// other crosswise even when names collide. A collision only waits.
    private static func lock(_ scope: WriteScope, _ db: any SQLDatabase) async throws {
        let names: [String]
        switch scope {
        case .schema: names = ["schema"]
        case .strategy(let id): names = ["strategy/\(id)"]
        case .keys(let keys): names = Set(keys).map { "key/\($0)" }
        case .statements: names = []
        }
        guard !names.isEmpty else { return }
        let values = SQLList(names.map { SQLGroupExpression(SQLBind($0)) })
        try await db.raw(
            """
            SELECT pg_advisory_xact_lock(h) FROM (
              SELECT DISTINCT \(unsafeRaw: lockKey("n")) AS h FROM (VALUES \(values)) AS names (n)
            ) AS keys ORDER BY h
            """
        ).run()
    }

    /// The SQL expression of a lock's 64-bit key from its name's SQL expression.
    public static func lockKey(_ name: String) -> String { "hashtextextended(current_schema() || '/' || \(name), 0)" }
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
    /// A query's value that the PostgreSQL driver cannot encode (a programming error).
    case unbindable(String)

    public var description: String {
        switch self {
        case .noRowReturned: return "the database answered no row where one was expected"
        case .unreadable(let column, let text): return "the stored \(column) '\(text)' cannot be read"
        case .unbindable(let type): return "a value of type \(type) cannot be sent to PostgreSQL"
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

extension Database {
    /// Text matched literally by `LIKE … ESCAPE '\'`: its wildcards and the escape itself escaped.
    static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
