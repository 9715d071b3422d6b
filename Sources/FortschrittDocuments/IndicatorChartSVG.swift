import FortschrittDomain
import Foundation

/// What an indicator chart shows: the values of the whole over time (each at its period's end), the
/// targets, the band to stay in, and the forecast line from the latest value to the day it is read
/// off; with a title and a text alternative that say the same in words.
public struct IndicatorChart: Sendable {
    public struct Point: Sendable {
        public var date: CalendarDate
        public var value: IndicatorNumber

        public init(date: CalendarDate, value: IndicatorNumber) {
            self.date = date
            self.value = value
        }
    }

    public var title: String
    public var textAlternative: String
    public var values: [Point]
    public var targets: [Point]
    public var band: (lower: IndicatorNumber, upper: IndicatorNumber)?
    public var forecast: (from: Point, to: Point)?
    /// How a number is written on the axis (a decimal comma in German).
    public var label: @Sendable (IndicatorNumber) -> String

    public init(
        title: String, textAlternative: String, values: [Point], targets: [Point],
        band: (lower: IndicatorNumber, upper: IndicatorNumber)?, forecast: (from: Point, to: Point)?,
        label: @escaping @Sendable (IndicatorNumber) -> String
    ) {
        self.title = title
        self.textAlternative = textAlternative
        self.values = values
        self.targets = targets
        self.band = band
        self.forecast = forecast
        self.label = label
    }
}

/// Draws an indicator chart as SVG: values as a solid line with dots, targets as diamonds, the
/// forecast dashed, a band shaded; colours keep their contrast on white, and shapes, not colour
/// alone, tell the series apart. Doubles only place marks on the canvas; every value shown as text
/// is the exact number.
public enum IndicatorChartSVG {
    static let width = 640.0, height = 300.0, left = 70.0, right = 20.0, top = 20.0, bottom = 40.0

    public static func render(_ chart: IndicatorChart, id: String) -> String {
        let points = chart.values + chart.targets + (chart.forecast.map { [$0.from, $0.to] } ?? [])
        let days = points.map { Double($0.date.daysSinceEpoch) }
        var numbers = points.map(\.value.double)
        if let band = chart.band { numbers += [band.lower.double, band.upper.double] }
        let (firstDay, lastDay) = (days.min() ?? 0, days.max() ?? 1)
        var (low, high) = (numbers.min() ?? 0, numbers.max() ?? 1)
        let padding = high > low ? (high - low) * 0.1 : max(abs(high) * 0.1, 1)
        (low, high) = (low - padding, high + padding)
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        func x(_ date: CalendarDate) -> Double {
            let span = lastDay > firstDay ? lastDay - firstDay : 1
            return left + (Double(date.daysSinceEpoch) - firstDay) / span * plotWidth
        }
        func y(_ value: IndicatorNumber) -> Double { top + (high - value.double) / (high - low) * plotHeight }
        func f(_ value: Double) -> String { String(format: "%.1f", value) }

        var svg =
            ##"<svg xmlns="http://www.w3.org/2000/svg" role="img" width="\##(Int(width))" height="\##(Int(height))" "##
            + ##"viewBox="0 0 \##(Int(width)) \##(Int(height))" aria-labelledby="\##(id)-title \##(id)-desc" "##
            + ##"font-family="Arial, Helvetica, sans-serif" font-size="12">"##
        svg +=
            ##"<title id="\##(id)-title">\##(XMLText.escape(chart.title))</title>"##
            + ##"<desc id="\##(id)-desc">\##(XMLText.escape(chart.textAlternative))</desc>"##
        if let band = chart.band {
            let (upper, lower) = (y(band.upper), y(band.lower))
            svg +=
                ##"<rect x="\##(f(left))" y="\##(f(upper))" width="\##(f(plotWidth))" "##
                + ##"height="\##(f(max(lower - upper, 1)))" fill="#e3f2e5"/>"##
        }
        // Axes with the lowest and highest value shown and the first and last year.
        svg +=
            ##"<line x1="\##(f(left))" y1="\##(f(top))" x2="\##(f(left))" y2="\##(f(top + plotHeight))" "##
            + ##"stroke="#5f6368"/><line x1="\##(f(left))" y1="\##(f(top + plotHeight))" "##
            + ##"x2="\##(f(width - right))" y2="\##(f(top + plotHeight))" stroke="#5f6368"/>"##
        for value in Set(points.map(\.value) + (chart.band.map { [$0.lower, $0.upper] } ?? [])).sorted()
            .edgesOnly
        {
            svg +=
                ##"<text x="\##(f(left - 6))" y="\##(f(y(value) + 4))" text-anchor="end" fill="#1a1a1a">"##
                + ##"\##(XMLText.escape(chart.label(value)))</text>"##
        }
        let years = Set(points.map(\.date.year)).sorted()
        for year in years.edgesOnly {
            guard let day = points.map(\.date).filter({ $0.year == year }).min() else { continue }
            svg +=
                ##"<text x="\##(f(x(day)))" y="\##(f(height - 14))" text-anchor="middle" fill="#1a1a1a">"##
                + ##"\##(year)</text>"##
        }
        if let forecast = chart.forecast {
            svg +=
                ##"<line x1="\##(f(x(forecast.from.date)))" y1="\##(f(y(forecast.from.value)))" "##
                + ##"x2="\##(f(x(forecast.to.date)))" y2="\##(f(y(forecast.to.value)))" stroke="#b34700" "##
                + ##"stroke-width="2" stroke-dasharray="6 4"/>"##
        }
        if !chart.values.isEmpty {
            let line = chart.values.map { "\(f(x($0.date))),\(f(y($0.value)))" }.joined(separator: " ")
            svg += ##"<polyline points="\##(line)" fill="none" stroke="#1565c0" stroke-width="2"/>"##
            for point in chart.values {
                svg += ##"<circle cx="\##(f(x(point.date)))" cy="\##(f(y(point.value)))" r="3.5" fill="#1565c0"/>"##
            }
        }
        for target in chart.targets {
            let (cx, cy) = (x(target.date), y(target.value))
            svg +=
                ##"<polygon points="\##(f(cx)),\##(f(cy - 7)) \##(f(cx + 7)),\##(f(cy)) \##(f(cx)),\##(f(cy + 7)) "##
                + ##"\##(f(cx - 7)),\##(f(cy))" fill="#2e7d32"/>"##
        }
        return svg + "</svg>"
    }
}

extension Array {
    /// The first and the last element (one, if they are the same).
    fileprivate var edgesOnly: [Element] {
        guard let first, let last, count > 1 else { return Array(prefix(1)) }
        return [first, last]
    }
}
