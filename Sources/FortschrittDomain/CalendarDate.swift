import Foundation

/// A day in the civil calendar, without time or time zone: an effective date, an entry date,
/// a reporting date (Stichtag). Written as ISO 8601 (`2019-03-12`); German `12.03.2019` is read too.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD` or `DD.MM.YYYY` (surrounding blanks allowed); nil for anything else,
    /// including impossible days. Reads bytes directly: every stored event's date passes through here.
    public init?(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while bytes.first == UInt8(ascii: " ") || bytes.first == UInt8(ascii: "\t") { bytes.removeFirst() }
        while bytes.last == UInt8(ascii: " ") || bytes.last == UInt8(ascii: "\t") { bytes.removeLast() }
        let parts = bytes.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        let dotted = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        let ordered: [ArraySlice<UInt8>]
        if parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2 {
            ordered = parts
        } else if dotted.count == 3, dotted[2].count == 4, (1...2).contains(dotted[0].count),
            (1...2).contains(dotted[1].count)
        {
            ordered = [dotted[2], dotted[1], dotted[0]]
        } else {
            return nil
        }
        var numbers: [Int] = []
        for part in ordered {
            var value = 0
            for byte in part {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            numbers.append(value)
        }
        self.init(year: numbers[0], month: numbers[1], day: numbers[2])
    }

    /// The day a moment falls on in the given time zone (the city's, by default Europe/Berlin);
    /// moments outside the years 1–9999 give the first or last day of that range.
    public init(_ moment: Date, in timeZone: TimeZone = .germany) {
        let local = moment.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: moment))
        let days = (local / 86_400).rounded(.down)
        let bounded =
            days.isFinite
            ? min(max(days, Double(Self.earliest.daysSinceEpoch)), Double(Self.latest.daysSinceEpoch))
            : Double(Self.earliest.daysSinceEpoch)
        self.init(daysSinceEpoch: Int64(bounded))
    }

    /// The first and last day a date may name.
    public static let earliest = CalendarDate(uncheckedYear: 1, month: 1, day: 1)
    public static let latest = CalendarDate(uncheckedYear: 9999, month: 12, day: 31)

    private init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public var iso: String {
        let y = String(year)
        let m = String(month)
        let d = String(day)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + (month < 10 ? "-0" : "-") + m
            + (day < 10 ? "-0" : "-") + d
    }

    /// Days since 1970-01-01 (negative before), in the proleptic Gregorian calendar.
    public var daysSinceEpoch: Int64 {
        // Howard Hinnant's days_from_civil.
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = Int64(month)
        let d = Int64(day)
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `days` after 1970-01-01, kept within the years 1–9999.
    public init(daysSinceEpoch days: Int64) {
        // Howard Hinnant's civil_from_days.
        let z = min(max(days, -719_162), 2_932_896) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = Int(yearOfEra + era * 400 + (m <= 2 ? 1 : 0))
        self.month = Int(m)
        self.day = Int(d)
    }

    /// The day `days` later (earlier for negative), kept within the years 1–9999.
    public func adding(days: Int) -> CalendarDate {
        let (sum, overflow) = daysSinceEpoch.addingReportingOverflow(Int64(days))
        return CalendarDate(daysSinceEpoch: overflow ? (days < 0 ? Int64.min : Int64.max) : sum)
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
