import Foundation
import Logging
import NIOPosix
import SQLKit
import SQLiteKit

/// A small pool of SQLite connections to one file, in WAL mode so that readers do not wait for the writer.
/// Each connection has a thread of its own: SQLite blocks while it waits for a lock, and a waiting
/// connection must not hold up the one it waits for. Writers of this process queue up here rather
/// than in SQLite; `busy_timeout` is for other processes.
actor SQLiteConnections: ConnectionProvider {
    private let path: String
    private let threads: NIOThreadPool
    private var writing = false
    private var writers: [CheckedContinuation<Void, Never>] = []
    private let logger: Logger
    private let maxConnections: Int
    private var idle: [SQLiteConnection] = []
    private var opened = 0
    private var waiters: [CheckedContinuation<SQLiteConnection, any Error>] = []

    init(path: String, logger: Logger, maxConnections: Int = 4) async throws {
        self.path = path
        self.logger = logger
        self.maxConnections = maxConnections
        self.threads = NIOThreadPool(numberOfThreads: maxConnections)
        threads.start()
        // Open one connection now, so that a bad path fails at start and WAL is set once.
        let first = try await acquire()
        release(first)
    }

    nonisolated func withWriteConnection<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T)
        async throws -> T
    {
        await beginWriting()
        do {
            let result = try await withConnection(body)
            await endWriting()
            return result
        } catch {
            await endWriting()
            throw error
        }
    }

    private func beginWriting() async {
        if !writing {
            writing = true
            return
        }
        await withCheckedContinuation { writers.append($0) }
    }

    private func endWriting() {
        if writers.isEmpty { writing = false } else { writers.removeFirst().resume() }
    }

    nonisolated func withConnection<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T)
        async throws -> T
    {
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
                let connection = try await SQLiteConnection.open(
                    storage: .file(path: path), threadPool: threads, logger: logger,
                    on: MultiThreadedEventLoopGroup.singleton.any())
                // Reads map the file instead of copying each page through a system call (most of the
                // time of a catalogue read over a long history went there).
                for pragma in [
                    "PRAGMA busy_timeout = 10000", "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                    "PRAGMA synchronous = NORMAL",
                    "PRAGMA mmap_size = 1073741824",
                ] {
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
        try? await threads.shutdownGracefully()
    }
}
