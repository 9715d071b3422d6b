import Logging
import NIOCore
import PostgresKit
import PostgresNIO
import SQLKit

/// One leased PostgreSQL connection as SQLKit sees it, which also keeps the connection itself: reads
/// of many history events decode their rows by position with postgres-nio's typed decoding
/// (`EventRow.fetch`), which is some three times faster than SQLKit's decoding by column name.
struct PostgresSession: SQLDatabase {
    let connection: PostgresConnection
    private let sql: any SQLDatabase

    init(_ connection: PostgresConnection) {
        self.connection = connection
        self.sql = connection.sql(queryLogLevel: nil)
    }

    var logger: Logger { sql.logger }
    var eventLoop: any EventLoop { sql.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { sql.version }
    var dialect: any SQLDialect { sql.dialect }
    var queryLogLevel: Logger.Level? { sql.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void)
        -> EventLoopFuture<Void>
    {
        sql.execute(sql: query, onRow)
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try await sql.execute(sql: query, onRow)
    }

    func withSession<R>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await closure(self)
    }

    /// The query's rows, each handed to `body` as postgres-nio's row. The query's binds are the
    /// store's own values (texts and integers).
    func rows(_ query: any SQLExpression, _ body: (PostgresRow) throws -> Void) async throws {
        let (text, binds) = serialize(query)
        var bindings = PostgresBindings(capacity: binds.count)
        for bind in binds {
            guard let value = bind as? any PostgresThrowingDynamicTypeEncodable else {
                throw StoreError.unbindable(String(describing: type(of: bind)))
            }
            try bindings.append(value)
        }
        for try await row in try await connection.query(PostgresQuery(unsafeSQL: text, binds: bindings), logger: logger)
        {
            try body(row)
        }
    }
}
