import Foundation

/// A day in the civil calendar, without time or time zone: an effective date, an entry date,
/// a reporting date (Stichtag). Written as ISO 8601 (`2019-03-12`); German `12.03.2019` is read too.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD` or `DD.MM.YYYY`; nil for anything else, including impossible days.
    public init?(_ text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        let iso = text.split(separator: "-", omittingEmptySubsequences: false)
        let german = text.split(separator: ".", omittingEmptySubsequences: false)
        let parts: [Substring]
        if iso.count == 3, iso[0].count == 4, iso[1].count == 2, iso[2].count == 2 {
            parts = iso
        } else if german.count == 3, german[2].count == 4, (1...2).contains(german[0].count), (1...2).contains(german[1].count) {
            parts = [german[2], german[1], german[0]]
        } else {
            return nil
        }
        guard parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day a moment falls on in the given time zone (the city's, by default Europe/Berlin).
    public init(_ moment: Date, in timeZone: TimeZone = .germany) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: moment)
        self.year = parts.year!
        self.month = parts.month!
        self.day = parts.day!
    }

    public var iso: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// `31.12.2020`, as German documents write it.
    public var german: String {
        String(format: "%02d.%02d.%04d", day, month, year)
    }

    public var description: String { iso }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension CalendarDate: TextCoded {
    public var text: String { iso }
    public static let expectedForm = "a date (YYYY-MM-DD)"
}

extension TimeZone {
    /// German councils report in local time; a day boundary is Berlin's, not UTC's.
    public static let germany = TimeZone(identifier: "Europe/Berlin")!
}
