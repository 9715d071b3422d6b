import FortschrittStore
import SQLKit

/// The content of every table, as one digest per table: equal fingerprints mean no row was added,
/// removed or changed. For tests that prove a refused request changed nothing at all.
public enum DatabaseFingerprint {
    public static func take(_ database: Database, excluding excluded: Set<String> = []) async throws -> [String: String]
    {
        let engine = database.engine
        return try await database.read { db in
            var digests: [String: String] = [:]
            for table in try await tables(engine, db) where !excluded.contains(table) {
                digests[table] = try await digest(of: table, engine, db)
            }
            return digests
        }
    }

    /// Every row of every table as text, as a dump would hold it: for tests that look for what
    /// must not be anywhere (an erased address).
    public static func dump(_ database: Database) async throws -> String {
        let engine = database.engine
        return try await database.read { db in
            var text = ""
            for table in try await tables(engine, db) {
                text += "\(table)\n" + (try await digest(of: table, engine, db, hashed: false)) + "\n"
            }
            return text
        }
    }

    static func tables(_ engine: Database.Engine, _ db: any SQLDatabase) async throws -> [String] {
        let query: SQLQueryString =
            switch engine {
            case .sqlite: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            case .postgres:
                """
                SELECT table_name AS name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                """
            }
        return try await db.raw(query).all().map { try $0.decode(column: "name", as: String.self) }
    }

    static func digest(of table: String, _ engine: Database.Engine, _ db: any SQLDatabase, hashed: Bool = true)
        async throws -> String
    {
        switch engine {
        case .postgres:
            let rows: SQLQueryString = "COALESCE(string_agg(t::text, '|' ORDER BY t::text), '')"
            return try await db.raw(
                """
                SELECT COUNT(*) || ':' || \(hashed ? "md5(" + rows + ")" : rows) AS d
                FROM \(ident: table) AS t
                """
            ).first()?.decode(column: "d", as: String.self) ?? ""
        case .sqlite:
            let columns = try await db.raw("PRAGMA table_info(\(ident: table))").all().map {
                try $0.decode(column: "name", as: String.self)
            }
            let row = columns.map { "quote(\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\")" }.joined(
                separator: " || ',' || ")
            return try await db.raw(
                """
                SELECT COUNT(*) || ':' || COALESCE(group_concat(r, '|'), '') AS d
                FROM (SELECT \(unsafeRaw: row) AS r FROM \(ident: table) ORDER BY r)
                """
            ).first()?.decode(column: "d", as: String.self) ?? ""
        }
    }
}
