import Foundation

/// An amount of euros, exact to the cent. Never a floating-point number.
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let cents: Int64

    public init(cents: Int64) {
        self.cents = cents
    }

    public init(euros: Int64) {
        self.cents = euros * 100
    }

    /// Reads `2500000`, `2500000.00`, `2.500.000,00`, `2.500.000,00 €` or `1,5`; nil for anything else
    /// (including more than two decimals).
    public init?(_ text: String) {
        var t = text.replacingOccurrences(of: "€", with: "").replacingOccurrences(of: "EUR", with: "")
            .trimmingCharacters(in: .whitespaces)
        let negative = t.hasPrefix("-")
        if negative { t.removeFirst() }
        var whole = t
        var fraction = ""
        if let comma = t.lastIndex(of: ",") {
            // German: dots group thousands, the comma starts the cents.
            whole = String(t[..<comma]).replacingOccurrences(of: ".", with: "")
            fraction = String(t[t.index(after: comma)...])
        } else if let dot = t.lastIndex(of: "."), t.filter({ $0 == "." }).count == 1,
            t.distance(from: dot, to: t.endIndex) <= 3
        {
            whole = String(t[..<dot])
            fraction = String(t[t.index(after: dot)...])
        } else {
            whole = t.replacingOccurrences(of: ".", with: "")
        }
        guard !whole.isEmpty, whole.allSatisfy({ $0.isASCII && $0.isNumber }), fraction.count <= 2,
            fraction.allSatisfy({ $0.isASCII && $0.isNumber }), let euros = Int64(whole), euros < 10_000_000_000_000
        else { return nil }
        let cents = Int64(fraction.padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0
        self.cents = (euros * 100 + cents) * (negative ? -1 : 1)
    }

    public static let zero = Money(cents: 0)

    public static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
    public static func - (a: Money, b: Money) -> Money { Money(cents: a.cents - b.cents) }
    public static func < (a: Money, b: Money) -> Bool { a.cents < b.cents }

    /// This amount times a rate, rounded half away from zero to the cent.
    public func times(_ rate: Rate) -> Money {
        let product = cents * Int64(rate.basisPoints)
        let (q, r) = product.quotientAndRemainder(dividingBy: 10_000)
        return Money(cents: q + (abs(r) * 2 >= 10_000 ? (product < 0 ? -1 : 1) : 0))
    }

    /// `2.500.000,00 €`
    public var german: String {
        let sign = cents < 0 ? "-" : ""
        let absolute = cents.magnitude
        let euros = String(absolute / 100)
        var grouped = ""
        for (i, digit) in euros.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        let c = absolute % 100
        return sign + String(grouped.reversed()) + "," + (c < 10 ? "0" : "") + String(c) + " €"
    }

    /// `2500000.00`, for machines.
    public var plain: String {
        let absolute = cents.magnitude
        let c = absolute % 100
        return (cents < 0 ? "-" : "") + String(absolute / 100) + "." + (c < 10 ? "0" : "") + String(c)
    }

    public var description: String { german }
}

/// A share such as a grant rate, in basis points (65 % = 6500), so that it is exact too.
public struct Rate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let basisPoints: Int

    public init(basisPoints: Int) {
        self.basisPoints = basisPoints
    }

    public init(percent: Int) {
        self.basisPoints = percent * 100
    }

    /// Reads `65`, `65 %`, `65,5 %` or `65.5`.
    public init?(_ text: String) {
        let t = text.replacingOccurrences(of: "%", with: "").trimmingCharacters(in: .whitespaces).replacingOccurrences(
            of: ",", with: ".")
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int(parts[0]), (0...100).contains(whole) else { return nil }
        var fraction = 0
        if parts.count == 2 {
            guard parts[1].count <= 2, let f = Int(parts[1].padding(toLength: 2, withPad: "0", startingAt: 0)) else {
                return nil
            }
            fraction = f
        }
        let basisPoints = whole * 100 + fraction
        guard basisPoints <= 10_000 else { return nil }
        self.basisPoints = basisPoints
    }

    public var complement: Rate { Rate(basisPoints: 10_000 - basisPoints) }

    /// `65 %` or `65,5 %`
    public var german: String {
        let f = basisPoints % 100
        if f == 0 { return "\(basisPoints / 100) %" }
        return "\(basisPoints / 100),\(f % 10 == 0 ? String(f / 10) : (f < 10 ? "0\(f)" : String(f))) %"
    }

    public var description: String { german }
    public static func < (a: Rate, b: Rate) -> Bool { a.basisPoints < b.basisPoints }
}
