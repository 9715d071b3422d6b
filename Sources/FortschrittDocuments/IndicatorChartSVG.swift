import FortschrittDomain
import Foundation

/// Draws an indicator chart as SVG: values as a solid line with dots, targets as diamonds, the
/// forecast dashed, a band shaded; colours keep their contrast on white, and shapes, not colour
/// alone, tell the series apart.
public enum IndicatorChartSVG {
    typealias Layout = IndicatorChartLayout

    public static func render(_ chart: IndicatorChart, id: String) -> String {
        let layout = Layout(chart)
        let (width, height, left, top) = (Int(Layout.width), Int(Layout.height), Layout.left, Layout.top)
        let bottomLine = top + Layout.plotHeight
        func f(_ value: Double) -> String { String(format: "%.1f", value) }

        var svg =
            ##"<svg xmlns="http://www.w3.org/2000/svg" role="img" width="\##(width)" height="\##(height)" "##
            + ##"viewBox="0 0 \##(width) \##(height)" aria-labelledby="\##(id)-title \##(id)-desc" "##
            + ##"font-family="Arial, Helvetica, sans-serif" font-size="13">"##
        svg +=
            ##"<title id="\##(id)-title">\##(XMLText.escape(chart.title))</title>"##
            + ##"<desc id="\##(id)-desc">\##(XMLText.escape(chart.textAlternative))</desc>"##
        if let band = chart.band {
            let (upper, lower) = (layout.y(band.upper), layout.y(band.lower))
            svg +=
                ##"<rect x="\##(f(left))" y="\##(f(upper))" width="\##(f(Layout.plotWidth))" "##
                + ##"height="\##(f(max(lower - upper, 1)))" fill="\##(Layout.bandColour)"/>"##
        }
        svg +=
            ##"<line x1="\##(f(left))" y1="\##(f(top))" x2="\##(f(left))" y2="\##(f(bottomLine))" "##
            + ##"stroke="\##(Layout.axisColour)"/><line x1="\##(f(left))" y1="\##(f(bottomLine))" "##
            + ##"x2="\##(f(Layout.width - Layout.right))" y2="\##(f(bottomLine))" stroke="\##(Layout.axisColour)"/>"##
        for label in layout.valueLabels {
            svg +=
                ##"<text x="\##(f(left - 6))" y="\##(f(label.y + 4))" text-anchor="end" "##
                + ##"fill="\##(Layout.textColour)">\##(XMLText.escape(label.text))</text>"##
        }
        for label in layout.yearLabels {
            svg +=
                ##"<text x="\##(f(label.x))" y="\##(f(Layout.height - 14))" text-anchor="middle" "##
                + ##"fill="\##(Layout.textColour)">\##(label.text)</text>"##
        }
        if let line = chart.forecast {
            svg +=
                ##"<line x1="\##(f(layout.x(line.from.date)))" y1="\##(f(layout.y(line.from.value)))" "##
                + ##"x2="\##(f(layout.x(line.to.date)))" y2="\##(f(layout.y(line.to.value)))" "##
                + ##"stroke="\##(Layout.forecastColour)" stroke-width="2" stroke-dasharray="6 4"/>"##
        }
        if !chart.values.isEmpty {
            let line = chart.values.map { "\(f(layout.x($0.date))),\(f(layout.y($0.value)))" }.joined(separator: " ")
            svg +=
                ##"<polyline points="\##(line)" fill="none" stroke="\##(Layout.valueColour)" stroke-width="2"/>"##
            for point in chart.values {
                svg +=
                    ##"<circle cx="\##(f(layout.x(point.date)))" cy="\##(f(layout.y(point.value)))" r="3.5" "##
                    + ##"fill="\##(Layout.valueColour)"/>"##
            }
        }
        for target in chart.targets {
            let (cx, cy) = (layout.x(target.date), layout.y(target.value))
            svg +=
                ##"<polygon points="\##(f(cx)),\##(f(cy - 7)) \##(f(cx + 7)),\##(f(cy)) \##(f(cx)),\##(f(cy + 7)) "##
                + ##"\##(f(cx - 7)),\##(f(cy))" fill="\##(Layout.targetColour)"/>"##
        }
        return svg + "</svg>"
    }
}
