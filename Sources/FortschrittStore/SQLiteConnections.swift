import Foundation
import Logging
import NIOPosix
import SQLiteKit
import SQLKit

/// A small pool of SQLite connections to one file, in WAL mode so that readers do not wait for the writer.
actor SQLiteConnections: ConnectionProvider {
    private let path: String
    private let logger: Logger
    private let maxConnections: Int
    private var idle: [SQLiteConnection] = []
    private var opened = 0
    private var waiters: [CheckedContinuation<SQLiteConnection, any Error>] = []

    init(path: String, logger: Logger, maxConnections: Int = 4) async throws {
        self.path = path
        self.logger = logger
        self.maxConnections = maxConnections
        // Open one connection now, so that a bad path fails at start and WAL is set once.
        let first = try await acquire()
        release(first)
    }

    nonisolated func withConnection<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let connection = try await acquire()
        do {
            let result = try await body(connection.sql(queryLogLevel: nil))
            await release(connection)
            return result
        } catch {
            await release(connection)
            throw error
        }
    }

    private func acquire() async throws -> SQLiteConnection {
        if let connection = idle.popLast() { return connection }
        if opened < maxConnections {
            opened += 1
            do {
                let connection = try await SQLiteConnection.open(storage: .file(path: path), threadPool: .singleton, logger: logger,
                                                                 on: MultiThreadedEventLoopGroup.singleton.any())
                for pragma in ["PRAGMA journal_mode = WAL", "PRAGMA busy_timeout = 10000", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"] {
                    _ = try await connection.query(pragma)
                }
                return connection
            } catch {
                opened -= 1
                throw error
            }
        }
        return try await withCheckedThrowingContinuation { waiters.append($0) }
    }

    private func release(_ connection: SQLiteConnection) {
        if waiters.isEmpty {
            idle.append(connection)
        } else {
            waiters.removeFirst().resume(returning: connection)
        }
    }

    func shutdown() async {
        for connection in idle { try? await connection.close() }
        idle = []
    }
}
