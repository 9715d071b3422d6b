import Foundation

/// How far an indicator has come toward a target, in its direction.
public enum IndicatorProgress: Hashable, Sendable {
    /// For an increase or a decrease: the share of the way from the baseline to the target, 0 at the
    /// baseline and 1 at the target; above 1 beyond it, negative for a value that moved the wrong way.
    case fraction(Double)
    /// For a band: within it (bounds included).
    case within
    /// For a band: below its lower bound, by this much.
    case below(IndicatorNumber)
    /// For a band: above its upper bound, by this much.
    case above(IndicatorNumber)

    /// The progress of `current`. For an increase or a decrease (current − baseline) / (target −
    /// baseline), computed in decimals: with baseline 10, target 4 and current 7 a decrease is half
    /// way (0.5). Nil without a target or a baseline, where the target equals the baseline or lies
    /// against the direction from it. For a band, where `current` lies (target and baseline play no
    /// part); nil only where the distance is beyond what a value can hold.
    public static func toward(
        target: IndicatorNumber?, baseline: IndicatorNumber?, current: IndicatorNumber, direction: Indicator.Direction
    ) -> IndicatorProgress? {
        switch direction {
        case .increase, .decrease:
            guard let target, let baseline else { return nil }
            let way = target.decimal - baseline.decimal
            guard direction == .increase ? way > 0 : way < 0 else { return nil }
            return .fraction(double((current.decimal - baseline.decimal) / way))
        case .band(let lower, let upper):
            if current < lower {
                return IndicatorNumber.rounded(lower.decimal - current.decimal).map(IndicatorProgress.below)
            }
            if current > upper {
                return IndicatorNumber.rounded(current.decimal - upper.decimal).map(IndicatorProgress.above)
            }
            return .within
        }
    }

    /// The share of the way, for an increase or a decrease.
    public var fraction: Double? {
        if case .fraction(let value) = self { return value }
        return nil
    }

    /// The nearest double, read from the decimal's exact text (correctly rounded on every machine).
    static func double(_ decimal: Decimal) -> Double {
        Double(decimal.description) ?? NSDecimalNumber(decimal: decimal).doubleValue
    }
}
