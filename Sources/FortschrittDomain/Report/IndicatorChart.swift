import Foundation

/// What an indicator chart shows: the values of the whole over time (each at its period's end), the
/// targets, the band to stay in, and the forecast line from the latest value to the day it is read
/// off; with a title and a text alternative that say the same in words. Pages draw it in the
/// reader's language, the council report in German; both from the same figures.
public struct IndicatorChart: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        public var date: CalendarDate
        public var value: IndicatorNumber

        public init(date: CalendarDate, value: IndicatorNumber) {
            self.date = date
            self.value = value
        }
    }

    public struct Band: Sendable, Equatable {
        public var lower: IndicatorNumber
        public var upper: IndicatorNumber
    }

    public struct Line: Sendable, Equatable {
        public var from: Point
        public var to: Point
    }

    public var title: String
    public var textAlternative: String
    public var values: [Point]
    public var targets: [Point]
    public var band: Band?
    public var forecast: Line?
    /// Numbers on the axis with a decimal comma (German) or point.
    public var decimalComma: Bool

    /// The chart of `indicator`'s whole: `totals` oldest first, and the forecast's line from the
    /// latest of them to its predicted value.
    public init(
        _ indicator: Indicator, totals: [IndicatorValue], forecast: ForecastResult, title: String,
        textAlternative: String, decimalComma: Bool
    ) {
        self.title = title
        self.textAlternative = textAlternative
        self.decimalComma = decimalComma
        values = totals.map { Point(date: $0.period.end, value: $0.value) }
        targets = indicator.targets.map { Point(date: $0.date, value: $0.value) }
        if case .band(let lower, let upper) = indicator.direction { band = Band(lower: lower, upper: upper) }
        if let last = values.last, let predicted = forecast.predicted, let day = forecast.evaluatedOn {
            self.forecast = Line(from: last, to: Point(date: day, value: predicted))
        }
    }

    /// How a number is written on the axis.
    public func label(_ number: IndicatorNumber) -> String { decimalComma ? number.german : number.text }
}
