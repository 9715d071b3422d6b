import Foundation

/// The one way a value from outside — a query or path parameter, a header, a form field, a file's
/// cell, a command-line argument — becomes a value of ours: bounded, and refused with the name of
/// what was wrong (a `RuleViolation` naming the field) instead of trapping or passing on text that
/// would break a document later.
public enum Input {
    /// Longest single-line text we take (a title, a name, a reason is far shorter).
    public static let lineLimit = 2_000
    /// Longest multi-line text we take (a description, a note, a comment).
    public static let textLimit = 100_000

    /// A whole number within `range`: digits with an optional sign, nothing else.
    public static func integer(_ text: String, _ field: String, in range: ClosedRange<Int64>) throws(RuleViolation)
        -> Int64
    {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.utf8.count <= 20, let value = Int64(trimmed) else {
            throw RuleViolation(field, .notAWholeNumber(excerpt(text)))
        }
        guard range.contains(value) else {
            throw RuleViolation(
                field, .outOfRange(value: "\(value)", lower: "\(range.lowerBound)", upper: "\(range.upperBound)"))
        }
        return value
    }

    /// `integer` for counts and positions that fit an `Int`.
    public static func integer(_ text: String, _ field: String, in range: ClosedRange<Int>) throws(RuleViolation) -> Int
    {
        let value: Int64 = try integer(text, field, in: Int64(range.lowerBound)...Int64(range.upperBound))
        return Int(value)
    }

    public static func date(_ text: String, _ field: String) throws(RuleViolation) -> CalendarDate {
        guard text.utf8.count <= 32, let date = CalendarDate(text) else {
            throw RuleViolation(field, .notADate(excerpt(text)))
        }
        return date
    }

    public static func time(_ text: String, _ field: String) throws(RuleViolation) -> RecordedTime {
        guard let time = RecordedTime(text) else {
            throw RuleViolation(field, .notATime(excerpt(text)))
        }
        return time
    }

    /// A date and time on a German clock, as a form's `datetime-local` field sends it:
    /// `YYYY-MM-DDTHH:MM` (seconds allowed, a space for the `T` too), in Europe/Berlin.
    public static func localTime(_ text: String, _ field: String) throws(RuleViolation) -> RecordedTime {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let utf8 = Array(trimmed.utf8)
        guard utf8.count == 16 || utf8.count == 19, utf8[10] == UInt8(ascii: "T") || utf8[10] == UInt8(ascii: " "),
            let day = CalendarDate(String(decoding: utf8[0..<10], as: UTF8.self))
        else { throw RuleViolation(field, .notALocalTime(excerpt(text))) }
        func number(_ range: Range<Int>) -> Int? {
            guard utf8[range].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
            return Int(String(decoding: utf8[range], as: UTF8.self))
        }
        guard utf8[13] == UInt8(ascii: ":"), let hour = number(11..<13), let minute = number(14..<16), hour < 24,
            minute < 60, utf8.count == 16 || (utf8[16] == UInt8(ascii: ":") && number(17..<19).map { $0 < 60 } == true)
        else { throw RuleViolation(field, .notALocalTime(excerpt(text))) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .germany
        let parts = DateComponents(
            year: day.year, month: day.month, day: day.day, hour: hour, minute: minute,
            second: utf8.count == 19 ? number(17..<19) : 0)
        guard let date = calendar.date(from: parts), let time = RecordedTime(exactly: date) else {
            throw RuleViolation(field, .notALocalTime(excerpt(text)))
        }
        return time
    }

    /// Text as people write it: at most `limit` characters, no control characters (line breaks and
    /// tabs only where `multiline`). Control characters pasted from word processors would make the
    /// documents we generate invalid XML, and published documents are kept for good.
    public static func text(_ text: String, _ field: String, limit: Int = lineLimit, multiline: Bool = false)
        throws(RuleViolation) -> String
    {
        if let scalar = forbiddenScalar(in: text, multiline: multiline) {
            if scalar == "\n" || scalar == "\r" { throw RuleViolation(field, .containsLineBreak) }
            throw RuleViolation(
                field, .containsControlCharacter(code: String(scalar.value, radix: 16, uppercase: true)))
        }
        guard text.count <= limit else { throw RuleViolation(field, .longerThan(limit)) }
        return text
    }

    /// The first character that has no place in text of ours: C0 and C1 controls other than tab and,
    /// where `multiline`, line breaks; U+FFFE/U+FFFF and unpaired line or paragraph separators are
    /// kept out too, since XML 1.0 forbids the first and documents break lines at the second.
    public static func forbiddenScalar(in text: String, multiline: Bool) -> Unicode.Scalar? {
        text.unicodeScalars.first { scalar in
            switch scalar.value {
            case 0x09: return false
            case 0x0A, 0x0D: return !multiline
            case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF, 0x2028, 0x2029: return true
            default: return false
            }
        }
    }

    /// One of an enumeration's values, by its stored name; refused naming the field and the options.
    public static func choice<Value: RawRepresentable & CaseIterable>(_ text: String, _ field: String)
        throws(RuleViolation) -> Value where Value.RawValue == String
    {
        guard let value = Value(rawValue: text) else {
            throw RuleViolation(
                field, .notOneOf(excerpt(text), options: Value.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        return value
    }

    /// The start of a value, for messages: never the whole of a long or hostile text.
    public static func excerpt(_ text: String) -> String {
        let cleaned = String(
            String.UnicodeScalarView(
                text.unicodeScalars.prefix(40).map {
                    forbiddenScalar(in: String($0), multiline: false) == nil ? $0 : "?"
                }))
        return text.unicodeScalars.count > 40 ? cleaned + "…" : cleaned
    }
}
