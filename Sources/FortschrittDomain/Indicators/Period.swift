import Foundation

/// The span an indicator's value is reported for: a year, a quarter, a month or a day, each a real
/// span of days (2020-Q3 is 01.07.2020 to 30.09.2020). Written `2020`, `2020-Q3`, `2020-07` and
/// `2020-07-15` (`2020-q3` and `15.07.2020` are read too), within the years 1900–2200.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible, TextCoded {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case year, quarter, month, day

        /// Longer spans first.
        var rank: Int {
            switch self {
            case .year: 0
            case .quarter: 1
            case .month: 2
            case .day: 3
            }
        }
    }

    public static let expectedForm = "a period (2020, 2020-Q3, 2020-07 or 2020-07-15)"
    /// The years a period may lie in: values are reported for the past and targeted for the future,
    /// never for the years 1 or 9999.
    public static let years: ClosedRange<Int> = 1900...2200

    public let kind: Kind
    /// The first day of the span.
    public let start: CalendarDate
    /// The last day of the span (included).
    public let end: CalendarDate

    private init(kind: Kind, start: CalendarDate, end: CalendarDate) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    public static func year(_ year: Int) -> Period? {
        span(.year, year: year, month: 1, months: 12)
    }

    /// Quarter 1 to 4 of `year`.
    public static func quarter(_ quarter: Int, of year: Int) -> Period? {
        guard (1...4).contains(quarter) else { return nil }
        return span(.quarter, year: year, month: quarter * 3 - 2, months: 3)
    }

    public static func month(_ month: Int, of year: Int) -> Period? {
        guard (1...12).contains(month) else { return nil }
        return span(.month, year: year, month: month, months: 1)
    }

    public static func day(_ date: CalendarDate) -> Period? {
        guard years.contains(date.year) else { return nil }
        return Period(kind: .day, start: date, end: date)
    }

    /// `months` months from the first of `month`, ending the day before the next span starts.
    private static func span(_ kind: Kind, year: Int, month: Int, months: Int) -> Period? {
        guard years.contains(year), let start = CalendarDate(year: year, month: month, day: 1) else { return nil }
        let next = month - 1 + months
        guard let following = CalendarDate(year: year + next / 12, month: next % 12 + 1, day: 1) else { return nil }
        return Period(kind: kind, start: start, end: following.adding(days: -1))
    }

    /// Nil for anything `parse` refuses.
    public init?(_ text: String) {
        guard let (period, inRange) = Self.read(text), inRange, let period else { return nil }
        self = period
    }

    /// Reads a period from outside, refused naming `field`: its form, or its year out of range.
    public static func parse(_ text: String, _ field: String) throws(RuleViolation) -> Period {
        guard let (period, inRange) = read(text) else {
            throw RuleViolation(field, .notAPeriod(Input.excerpt(text)))
        }
        guard inRange, let period else {
            throw RuleViolation(
                field,
                .outOfRange(
                    value: Input.excerpt(text), lower: "\(years.lowerBound)", upper: "\(years.upperBound)"))
        }
        return period
    }

    /// Nil where the form is wrong; `(nil, false)` where the form is right but the year is not.
    private static func read(_ text: String) -> (Period?, Bool)? {
        guard text.utf8.count <= 32 else { return nil }
        var bytes = Array(text.utf8)[...]
        while bytes.first == UInt8(ascii: " ") || bytes.first == UInt8(ascii: "\t") { bytes.removeFirst() }
        while bytes.last == UInt8(ascii: " ") || bytes.last == UInt8(ascii: "\t") { bytes.removeLast() }
        let b = Array(bytes)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= b.count, b[range].allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
            return b[range].reduce(0) { $0 * 10 + Int($1 - 48) }
        }
        let period: Period?
        let year: Int
        if b.count == 4, let y = number(0..<4) {
            (period, year) = (Period.year(y), y)
        } else if b.count == 7, b[4] == UInt8(ascii: "-"), b[5] == UInt8(ascii: "Q") || b[5] == UInt8(ascii: "q"),
            let y = number(0..<4), let q = number(6..<7)
        {
            guard (1...4).contains(q) else { return nil }
            (period, year) = (Period.quarter(q, of: y), y)
        } else if b.count == 7, b[4] == UInt8(ascii: "-"), let y = number(0..<4), let m = number(5..<7) {
            guard (1...12).contains(m) else { return nil }
            (period, year) = (Period.month(m, of: y), y)
        } else if let date = CalendarDate(String(decoding: b, as: UTF8.self)) {
            (period, year) = (Period.day(date), date.year)
        } else {
            return nil
        }
        return (period, years.contains(year) && period != nil)
    }

    /// The canonical form: `2020`, `2020-Q3`, `2020-07`, `2020-07-15`.
    public var text: String {
        let year = String(start.year)
        switch kind {
        case .year: return year
        case .quarter: return "\(year)-Q\((start.month + 2) / 3)"
        case .month: return "\(year)-\(start.month < 10 ? "0" : "")\(start.month)"
        case .day: return start.iso
        }
    }

    /// As German pages write it: `2020`, `3. Quartal 2020`, `07/2020`, `15.07.2020`.
    public var german: String {
        switch kind {
        case .year: return String(start.year)
        case .quarter: return "\((start.month + 2) / 3). Quartal \(start.year)"
        case .month: return "\(start.month < 10 ? "0" : "")\(start.month)/\(start.year)"
        case .day: return start.german
        }
    }

    public var description: String { text }

    public func contains(_ date: CalendarDate) -> Bool { start <= date && date <= end }

    /// By start, and for the same start the longer span first (the year before its first quarter).
    public static func < (lhs: Period, rhs: Period) -> Bool {
        if lhs.start != rhs.start { return lhs.start < rhs.start }
        return lhs.kind.rank < rhs.kind.rank
    }
}
