import FortschrittDomain

/// An indicator as the pages show it: its current values, the latest of the whole, how far that is
/// toward the next target, and the forecast on all values recorded so far.
struct IndicatorFigures: Sendable {
    var indicator: Indicator
    var values: [IndicatorValue]
    var totals: [IndicatorValue]
    var latest: IndicatorValue?
    var progress: IndicatorProgress?
    var forecast: ForecastResult

    init(_ indicator: Indicator, events: [IndicatorValueEvent], cutoff: Forecast.Cutoff = Forecast.Cutoff()) {
        self.indicator = indicator
        values = IndicatorSeries.values(from: events.filter { $0.indicator == indicator.slug }, asOf: cutoff.knownAt)
        totals = IndicatorSeries.totals(of: indicator.slug, in: values)
        latest = totals.last
        forecast = Forecast.forecast(indicator, values: values, cutoff: cutoff)
        progress = latest.flatMap { latest in
            IndicatorProgress.toward(
                target: indicator.nextTarget(after: latest.period.end)?.value ?? indicator.targets.last?.value,
                baseline: indicator.baseline?.value ?? totals.first?.value, current: latest.value,
                direction: indicator.direction)
        }
    }
}

/// The indicators, for everyone: each with its latest value and forecast.
struct IndicatorsModel: Sendable {
    var siteName: String
    var indicators: [IndicatorFigures]
}

/// One indicator: definition, chart, values as a table, forecast, and every value event.
struct IndicatorModel: Sendable {
    var siteName: String
    var figures: IndicatorFigures
    var departmentName: String?
    var openSources: [Dataset]
    var events: [IndicatorValueEvent]
}
