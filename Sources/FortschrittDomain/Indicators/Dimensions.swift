import Foundation

/// What a value is broken down by, if anything: up to five pairs such as `bezirk=Neckarstadt-West`.
/// Keys are 1 to 40 lowercase letters, digits and hyphens (read case-insensitively), values 1 to
/// 100 characters without `;` or control characters. Written `key=value;key2=value2`, sorted by key,
/// so one breakdown has one text; no pairs at all is the total.
public struct Dimensions: Hashable, Comparable, Sendable, CustomStringConvertible, TextCoded {
    public struct Entry: Hashable, Sendable {
        public let key: String
        public let value: String
    }

    public static let expectedForm = "dimensions (key=value;key2=value2)"
    public static let maximumCount = 5

    /// The pairs, sorted by key; each key once.
    public let entries: [Entry]

    private init(sorted entries: [Entry]) {
        self.entries = entries
    }

    /// No breakdown: the value for the whole.
    public static let total = Dimensions(sorted: [])

    public var isTotal: Bool { entries.isEmpty }

    public subscript(key: String) -> String? { entries.first { $0.key == key }?.value }

    /// The pairs checked, refused naming `field`.
    public static func make(_ pairs: [(key: String, value: String)], _ field: String) throws(RuleViolation)
        -> Dimensions
    {
        guard pairs.count <= maximumCount else {
            throw RuleViolation(field, .badDimensions(Input.excerpt(Self.join(pairs))))
        }
        var entries: [Entry] = []
        for (rawKey, rawValue) in pairs {
            let key = rawKey.trimmed.lowercased()
            let value = try Input.text(rawValue.trimmed, field, limit: 100)
            guard isKey(key), !value.isEmpty, !value.contains(";"), !entries.contains(where: { $0.key == key })
            else { throw RuleViolation(field, .badDimensions(Input.excerpt(Self.join(pairs)))) }
            entries.append(Entry(key: key, value: value))
        }
        return Dimensions(sorted: entries.sorted { $0.key < $1.key })
    }

    /// Reads the text form; empty text (or blanks) is the total. Refused naming `field`.
    public static func parse(_ text: String, _ field: String) throws(RuleViolation) -> Dimensions {
        guard text.utf8.count <= 1_000 else { throw RuleViolation(field, .badDimensions(Input.excerpt(text))) }
        var pairs: [(key: String, value: String)] = []
        for part in text.split(separator: ";") where !part.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let equals = part.firstIndex(of: "=") else {
                throw RuleViolation(field, .badDimensions(Input.excerpt(text)))
            }
            pairs.append((String(part[..<equals]), String(part[part.index(after: equals)...])))
        }
        return try make(pairs, field)
    }

    /// Nil for anything `parse` refuses.
    public init?(_ text: String) {
        do { self = try Self.parse(text, "") } catch { return nil }
    }

    /// `key=value;key2=value2`, sorted by key; empty for the total.
    public var text: String { Self.join(entries.map { ($0.key, $0.value) }) }

    public var description: String { text }

    /// The total first, then by text.
    public static func < (lhs: Dimensions, rhs: Dimensions) -> Bool { lhs.text < rhs.text }

    private static func join(_ pairs: [(key: String, value: String)]) -> String {
        pairs.map { "\($0.key)=\($0.value)" }.joined(separator: ";")
    }

    private static func isKey(_ key: String) -> Bool {
        (1...40).contains(key.utf8.count)
            && key.utf8.allSatisfy {
                ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z"))
                    || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
                    || $0 == UInt8(ascii: "-")
            }
    }
}
