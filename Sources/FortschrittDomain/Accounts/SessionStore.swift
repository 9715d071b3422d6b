/// Where web sessions are kept as keyed text with an expiry (µs), shared by every server instance.
/// A session that names its account ends with the account's password.
public protocol SessionStore: Sendable {
    /// Inserts only when the key is free (or its session expired); false when it is taken.
    func create(key: String, value: String, account: Int64?, expiresIn: Int64?) async throws -> Bool
    func set(key: String, value: String, account: Int64?, expiresIn: Int64?) async throws
    /// The value and its remaining lifetime (nil: no expiry); nil when absent, ended or expired.
    func get(key: String) async throws -> (value: String, remaining: Int64?)?
    func remove(key: String) async throws
    /// Deletes expired sessions and stale sign-in counts; returns how many sessions.
    @discardableResult func sweep() async throws -> Int
}
