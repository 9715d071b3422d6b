import FortschrittDomain
import Foundation
import Hummingbird

/// Hummingbird's persist driver over our session store, so that sessions live in the database and
/// any server instance can read them.
struct SessionPersistDriver: PersistDriver {
    let store: any SessionStore

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        guard
            try await store.create(
                key: key, value: try Self.encode(value), account: Self.account(value),
                expiresIn: expires.map(Self.microseconds))
        else {
            throw PersistError.duplicate
        }
    }

    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        try await store.set(
            key: key, value: try Self.encode(value), account: Self.account(value),
            expiresIn: expires.map(Self.microseconds))
    }

    func get<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: type)?.object
    }

    func getWithTTL<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> (
        object: Object, ttl: Duration?
    )? {
        guard let (text, remaining) = try await store.get(key: key) else { return nil }
        do {
            let object = try JSONDecoder().decode(type, from: Data(text.utf8))
            return (object, remaining.map { .microseconds($0) })
        } catch {
            throw PersistError.invalidConversion
        }
    }

    func remove(key: String) async throws {
        try await store.remove(key: key)
    }

    /// The account a web session belongs to: a new password ends the account's sessions.
    static func account(_ value: some Codable) -> Int64? {
        (value as? WebSession)?.accountID
    }

    static func encode<Object: Encodable>(_ value: Object) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    static func microseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
    }
}
