import Foundation

/// Where an indicator is heading: a straight line fitted to its latest values, read off at its next
/// target's date and judged against that target.
///
/// The method, stated with every result: ordinary least squares over the last `points` values of
/// the total series (no dimensions) of the kind of period of the latest value (years are not mixed
/// with quarters), x being the day a period ends, as days since 1970-01-01. Only values known at
/// `cutoff.knownAt` and ending by `cutoff.through` count. The line is read off at the first target
/// dated after the latest value's period ends; for a band at that target's date if there is one,
/// else one year after the latest value's period ends.
///
/// The judgement (`ForecastStatus`), on the prediction rounded to 6 decimals, in decimals:
/// - increase or decrease: on track if the prediction reaches the target (≥ for an increase, ≤ for a
///   decrease). Otherwise the predicted progress p = (predicted − reference) / (target − reference),
///   the reference being the baseline's value or, without a baseline, the series' earliest value;
///   at risk if p ≥ `tolerance` (0.8 by default), else off track — off track too where the reference
///   already lies beyond the target, since then there is no way to have come part of.
/// - band: on track if the prediction lies within the band; at risk if within the band widened on
///   each side by `bandMargin` (0.1 by default) of its width; else off track.
/// - no target: an increase or decrease with no target after the latest value.
/// - insufficient data: fewer than two values, all ending on one day, or a prediction beyond what a
///   value can hold.
public enum Forecast {
    /// How a forecast is made; stored with every result.
    public struct Method: Hashable, Sendable, Codable {
        public enum Name: String, Hashable, Sendable, Codable, CaseIterable {
            case leastSquares = "least-squares"
        }

        public var name: Name
        /// How many of the latest values the line is fitted to (2 to 100).
        public var points: Int
        /// The least predicted progress that is at risk rather than off track (0 to 1).
        public var tolerance: IndicatorNumber
        /// For a band: how far beyond a bound, as a share of the band's width, is at risk rather than
        /// off track (0 to 1).
        public var bandMargin: IndicatorNumber

        public static let pointRange = 2...100

        public init(
            points: Int = 5, tolerance: IndicatorNumber = IndicatorNumber("0.8") ?? .zero,
            bandMargin: IndicatorNumber = IndicatorNumber("0.1") ?? .zero
        ) {
            self.name = .leastSquares
            self.points = points
            self.tolerance = tolerance
            self.bandMargin = bandMargin
        }

        /// Least squares over the last 5 points, at risk from 80 % of the way, bands widened by 10 %.
        public static let standard = Method()

        /// A method with parameters from outside (fields "punkte", "toleranz", "bandbreite").
        public static func checked(points: Int, tolerance: IndicatorNumber, bandMargin: IndicatorNumber)
            throws(RuleViolation) -> Method
        {
            guard pointRange.contains(points) else {
                throw RuleViolation(
                    "punkte",
                    .outOfRange(
                        value: "\(points)", lower: "\(pointRange.lowerBound)", upper: "\(pointRange.upperBound)"))
            }
            for (field, value) in [("toleranz", tolerance), ("bandbreite", bandMargin)]
            where value < .zero || value.decimal > 1 {
                throw RuleViolation(field, .outOfRange(value: value.text, lower: "0", upper: "1"))
            }
            return Method(points: points, tolerance: tolerance, bandMargin: bandMargin)
        }
    }

    /// Which values a forecast may use: those known at a moment (nil: all recorded) and those of
    /// periods ending by a day (nil: all).
    public struct Cutoff: Hashable, Sendable, Codable {
        public var knownAt: RecordedTime?
        public var through: CalendarDate?

        public init(knownAt: RecordedTime? = nil, through: CalendarDate? = nil) {
            self.knownAt = knownAt
            self.through = through
        }
    }

    /// The forecast from the value events, as known at `cutoff.knownAt`.
    public static func forecast(
        _ indicator: Indicator, events: [IndicatorValueEvent], method: Method = .standard, cutoff: Cutoff
    ) -> ForecastResult {
        let values = IndicatorSeries.values(
            from: events.filter { $0.indicator == indicator.slug }, asOf: cutoff.knownAt)
        return forecast(indicator, values: values, method: method, cutoff: cutoff)
    }

