import FortschrittDomain
import Foundation

/// Draws a status chart as horizontal stacked bars in SVG, with a title and description that
/// screen readers announce, and colours that keep text contrast on white.
public enum StatusChartSVG {
    static func colour(_ kind: StatusKind) -> String {
        switch kind {
        case .done: return "#2e7d32"
        case .active: return "#1565c0"
        case .delayed: return "#b34700"
        case .planned: return "#5f6368"
        case .handedOver: return "#6a1b9a"
        case .discarded: return "#b71c1c"
        }
    }

    /// Where things go; the PNG fallback draws on the same grid.
    struct Layout {
        let labelWidth = 330, barWidth = 360, rowHeight = 34, top = 16
        let legendTop: Int, height: Int, width: Int

        init(_ chart: StatusChart) {
            legendTop = top + chart.bars.count * rowHeight + 14
            height = legendTop + ((chart.series.count + 2) / 3) * 24 + 8
            width = labelWidth + barWidth + 60
        }
    }

    public static func render(_ chart: StatusChart, id: String = "status-chart") -> String {
        let layout = Layout(chart)
        let (labelWidth, barWidth, rowHeight, top, legendTop, height, width) =
            (
                layout.labelWidth, layout.barWidth, layout.rowHeight, layout.top, layout.legendTop, layout.height,
                layout.width
            )
        let maximum = max(1, chart.bars.map { $0.segments.reduce(0, +) }.max() ?? 1)
        var svg =
            ##"<svg xmlns="http://www.w3.org/2000/svg" role="img" width="\##(width)" height="\##(height)" "##
            + ##"viewBox="0 0 \##(width) \##(height)" aria-labelledby="\##(id)-title \##(id)-desc" "##
            + ##"font-family="Arial, Helvetica, sans-serif" font-size="13">"##
        svg +=
            ##"<title id="\##(id)-title">\##(escape(chart.title))</title><desc "##
            + ##"id="\##(id)-desc">\##(escape(chart.textAlternative))</desc>"##
        for (row, bar) in chart.bars.enumerated() {
            let y = top + row * rowHeight
            svg += ##"<text x="0" y="\##(y + 17)" fill="#1a1a1a">\##(escape(bar.label))</text>"##
            var x = labelWidth
            for (segment, value) in bar.segments.enumerated() where value > 0 {
                let w = value * barWidth / maximum
                svg +=
                    ##"<rect x="\##(x)" y="\##(y + 2)" width="\##(max(w, 1))" height="22" "##
                    + ##"fill="\##(colour(chart.series[segment].kind))">"##
                    + ##"<title>\##(escape(chart.series[segment].label)): \##(value)</title></rect>"##
                if w >= 18 {
                    svg +=
                        ##"<text x="\##(x + w / 2)" y="\##(y + 17)" fill="#ffffff" "##
                        + ##"text-anchor="middle">\##(value)</text>"##
                }
                x += w
            }
            svg += ##"<text x="\##(x + 6)" y="\##(y + 17)" fill="#1a1a1a">\##(bar.segments.reduce(0, +))</text>"##
        }
        for (index, series) in chart.series.enumerated() {
            let x = (index % 3) * 230
            let y = legendTop + (index / 3) * 24
            svg +=
                ##"<rect x="\##(x)" y="\##(y)" width="14" height="14" fill="\##(colour(series.kind))"/><text "##
                + ##"x="\##(x + 20)" y="\##(y + 12)" fill="#1a1a1a">\##(escape(series.label))</text>"##
        }
        return svg + "</svg>"
    }

    static func escape(_ text: String) -> String { XMLText.escape(text) }
}
