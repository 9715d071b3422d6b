import FortschrittDocuments
import FortschrittDomain
import Plot

/// What the indicator pages (and the measure page) share: numbers in the page's language, the
/// status, the definition, the chart with its legend and text, and the values as a table.
enum IndicatorParts {
    static func number(_ value: IndicatorNumber, _ page: PageContext) -> String {
        page.language == .de ? value.german : value.text
    }

    /// A computed number (a slope, a prediction) to one decimal: the exact one is in the JSON.
    static func estimate(_ value: IndicatorNumber, _ page: PageContext) -> String {
        number(IndicatorNumber.rounded(value.decimal, decimals: 1) ?? value, page)
    }

    static func status(_ status: ForecastStatus, _ page: PageContext) -> Node<HTML.BodyContext> {
        let kind =
            switch status {
            case .onTrack: "done"
            case .atRisk: "delayed"
            case .offTrack: "discarded"
            case .insufficientData, .noTarget: "none"
            }
        return .span(.class("status status-\(kind)"), .text(page.text(.forecastStatus(status))))
    }

    /// "6.800 Beschäftigte (2025)", or that there is no value yet.
    static func latest(_ figures: IndicatorFigures, _ page: PageContext) -> String {
        guard let latest = figures.latest else { return page.text(.noIndicatorValues) }
        return page.text(
            .latestValue(number(latest.value, page), figures.indicator.unit, latest.period.text))
    }

    static func direction(_ direction: Indicator.Direction, _ page: PageContext) -> String {
        switch direction {
        case .increase: page.text(.directionIncrease)
        case .decrease: page.text(.directionDecrease)
        case .band(let lower, let upper): page.text(.directionBand(number(lower, page), number(upper, page)))
        }
    }

    static func progress(_ progress: IndicatorProgress?, _ page: PageContext) -> String? {
        switch progress {
        case .fraction(let share)?:
            let percent = IndicatorNumber.rounded(double: share * 100, decimals: 0) ?? .zero
            return page.text(.progressShare(number(percent, page)))
        case .within?: return page.text(.withinBand)
        case .below(let distance)?: return page.text(.belowBand(number(distance, page)))
        case .above(let distance)?: return page.text(.aboveBand(number(distance, page)))
        case nil: return nil
        }
    }

    static func definition(_ figures: IndicatorFigures, departmentName: String?, _ page: PageContext)
        -> [(String, Node<HTML.BodyContext>)]
    {
        let indicator = figures.indicator
        var rows: [(String, Node<HTML.BodyContext>)] = [
            (page.text(.unitLabel), .text(indicator.unit)),
            (page.text(.directionLabel), .text(direction(indicator.direction, page))),
        ]
        if let baseline = indicator.baseline {
            rows.append(
                (
                    page.text(.baselineLabel),
                    .text(page.text(.valueOn(number(baseline.value, page), Components.dateText(baseline.date, page))))
                ))
        }
        if !indicator.targets.isEmpty {
            rows.append(
                (
                    page.text(.targetsLabel),
                    .ul(
                        .forEach(indicator.targets) { target in
                            .li(
                                .text(
                                    page.text(
                                        .valueBy(number(target.value, page), Components.dateText(target.date, page)))))
                        })
                ))
        }
        if let progress = progress(figures.progress, page) { rows.append((page.text(.progressLabel), .text(progress))) }
        rows.append(
            (
                page.text(.responsibleLabel),
                .text(
                    DataParts.publisher(indicator.department, departmentName.map { [indicator.department: $0] } ?? [:]))
            ))
        return rows
    }

    static func forecast(_ figures: IndicatorFigures, _ page: PageContext) -> [(String, Node<HTML.BodyContext>)] {
        let result = figures.forecast
        var rows: [(String, Node<HTML.BodyContext>)] = [
            (page.text(.forecastStatusLabel), status(result.status, page)),
            (
                page.text(.forecastMethodLabel),
                .text(
                    page.text(
                        .forecastMethod(
                            "\(result.method.points)",
                            number(IndicatorNumber.rounded(result.method.tolerance.decimal * 100) ?? .zero, page),
                            number(IndicatorNumber.rounded(result.method.bandMargin.decimal * 100) ?? .zero, page))))
            ),
        ]
        if let first = result.points.first, let last = result.points.last {
            rows.append(
                (page.text(.forecastPointsLabel), .text("\(first.text) – \(last.text) (\(result.points.count))")))
        }
        if let slope = result.slopePerYear {
            rows.append((page.text(.slopeLabel), .text(estimate(slope, page) + " " + figures.indicator.unit)))
        }
        if let predicted = result.predicted, let day = result.evaluatedOn {
            rows.append(
                (
                    page.text(.predictedLabel),
                    .text(page.text(.valueOn(estimate(predicted, page), Components.dateText(day, page))))
                ))
        }
        return rows
    }

    static func table(_ figures: IndicatorFigures, _ page: PageContext) -> Node<HTML.BodyContext> {
        .table(
            .class("values"),
            .caption(.text(page.text(.valuesCaption(figures.indicator.title, figures.indicator.unit)))),
            .thead(
                .tr(
                    .th(.attr("scope", "col"), .text(page.text(.periodColumn))),
                    .th(.attr("scope", "col"), .text(page.text(.dimensionsColumn))),
                    .th(.attr("scope", "col"), .text(page.text(.valueColumn))),
                    .th(.attr("scope", "col"), .text(page.text(.sourceColumn))))),
            .tbody(
                .forEach(figures.values) { value in
                    .tr(
                        .td(.text(value.period.text)),
                        .td(.text(value.dimensions.isTotal ? page.text(.totalName) : value.dimensions.text)),
                        .td(.class("num"), .text(number(value.value, page))),
                        .td(.text(value.source ?? "")))
                }))
    }

    /// The chart of the whole's values, target and forecast, with a legend and a text that says the same.
    static func chart(_ figures: IndicatorFigures, _ page: PageContext, id: String) -> Node<HTML.BodyContext> {
        let indicator = figures.indicator
        var sentences = [latest(figures, page)]
        if let first = figures.totals.first, figures.totals.count > 1 {
            sentences.insert(page.text(.seriesFrom(first.period.text, number(first.value, page))), at: 0)
        }
        sentences += indicator.targets.map {
            page.text(.targetSentence(number($0.value, page), Components.dateText($0.date, page)))
        }
        if let predicted = figures.forecast.predicted, let day = figures.forecast.evaluatedOn {
            sentences.append(
                page.text(
                    .forecastSentence(
                        estimate(predicted, page), Components.dateText(day, page),
                        page.text(.forecastStatus(figures.forecast.status)))))
        }
        let chart = IndicatorChart(
            indicator, totals: figures.totals, forecast: figures.forecast,
            title: page.text(.chartTitle(indicator.title, indicator.unit)),
            textAlternative: sentences.joined(separator: " "), decimalComma: page.language == .de)
        return .element(
            named: "figure",
            nodes: [
                .div(.class("chart"), .raw(IndicatorChartSVG.render(chart, id: id))),
                .element(
                    named: "figcaption",
                    nodes: [.p(.text(chart.textAlternative)), .p(.class("meta"), .text(page.text(.chartLegend)))]),
            ])
    }
}
