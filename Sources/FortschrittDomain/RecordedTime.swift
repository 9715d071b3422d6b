import Foundation

/// When an event was entered into Fortschritt. Microsecond precision, always UTC, so that the
/// stored text form sorts in time order on every database engine.
public struct RecordedTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Microseconds since 1970-01-01T00:00:00Z.
    public let microseconds: Int64

    public init(microseconds: Int64) {
        self.microseconds = microseconds
    }

    public init(_ date: Date) {
        self.microseconds = Int64((date.timeIntervalSince1970 * 1_000_000).rounded(.down))
    }

    public static func now() -> RecordedTime { RecordedTime(Date()) }

    public var date: Date { Date(timeIntervalSince1970: Double(microseconds) / 1_000_000) }

    /// `2021-02-23T09:30:00.000000Z`
    public var iso: String {
        let seconds = microseconds.floorDiv(1_000_000)
        let fraction = microseconds - seconds * 1_000_000
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second],
                                        from: Date(timeIntervalSince1970: Double(seconds)))
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ",
                      p.year!, p.month!, p.day!, p.hour!, p.minute!, p.second!, Int(fraction))
    }

    /// Reads ISO 8601 with or without fractional seconds and with `Z` or an offset; a bare date
    /// means the end of that day in Berlin (everything recorded on that day is included).
    public init?(_ text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let day = CalendarDate(text) {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = .germany
            let start = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
            let end = calendar.date(byAdding: .day, value: 1, to: start)!
            self.init(microseconds: RecordedTime(end).microseconds - 1)
            return
        }
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = fractional.date(from: text) ?? plain.date(from: text) {
            // Keep all six fractional digits the formatter may drop.
            if let dot = text.firstIndex(of: "."), text.hasSuffix("Z") {
                let digits = text[text.index(after: dot)..<text.index(before: text.endIndex)]
                if digits.count <= 6, digits.allSatisfy(\.isNumber), let value = Int64(digits.padding(toLength: 6, withPad: "0", startingAt: 0)) {
                    let whole = Int64(date.timeIntervalSince1970.rounded(.down))
                    self.init(microseconds: whole * 1_000_000 + value)
                    return
                }
            }
            self.init(date)
            return
        }
        return nil
    }

    public var description: String { iso }

    public static func < (lhs: RecordedTime, rhs: RecordedTime) -> Bool { lhs.microseconds < rhs.microseconds }
}

extension RecordedTime: TextCoded {
    public var text: String { iso }
    public static let expectedForm = "an ISO 8601 time"
}

private extension Int64 {
    func floorDiv(_ d: Int64) -> Int64 {
        let q = self / d
        return (self % d != 0 && (self < 0) != (d < 0)) ? q - 1 : q
    }
}
