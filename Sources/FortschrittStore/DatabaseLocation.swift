import Foundation

/// Where the data lives: an SQLite file (the embedded default) or a PostgreSQL server.
public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    /// `schema`: use this schema instead of the server's default search path (tests use one each).
    case postgres(url: String, schema: String? = nil)

    public static let defaultSQLite = DatabaseLocation.sqlite(path: "fortschritt.sqlite")

    /// Reads `sqlite:PATH`, `postgres://…` or `postgresql://…`; a bare path means an SQLite file.
    public init?(_ text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            // `?schema=NAME` selects a schema; the driver does not know that parameter, so it is taken out.
            guard var components = URLComponents(string: text) else { return nil }
            let schema = components.queryItems?.first { $0.name == "schema" }?.value
            components.queryItems = components.queryItems?.filter { $0.name != "schema" }
            if components.queryItems?.isEmpty == true { components.queryItems = nil }
            guard let url = components.string else { return nil }
            self = .postgres(url: url, schema: schema)
        } else if text.hasPrefix("sqlite:") {
            let path = String(text.dropFirst("sqlite:".count))
            if path.isEmpty { return nil }
            self = .sqlite(path: path)
        } else if !text.isEmpty, !text.contains("://") {
            self = .sqlite(path: text)
        } else {
            return nil
        }
    }

    /// `--database` wins over `DATABASE_URL`, which wins over the default file.
    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws -> DatabaseLocation
    {
        if let option {
            guard let location = DatabaseLocation(option) else {
                throw LocationError(source: "--database", value: option)
            }
            return location
        }
        if let url = environment["DATABASE_URL"], !url.isEmpty {
            guard let location = DatabaseLocation(url) else { throw LocationError(source: "DATABASE_URL", value: url) }
            return location
        }
        return .defaultSQLite
    }

    public var description: String {
        switch self {
        case .sqlite(let path): return "sqlite:\(path)"
        case .postgres(let url, let schema):
            let shown = Self.redacted(url)
            return schema.map { "\(shown)\(shown.contains("?") ? "&" : "?")schema=\($0)" } ?? shown
        }
    }

    /// The text with any password in its user part replaced by `***`: never printed, never logged.
    /// Works on text that is not a valid URL too (that is when it is shown in an error).
    public static func redacted(_ text: String) -> String {
        guard let scheme = text.range(of: "://") else { return text }
        let rest = text[scheme.upperBound...]
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        guard let at = rest[..<authorityEnd].lastIndex(of: "@") else { return text }
        let user = rest[..<at]
        guard let colon = user.firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(text[at...])
    }

    public struct LocationError: Error, CustomStringConvertible {
        public var source: String
        public var value: String
        public var description: String {
            "\(source): '\(DatabaseLocation.redacted(value))' is not a database (use sqlite:PATH, a file path, or "
                + "postgres://USER:PASSWORD@HOST:PORT/DATABASE)"
        }
    }
}
