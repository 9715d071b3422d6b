import Foundation

/// When an event was entered into Fortschritt. Microsecond precision, always UTC, so that the
/// stored text form sorts in time order on every database engine.
public struct RecordedTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Microseconds since 1970-01-01T00:00:00Z.
    public let microseconds: Int64

    public init(microseconds: Int64) {
        self.microseconds = microseconds
    }

    /// A moment of the clock; one outside the years 1–9999 is held at that range's bound.
    public init(_ date: Date) {
        let value = (date.timeIntervalSince1970 * 1_000_000).rounded(.down)
        guard value.isFinite else {
            self = .earliest
            return
        }
        let bounded = min(max(value, Double(Self.earliest.microseconds)), Double(Self.latest.microseconds))
        self.microseconds = Int64(bounded)
    }

    /// A moment read from outside: nil outside the years 1–9999 (UTC), which dates can name.
    public init?(exactly date: Date) {
        let value = (date.timeIntervalSince1970 * 1_000_000).rounded(.down)
        guard value.isFinite, value >= Double(Self.earliest.microseconds), value <= Double(Self.latest.microseconds)
        else { return nil }
        self.microseconds = Int64(value)
    }

    /// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999999Z: the moments that can be written down.
    public static let earliest = RecordedTime(microseconds: CalendarDate.earliest.daysSinceEpoch * 86_400_000_000)
    public static let latest = RecordedTime(
        microseconds: (CalendarDate.latest.daysSinceEpoch + 1) * 86_400_000_000 - 1)

    /// Whether this moment lies within the years 1–9999.
    public var isWritable: Bool { self >= Self.earliest && self <= Self.latest }

    public static func now() -> RecordedTime { RecordedTime(Date()) }

    public var date: Date { Date(timeIntervalSince1970: Double(microseconds) / 1_000_000) }

    /// The calendar day (UTC) of this moment.
    public var day: CalendarDate { CalendarDate(daysSinceEpoch: microseconds.floorDiv(86_400_000_000)) }

    /// `2021-02-23T09:30:00.000000Z`. Computed by hand: this runs for every stored event.
    public var iso: String {
        let seconds = microseconds.floorDiv(1_000_000)
        let fraction = Int(microseconds - seconds * 1_000_000)
        let days = seconds.floorDiv(86_400)
        let secondOfDay = Int(seconds - days * 86_400)
        let day = CalendarDate(daysSinceEpoch: days)
        var text = day.iso
        text +=
            "T" + Self.digits(secondOfDay / 3600, 2) + ":" + Self.digits(secondOfDay / 60 % 60, 2) + ":"
            + Self.digits(secondOfDay % 60, 2)
        text += "." + Self.digits(fraction, 6) + "Z"
        return text
    }

    private static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    /// The stored form, `YYYY-MM-DDTHH:MM:SS.ffffffZ`, read without a formatter.
    private static func parseCanonical(_ text: String) -> Int64? {
        let bytes = Array(text.utf8)
        guard bytes.count == 27, bytes[10] == UInt8(ascii: "T"), bytes[19] == UInt8(ascii: "."),
            bytes[26] == UInt8(ascii: "Z"),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            let day = CalendarDate(String(decoding: bytes[0..<10], as: UTF8.self))
        else { return nil }
        func number(_ range: Range<Int>) -> Int64? {
            var value: Int64 = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let h = number(11..<13), let m = number(14..<16), let sec = number(17..<19), let f = number(20..<26),
            h < 24, m < 60, sec < 60
        else { return nil }
        return (day.daysSinceEpoch * 86_400 + h * 3600 + m * 60 + sec) * 1_000_000 + f
    }

    /// Reads ISO 8601 with or without fractional seconds and with `Z` or an offset; a bare date
    /// means the end of that day in Berlin (everything recorded on that day is included). Nil for
    /// anything else, for text over 64 characters and for moments outside the years 1–9999.
    public init?(_ text: String) {
        guard text.utf8.count <= 64, let value = Self.parse(text), value.isWritable else { return nil }
        self = value
    }

    private static func parse(_ text: String) -> RecordedTime? {
        if let canonical = Self.parseCanonical(text) { return RecordedTime(microseconds: canonical) }
        let text = text.trimmingCharacters(in: .whitespaces)
        if let day = CalendarDate(text) {
            // The end of the day in Berlin: the next day's start there, less one microsecond.
            let next = Double(day.daysSinceEpoch + 1) * 86_400
            let offset = TimeZone.germany.secondsFromGMT(for: Date(timeIntervalSince1970: next))
            let end = Date(timeIntervalSince1970: next - Double(offset))
            guard let moment = RecordedTime(exactly: end) else { return day == .latest ? .latest : nil }
            return RecordedTime(microseconds: moment.microseconds - 1)
        }
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = fractional.date(from: text) ?? plain.date(from: text),
            let moment = RecordedTime(exactly: date)
        else { return nil }
        // Keep all six fractional digits the formatter may drop.
        if let dot = text.firstIndex(of: "."), text.hasSuffix("Z") {
            let digits = text[text.index(after: dot)..<text.index(before: text.endIndex)]
            if digits.count <= 6, digits.allSatisfy(\.isASCIIDigit),
                let value = Int64(digits.padding(toLength: 6, withPad: "0", startingAt: 0))
            {
                return RecordedTime(microseconds: moment.microseconds.floorDiv(1_000_000) * 1_000_000 + value)
            }
        }
        return moment
    }

    public var description: String { iso }

    public static func < (lhs: RecordedTime, rhs: RecordedTime) -> Bool { lhs.microseconds < rhs.microseconds }
}

extension RecordedTime: TextCoded {
    public var text: String { iso }
    public static let expectedForm = "an ISO 8601 time"
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension Int64 {
    public func floorDiv(_ d: Int64) -> Int64 {
        let q = self / d
        return (self % d != 0 && (self < 0) != (d < 0)) ? q - 1 : q
    }
}
