import Foundation

/// A catalogue number such as "3.12": sorted by its numeric parts, so 1.2 comes before 1.10.
public struct MeasureNumber: Hashable, Comparable, Sendable, CustomStringConvertible, TextCoded {
    public static let expectedForm = "a measure number"
    public let text: String
    private let sortKey: [Part]

    /// Nil for empty text or text with inner line breaks.
    public init?(_ text: String) {
        if let parts = Self.dottedNumbers(text) {
            // The usual form, "3.12": read without allocating substrings.
            self.text = text
            self.sortKey = parts.map(Part.number)
            return
        }
        let trimmed =
            text.first?.isWhitespace == true || text.last?.isWhitespace == true
            ? text.trimmingCharacters(in: .whitespaces) : text
        guard !trimmed.isEmpty, trimmed.count <= 32, !trimmed.contains(where: \.isNewline) else { return nil }
        self.text = trimmed
        self.sortKey = trimmed.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == " " }).map {
            Int($0).map(Part.number) ?? .text(String($0))
        }
    }

    /// The numbers of text made only of digits separated by single dots ("3.12"); nil otherwise.
    private static func dottedNumbers(_ text: String) -> [Int]? {
        var parts: [Int] = []
        var value = 0
        var digits = 0
        for byte in text.utf8 {
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                guard digits < 9 else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            } else if byte == UInt8(ascii: "."), digits > 0 {
                parts.append(value)
                value = 0
                digits = 0
            } else {
                return nil
            }
        }
        guard digits > 0, text.utf8.count <= 32 else { return nil }
        parts.append(value)
        return parts
    }

    public static func == (lhs: MeasureNumber, rhs: MeasureNumber) -> Bool { lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    public var description: String { text }

    /// The leading number before the first dot, which by convention names the field of action.
    public var fieldPrefix: Int? {
        Int(text.split(separator: ".").first ?? "")
    }

    public static func < (lhs: MeasureNumber, rhs: MeasureNumber) -> Bool {
        let l = lhs.sortKey
        let r = rhs.sortKey
        for (a, b) in zip(l, r) where a != b {
            switch (a, b) {
            case (.number(let x), .number(let y)): return x < y
            case (.text(let x), .text(let y)): return x < y
            case (.number, .text): return true
            case (.text, .number): return false
            }
        }
        return l.count < r.count || (l.count == r.count && lhs.text < rhs.text)
    }

    private enum Part: Equatable, Sendable {
        case number(Int)
        case text(String)
    }
}