    /// The forecast from `values`, which must be those known at `cutoff.knownAt`.
    public static func forecast(
        _ indicator: Indicator, values: [IndicatorValue], method: Method = .standard, cutoff: Cutoff
    ) -> ForecastResult {
        var result = ForecastResult(indicator: indicator.slug, method: method, cutoff: cutoff)
        let known = IndicatorSeries.totals(of: indicator.slug, in: values).filter { value in
            cutoff.through.map { value.period.end <= $0 } ?? true
        }
        if indicator.direction.kind != .band, indicator.targets.isEmpty { return result.with(.noTarget) }
        guard let latest = known.max(by: { ($0.period.end, $0.period) < ($1.period.end, $1.period) }) else {
            return result.with(.insufficientData)
        }
        result.latest = latest.period
        let series = known.filter { $0.period.kind == latest.period.kind }
        let used = Array(series.suffix(min(max(method.points, pointRange.lowerBound), pointRange.upperBound)))
        result.points = used.map(\.period)
        let target = indicator.nextTarget(after: latest.period.end)
        result.target = target
        let day: CalendarDate
        if let target {
            day = target.date
        } else if indicator.direction.kind == .band {
            let end = latest.period.end
            day = CalendarDate(year: end.year + 1, month: end.month, day: end.day) ?? end.adding(days: 365)
        } else {
            return result.with(.noTarget)
        }
        result.evaluatedOn = day
        guard let line = fit(used) else { return result.with(.insufficientData) }
        let x = Double(day.daysSinceEpoch)
        guard let predicted = IndicatorNumber.rounded(double: line.meanY + line.slope * (x - line.meanX)) else {
            return result.with(.insufficientData)
        }
        result.slopePerYear = IndicatorNumber.rounded(double: line.slope * daysPerYear)
        result.predicted = predicted
        switch indicator.direction {
        case .increase, .decrease:
            guard let target, let reference = indicator.baseline?.value ?? series.first?.value else {
                return result.with(.insufficientData)
            }
            let increase = indicator.direction == .increase
            let way = target.value.decimal - reference.decimal
            let progress: Decimal? =
                (increase ? way > 0 : way < 0) ? (predicted.decimal - reference.decimal) / way : nil
            result.progress = progress.flatMap { IndicatorNumber.rounded($0) }
            if increase ? predicted >= target.value : predicted <= target.value { return result.with(.onTrack) }
            if let progress, progress >= method.tolerance.decimal { return result.with(.atRisk) }
            return result.with(.offTrack)
        case .band(let lower, let upper):
            if lower <= predicted && predicted <= upper { return result.with(.onTrack) }
            let margin = (upper.decimal - lower.decimal) * method.bandMargin.decimal
            let near = lower.decimal - margin <= predicted.decimal && predicted.decimal <= upper.decimal + margin
            return result.with(near ? .atRisk : .offTrack)
        }
    }

    private static let pointRange = Method.pointRange
    /// The mean length of a Gregorian year, for the slope per year.
    static let daysPerYear = 365.2425

    /// The least-squares line through the points (x: the day a period ends), centred for accuracy;
    /// nil for fewer than two points or all on one day. Only +, −, × and ÷ on doubles, done in a fixed
    /// order: the same values give the same line on every machine.
    private static func fit(_ values: [IndicatorValue]) -> (slope: Double, meanX: Double, meanY: Double)? {
        guard values.count >= 2 else { return nil }
        let xs = values.map { Double($0.period.end.daysSinceEpoch) }
        let ys = values.map(\.value.double)
        let n = Double(values.count)
        let meanX = xs.reduce(0, +) / n
        let meanY = ys.reduce(0, +) / n
        var sxx = 0.0
        var sxy = 0.0
        for (x, y) in zip(xs, ys) {
            sxx += (x - meanX) * (x - meanX)
            sxy += (x - meanX) * (y - meanY)
        }
        guard sxx > 0 else { return nil }
        return (sxy / sxx, meanX, meanY)
    }
}
