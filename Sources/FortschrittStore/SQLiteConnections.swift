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
    /// Connections handed out and not yet returned; `shutdown` waits for them to come back.
    private var leased = 0
    private var closing = false
    private var drained: [CheckedContinuation<Void, Never>] = []

    struct Closed: Error, CustomStringConvertible {
        var description: String { "the database is being closed" }
    }

    init(path: String, logger: Logger, maxConnections: Int = 4) async throws {
        self.path = path
        self.logger = logger
        self.maxConnections = maxConnections
        self.threads = NIOThreadPool(numberOfThreads: maxConnections)
        threads.start()
        // Open one connection now, so that a bad path fails at start and WAL is set once.
        let first = try await acquire()
        await release(first)
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
        if closing { throw Closed() }
        // Counted before the open, which suspends: a shutdown meanwhile waits for this connection
        // instead of stopping the threads under it.
        leased += 1
        do {
            return try await open()
        } catch {
            leased -= 1
            if closing, leased == 0 { drain() }
            throw error
        }
    }

    private func drain() {
        for waiter in drained { waiter.resume() }
        drained = []
    }

    private func open() async throws -> SQLiteConnection {
        if let connection = idle.popLast() { return connection }
        if opened < maxConnections {
            opened += 1
            do {
                let connection = try await SQLiteConnection.open(
                    storage: .file(path: path), threadPool: threads, logger: logger,
                    on: MultiThreadedEventLoopGroup.singleton.any())
                // Reads map the file instead of copying each page through a system call (most of the
                // time of a catalogue read over a long history went there). Deleted and overwritten
                // content is zeroed in the file, so an erased address does not linger in free pages.
                do {
                    for pragma in [
                        "PRAGMA busy_timeout = 10000", "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                        "PRAGMA synchronous = NORMAL", "PRAGMA secure_delete = ON",
                        "PRAGMA mmap_size = 1073741824",
                    ] {
                        _ = try await connection.query(pragma)
                    }
                } catch {
                    try? await connection.close()
                    throw error
                }
                return connection
            } catch {
                opened -= 1
                throw error
            }
        }
        return try await withCheckedThrowingContinuation { waiters.append($0) }
    }

    private func release(_ connection: SQLiteConnection) async {
        if closing {
            // Counted back only once closed: the actor is re-entered while it closes, and the threads
            // must not stop under a connection still closing (it would be dropped open).
            try? await connection.close()
            leased -= 1
            if leased == 0 { drain() }
            return
        }
        leased -= 1
        if waiters.isEmpty {
            idle.append(connection)
        } else {
            // Handed to the next in line, whose `acquire` counted it already.
            waiters.removeFirst().resume(returning: connection)
        }
    }

    /// Closes every connection: the idle ones now, the leased ones when they come back (a request
    /// still under way finishes first); then stops the connections' threads.
    func shutdown() async {
        closing = true
        for waiter in waiters { waiter.resume(throwing: Closed()) }
        waiters = []
        for connection in idle { try? await connection.close() }
        idle = []
        if leased > 0 { await withCheckedContinuation { drained.append($0) } }
        try? await threads.shutdownGracefully()
    }
}
