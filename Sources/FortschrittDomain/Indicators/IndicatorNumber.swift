import Foundation

/// The value of an indicator: an exact decimal, as offices report them ("5000", "12,5", "-0.25").
/// Read by one bounded parser: an optional `-`, digits, at most one decimal separator (`.` or `,`),
/// at most 15 significant digits and 6 decimals; no exponent, no blanks inside and no thousands
/// separators — "1.234,5" is refused rather than guessed at. Note that "1.234" is one point
/// two three four: a dot is always a decimal separator. Equal values have one canonical text, so
/// "12.50" and "12,5" are the same value; it is written in JSON as that text.
public struct IndicatorNumber: Hashable, Comparable, Sendable, CustomStringConvertible, TextCoded {
    public static let expectedForm = "a number (digits with at most one decimal separator)"
    /// Most digits a value may have, before and after the separator together.
    public static let maximumDigits = 15
    /// Most digits after the separator.
    public static let maximumDecimals = 6

    /// The exact value.
    public let decimal: Decimal
    /// The canonical form: `.` as separator, no leading zeros, no trailing zeros after it ("12.5").
    public let text: String

    /// Nil for anything `parse` refuses.
    public init?(_ text: String) {
        guard let (decimal, canonical) = Self.read(text) else { return nil }
        self.decimal = decimal
        self.text = canonical
    }

    /// Reads a value from outside, refused naming `field`.
    public static func parse(_ text: String, _ field: String) throws(RuleViolation) -> IndicatorNumber {
        guard let number = IndicatorNumber(text) else {
            throw RuleViolation(field, .notAnIndicatorValue(Input.excerpt(text)))
        }
        return number
    }

    /// An exact decimal within the bounds (nil where it has more digits than a value may have).
    public init?(exactly decimal: Decimal) {
        guard decimal.isFinite, let number = IndicatorNumber(decimal.description) else { return nil }
        self = number
    }

    /// `decimal` rounded half away from zero to `decimals` places (fewer where the whole part needs
    /// them, so that at most 15 digits remain); nil where the whole part alone has more than 15.
    public static func rounded(_ decimal: Decimal, decimals: Int = maximumDecimals) -> IndicatorNumber? {
        guard decimal.isFinite else { return nil }
        var value = decimal
        var scale = min(max(decimals, 0), maximumDecimals)
        for _ in 0..<2 {
            var result = Decimal()
            NSDecimalRound(&result, &value, scale, .plain)
            let text = result.description
            if let number = IndicatorNumber(text) { return number }
            let whole = text.split(separator: ".", maxSplits: 1).first?.filter(\.isASCIIDigit).count ?? 0
            guard whole <= maximumDigits, scale > 0 else { return nil }
            scale = min(scale, maximumDigits - whole)
        }
        return nil
    }

    /// `value` rounded to `decimals` places as `rounded(_:decimals:)` does; nil for NaN, infinity and
    /// values of 10^16 and beyond. The double is written out with all 17 significant digits, without
    /// a locale, and rounded once from there: the same double always gives the same value.
    public static func rounded(double value: Double, decimals: Int = maximumDecimals) -> IndicatorNumber? {
        guard value.isFinite, abs(value) < 1e16 else { return nil }
        // Far below the last decimal kept (and below what a Decimal's exponent reaches): zero.
        if abs(value) < 1e-9 { return .zero }
        guard let decimal = Decimal(string: String(format: "%.17g", value), locale: nil) else { return nil }
        return rounded(decimal, decimals: decimals)
    }

    public static let zero = IndicatorNumber(validDecimal: 0, text: "0")

    private init(validDecimal: Decimal, text: String) {
        self.decimal = validDecimal
        self.text = text
    }

    /// With a decimal comma, as German pages and documents write it ("12,5").
    public var german: String { text.replacingOccurrences(of: ".", with: ",") }

    /// For statistics only (a forecast's fit): never stored, never compared for equality.
    public var double: Double { Double(text) ?? 0 }

    public var description: String { text }

    public static func == (lhs: IndicatorNumber, rhs: IndicatorNumber) -> Bool { lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
    public static func < (lhs: IndicatorNumber, rhs: IndicatorNumber) -> Bool { lhs.decimal < rhs.decimal }

    /// The parser: bytes, bounded before anything is built from them.
    private static func read(_ text: String) -> (Decimal, String)? {
        guard text.utf8.count <= 64 else { return nil }
        var bytes = Array(text.utf8)[...]
        while bytes.first == UInt8(ascii: " ") || bytes.first == UInt8(ascii: "\t") { bytes.removeFirst() }
        while bytes.last == UInt8(ascii: " ") || bytes.last == UInt8(ascii: "\t") { bytes.removeLast() }
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes.removeFirst() }
        var whole: [UInt8] = []
        var fraction: [UInt8] = []
        var separated = false
        for byte in bytes {
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                if separated { fraction.append(byte) } else { whole.append(byte) }
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ","), !separated, !whole.isEmpty {
                separated = true
            } else {
                return nil
            }
        }
        guard !whole.isEmpty, !separated || !fraction.isEmpty else { return nil }
        while whole.first == UInt8(ascii: "0") { whole.removeFirst() }
        while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
        guard whole.count + fraction.count <= maximumDigits, fraction.count <= maximumDecimals else { return nil }
        var significand: UInt64 = 0
        for byte in whole + fraction {
            // At most 15 digits: below 10^15, far from UInt64's bound.
            significand = significand * 10 + UInt64(byte - UInt8(ascii: "0"))
        }
        let zero = significand == 0
        let decimal = Decimal(
            sign: negative && !zero ? .minus : .plus, exponent: -fraction.count, significand: Decimal(significand))
        var canonical = negative && !zero ? "-" : ""
        canonical += whole.isEmpty ? "0" : String(decoding: whole, as: UTF8.self)
        if !fraction.isEmpty { canonical += "." + String(decoding: fraction, as: UTF8.self) }
        return (decimal, canonical)
    }
}
