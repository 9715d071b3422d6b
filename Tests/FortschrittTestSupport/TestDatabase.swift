import FortschrittStore
import Foundation

/// A fresh, empty, migrated database for one test. SQLite (a temporary file) unless
/// `TEST_DATABASE_URL` names a PostgreSQL server, where each test gets a schema of its own.
public struct TestDatabase: Sendable {
    public let database: Database
    /// The same database as `--database` would name it, for running commands against it.
    public let location: String

    public static var engineName: String {
        ProcessInfo.processInfo.environment["TEST_DATABASE_URL"]?.hasPrefix("postgres") == true ? "postgres" : "sqlite"
    }

    public static func make() async throws -> TestDatabase {
        let id = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        if let url = ProcessInfo.processInfo.environment["TEST_DATABASE_URL"], url.hasPrefix("postgres") {
            let schema = "test_\(id)"
            let admin = try await Database.open(.postgres(url: url), migrate: false)
            try await admin.read { db in try await db.raw("CREATE SCHEMA \(ident: schema)").run() }
            await admin.close()
            let location = url + (url.contains("?") ? "&" : "?") + "schema=\(schema)"
            return TestDatabase(database: try await Database.open(DatabaseLocation(location)!), location: location)
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fortschritt-test-\(id).sqlite").path
        return TestDatabase(database: try await Database.open(.sqlite(path: path)), location: "sqlite:\(path)")
    }

    public func close() async {
        await database.close()
    }
}
