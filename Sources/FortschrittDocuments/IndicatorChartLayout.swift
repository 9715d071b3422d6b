import FortschrittDomain
import Foundation

/// Where an indicator chart's marks go, for the SVG and its PNG fallback alike. Doubles only place
/// marks on the canvas; every value shown as text is the exact number.
struct IndicatorChartLayout {
    static let width = 640.0, height = 300.0, left = 90.0, right = 20.0, top = 20.0, bottom = 40.0
    static let plotWidth = width - left - right, plotHeight = height - top - bottom

    let firstDay: Double, lastDay: Double, low: Double, high: Double
    /// The lowest and the highest value or target, with their height.
    let valueLabels: [(text: String, y: Double)]
    /// The first and the last year shown, at their first mark.
    let yearLabels: [(text: String, x: Double)]

    init(_ chart: IndicatorChart) {
        let points = chart.values + chart.targets + (chart.forecast.map { [$0.from, $0.to] } ?? [])
        let days = points.map { Double($0.date.daysSinceEpoch) }
        let bandEdges = chart.band.map { [$0.lower, $0.upper] } ?? []
        let numbers = (points.map(\.value) + bandEdges).map(\.double)
        (firstDay, lastDay) = (days.min() ?? 0, days.max() ?? 1)
        let (least, most) = (numbers.min() ?? 0, numbers.max() ?? 1)
        let padding = most > least ? (most - least) * 0.1 : max(abs(most) * 0.1, 1)
        (low, high) = (least - padding, most + padding)
        let placed = Self.place(firstDay: firstDay, lastDay: lastDay, low: low, high: high)
        // The axis names measured and wanted numbers only: the forecast is an estimate, said in words.
        let named = chart.values.map(\.value) + chart.targets.map(\.value) + bandEdges
        valueLabels = Set(named).sorted().edgesOnly.map {
            (chart.label($0), placed.y($0))
        }
        yearLabels = Set(points.map(\.date.year)).sorted().edgesOnly.compactMap { year in
            points.map(\.date).filter { $0.year == year }.min().map { (String(year), placed.x($0)) }
        }
    }

    /// The scales, before there is a layout to ask.
    private static func place(
        firstDay: Double, lastDay: Double, low: Double, high: Double
    ) -> (x: (CalendarDate) -> Double, y: (IndicatorNumber) -> Double) {
        let span = lastDay > firstDay ? lastDay - firstDay : 1
        return (
            { left + (Double($0.daysSinceEpoch) - firstDay) / span * plotWidth },
            { top + (high - $0.double) / (high - low) * plotHeight }
        )
    }

    func x(_ date: CalendarDate) -> Double {
        Self.place(firstDay: firstDay, lastDay: lastDay, low: low, high: high).x(date)
    }

    func y(_ value: IndicatorNumber) -> Double {
        Self.place(firstDay: firstDay, lastDay: lastDay, low: low, high: high).y(value)
    }

    static let valueColour = "#1565c0", targetColour = "#2e7d32", forecastColour = "#b34700"
    static let bandColour = "#e3f2e5", axisColour = "#5f6368", textColour = "#1a1a1a"
}

extension Array {
    /// The first and the last element (one, if they are the same).
    fileprivate var edgesOnly: [Element] {
        guard let first, let last, count > 1 else { return Array(prefix(1)) }
        return [first, last]
    }
}
