import FortschrittDomain
import Foundation

/// The indicator chart as a PNG, for programs that cannot show the SVG: the same band, axes,
/// numbers, years, lines, dots and diamonds, on the same layout.
enum IndicatorChartPNG {
    typealias Layout = IndicatorChartLayout

    static func render(_ chart: IndicatorChart) throws -> Data {
        let layout = Layout(chart)
        var raster = Raster(width: Int(Layout.width), height: Int(Layout.height))
        let pixel = Raster.pixel
        let (left, top, bottomLine) = (Layout.left, Layout.top, Layout.top + Layout.plotHeight)
        if let band = chart.band {
            let (upper, lower) = (layout.y(band.upper), layout.y(band.lower))
            raster.fill(
                x: pixel(left), y: pixel(upper), width: pixel(Layout.plotWidth), height: max(pixel(lower - upper), 1),
                Raster.colour(Layout.bandColour))
        }
        let axis = Raster.colour(Layout.axisColour)
        raster.line(from: (left, top), to: (left, bottomLine), thickness: 1, axis)
        raster.line(from: (left, bottomLine), to: (Layout.width - Layout.right, bottomLine), thickness: 1, axis)
        let ink = Raster.colour(Layout.textColour)
        for label in layout.valueLabels {
            raster.text(label.text, x: pixel(left - 6), baseline: pixel(label.y + 4), ink, anchor: .end)
        }
        for label in layout.yearLabels {
            raster.text(label.text, x: pixel(label.x), baseline: pixel(Layout.height - 14), ink, anchor: .middle)
        }
        if let line = chart.forecast {
            raster.line(
                from: (layout.x(line.from.date), layout.y(line.from.value)),
                to: (layout.x(line.to.date), layout.y(line.to.value)), thickness: 2,
                Raster.colour(Layout.forecastColour), dash: (6, 4))
        }
        let valueColour = Raster.colour(Layout.valueColour)
        for (from, to) in zip(chart.values, chart.values.dropFirst()) {
            raster.line(
                from: (layout.x(from.date), layout.y(from.value)), to: (layout.x(to.date), layout.y(to.value)),
                thickness: 2, valueColour)
        }
        for point in chart.values {
            raster.disc(x: layout.x(point.date), y: layout.y(point.value), radius: 3.5, valueColour)
        }
        for target in chart.targets {
            raster.diamond(
                x: layout.x(target.date), y: layout.y(target.value), radius: 7, Raster.colour(Layout.targetColour))
        }
        return try raster.png()
    }
}
