import FortschrittDomain
import SQLKit

/// Web sessions as keyed JSON text with an expiry, so that any server instance sharing the
/// database can read a session another one created. Expired rows are ignored and swept. An ended
/// session stays as an empty row until swept, so that a request still in flight when it ended
/// cannot write it back. A session that names its account ends with the account's password.
public struct SQLSessionStore: SessionStore {
    public let database: Database
    let now: @Sendable () -> RecordedTime
    /// However active, a session ends this long (µs) after it began: 12 hours by default.
    let lifetime: Int64

    public init(
        database: Database, lifetime: Int64 = 12 * 3_600_000_000,
        now: @escaping @Sendable () -> RecordedTime = { .now() }
    ) {
        self.database = database
        self.lifetime = lifetime
        self.now = now
    }

    /// Stores `value` under `key`, for `account` if it belongs to one; `expiresIn` in microseconds, nil: never.
    public func set(key: String, value: String, account: Int64?, expiresIn: Int64?) async throws {
        let time = now().microseconds
        let expiry = expiresIn.map { time + $0 }
        try await database.write(.statements) { db in
            try await db.raw(
                """
                INSERT INTO web_sessions (key, value, account_id, expires_at, created_at)
                VALUES (\(bind: key), \(bind: value), \(bind: account), \(bind: expiry), \(bind: time))
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, account_id = excluded.account_id, expires_at =\
                 excluded.expires_at
                WHERE web_sessions.value <> ''
                """
            ).run()
        }
    }

    /// Inserts only when the key is free; false when it is taken.
    public func create(key: String, value: String, account: Int64?, expiresIn: Int64?) async throws -> Bool {
        let time = now().microseconds
        return try await database.write(.statements) { db in
            // One statement: a key is taken unless its session has expired, also with several instances.
            try await db.raw(
                """
                INSERT INTO web_sessions (key, value, account_id, expires_at, created_at)
                VALUES (\(bind: key), \(bind: value), \(bind: account), \(bind: expiresIn.map { time + $0 }),\
                 \(bind: time))
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, account_id = excluded.account_id,
                    expires_at = excluded.expires_at, created_at = excluded.created_at
                WHERE web_sessions.expires_at IS NOT NULL AND web_sessions.expires_at <= \(bind: time)
                RETURNING key
                """
            ).first() != nil
        }
    }

    /// The value and its remaining lifetime in microseconds (nil: no expiry); nil when absent or expired.
    public func get(key: String) async throws -> (value: String, remaining: Int64?)? {
        let time = now().microseconds
        return try await database.read { db in
            guard
                let row = try await db.raw(
                    "SELECT value, expires_at, created_at FROM web_sessions WHERE key = \(bind: key)"
                ).first()
            else { return nil }
            let expiry = try row.decode(column: "expires_at", as: Int64?.self)
            if let expiry, expiry <= time { return nil }
            guard let began = try row.decode(column: "created_at", as: Int64?.self), time - began < lifetime else {
                return nil
            }
            let value = try row.decode(column: "value", as: String.self)
            return value.isEmpty ? nil : (value, expiry.map { $0 - time })
        }
    }

    /// Ends a session: its row is emptied and kept for a day, then swept.
    public func remove(key: String) async throws {
        let until = Self.keptAfterEnd(now())
        try await database.write(.statements) { db in
            try await db.raw("UPDATE web_sessions SET value = '', expires_at = \(bind: until) WHERE key = \(bind: key)")
                .run()
        }
    }

    /// Ends every session of an account, inside the caller's write.
    static func endSessions(of account: Int64, at time: RecordedTime, _ db: any SQLDatabase) async throws {
        try await db.raw(
            """
            UPDATE web_sessions SET value = '', expires_at = \(bind: keptAfterEnd(time)) WHERE account_id =\
             \(bind: account) AND value <> ''
            """
        ).run()
    }

    static func keptAfterEnd(_ time: RecordedTime) -> Int64 { time.microseconds + 86_400_000_000 }

    /// Deletes expired sessions, and sign-in failure counts older than `failuresOlderThan` (µs);
    /// returns how many sessions.
    @discardableResult
    public func sweep() async throws -> Int { try await sweep(failuresOlderThan: 86_400_000_000) }

    @discardableResult
    public func sweep(failuresOlderThan age: Int64) async throws -> Int {
        let time = now().microseconds
        return try await database.write(.statements) { db in
            let count = try await db.raw("SELECT COUNT(*) AS n FROM web_sessions WHERE expires_at <= \(bind: time)")
                .first().required().decode(column: "n", as: Int.self)
            try await db.raw("DELETE FROM web_sessions WHERE expires_at <= \(bind: time)").run()
            try await db.raw("DELETE FROM login_failures WHERE last_failure_at <= \(bind: time - age)").run()
            try await db.raw(
                "DELETE FROM known_sign_ins WHERE last_at <= \(bind: time - SQLAccountRepository.knownSignInLifetime)"
            ).run()
            return count
        }
    }
}
