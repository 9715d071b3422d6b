import Foundation

/// What a council report says about one indicator: its definition, its values up to the reporting
/// date as known when the report was published, and the forecast on them with its method,
/// parameters and data cutoff. Frozen with the report's inputs, so that it regenerates byte for byte
/// and says later what was known then.
public struct IndicatorSection: Hashable, Sendable, Codable {
    public var indicator: Indicator
    public var values: [IndicatorValue]
    public var forecast: ForecastResult

    public init(indicator: Indicator, values: [IndicatorValue], forecast: ForecastResult) {
        self.indicator = indicator
        self.values = values
        self.forecast = forecast
    }

    /// The sections for a report on `reportDate`: every indicator serving one of `measures`, with the
    /// values of periods ending by then as recorded until `knownAt`.
    public static func sections(
        _ indicators: [Indicator], events: [IndicatorValueEvent], measures: Set<String>, reportDate: CalendarDate,
        knownAt: RecordedTime
    ) -> [IndicatorSection] {
        let known = IndicatorSeries.values(from: events, asOf: knownAt).filter { $0.period.end <= reportDate }
        let cutoff = Forecast.Cutoff(knownAt: knownAt, through: reportDate)
        return indicators.filter { !Set($0.measures).isDisjoint(with: measures) }.map { indicator in
            let values = IndicatorSeries.totals(of: indicator.slug, in: known)
            return IndicatorSection(
                indicator: indicator, values: values,
                forecast: Forecast.forecast(indicator, values: known, cutoff: cutoff))
        }
    }

    /// The report's section on all its indicators (none: nothing).
    public static func blocks(_ sections: [IndicatorSection]) -> [ReportBlock] {
        guard !sections.isEmpty else { return [] }
        return [
            .heading(level: 2, text: "Indikatoren"),
            .paragraph(
                "Woran die Stadt misst, ob die Strategie wirkt: je Indikator die Werte bis zum Stichtag, das nächste "
                    + "Ziel und eine Prognose, ob es erreicht wird."),
        ] + sections.flatMap(\.blocks)
    }

    static let statusNames: [ForecastStatus: String] = [
        .onTrack: "im Plan", .atRisk: "gefährdet", .offTrack: "nicht im Plan", .insufficientData: "zu wenige Werte",
        .noTarget: "ohne Ziel",
    ]

    /// The chart, with words that say what it shows and how to read it.
    var chart: IndicatorChart {
        let unit = indicator.unit
        var sentences: [String] = []
        if let first = values.first, let last = values.last {
            if values.count > 1 { sentences.append("Werte ab \(first.period.text) (\(first.value.german) \(unit)).") }
            sentences.append("Zuletzt \(last.value.german) \(unit) (\(last.period.text)).")
        } else {
            sentences.append("Noch keine Werte.")
        }
        sentences += indicator.targets.map { "Ziel: \($0.value.german) \(unit) bis \($0.date.german)." }
        if let predicted = forecast.predicted, let day = forecast.evaluatedOn {
            let rounded = IndicatorNumber.rounded(predicted.decimal, decimals: 1) ?? predicted
            let status = Self.statusNames[forecast.status] ?? forecast.status.rawValue
            sentences.append("Prognose: \(rounded.german) \(unit) am \(day.german), \(status).")
        }
        sentences.append("Linie mit Punkten: Werte; Raute: Ziel; gestrichelt: Prognose; grün hinterlegt: Zielband.")
        return IndicatorChart(
            indicator, totals: values, forecast: forecast,
            title: "\(indicator.title) (\(unit)): Werte, Ziel und Prognose",
            textAlternative: sentences.joined(separator: " "), decimalComma: true)
    }

    var blocks: [ReportBlock] {
        let unit = indicator.unit
        var facts: [String] = []
        switch indicator.direction {
        case .increase: facts.append("Richtung: steigen.")
        case .decrease: facts.append("Richtung: sinken.")
        case .band(let lower, let upper): facts.append("Ziel: zwischen \(lower.german) und \(upper.german) bleiben.")
        }
        if let baseline = indicator.baseline {
            facts.append("Ausgangswert \(baseline.value.german) \(unit) am \(baseline.date.german).")
        }
        facts += indicator.targets.map { "Ziel \($0.value.german) \(unit) bis \($0.date.german)." }
        if indicator.sample { facts.append("Enthält Beispieldaten.") }
        var forecastText = "Einschätzung: \(Self.statusNames[forecast.status] ?? forecast.status.rawValue)."
        if let predicted = forecast.predicted, let day = forecast.evaluatedOn {
            let rounded = IndicatorNumber.rounded(predicted.decimal, decimals: 1) ?? predicted
            forecastText += " Prognose \(rounded.german) \(unit) am \(day.german)."
        }
        let method = forecast.method
        forecastText +=
            " Verfahren: Gerade nach der Methode der kleinsten Quadrate über die letzten \(method.points) Werte"
            + " (genutzt: \(forecast.points.count)); gefährdet ab \(method.tolerance.german) des Weges zum Ziel,"
            + " ein Zielband um \(method.bandMargin.german) seiner Breite erweitert."
        if let through = forecast.cutoff.through {
            forecastText += " Datenstand: Zeiträume bis \(through.german)"
            forecastText += forecast.cutoff.knownAt.map { ", erfasst bis \($0.day.german)." } ?? "."
        }
        return [
            .heading(level: 3, text: indicator.title),
            .paragraph(facts.joined(separator: " ")),
            .indicatorChart(chart),
            .table(
                ReportTable(
                    caption: "\(indicator.title) (\(unit))", header: ["Zeitraum", "Wert"],
                    rows: values.map { [$0.period.text, $0.value.german] }, numericColumns: [1])),
            .paragraph(forecastText),
        ]
    }
}
