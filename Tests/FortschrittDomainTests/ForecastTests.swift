import FortschrittDomain
import Foundation
import Testing

@Suite struct ForecastTests {
    static func indicator(
        _ direction: Indicator.Direction = .increase, baseline: (String, String)? = nil, targets: [(String, String)]
    ) -> Indicator {
        Indicator(
            slug: "beschaeftigte", title: "Beschäftigte", description: "", unit: "Beschäftigte", direction: direction,
            baseline: baseline.map { IndicatorBaseline(value: Given.number($0.0), date: Given.day($0.1)) },
            targets: targets.map { IndicatorTarget(value: Given.number($0.0), date: Given.day($0.1)) },
            department: "FB 15", measures: [], datasets: [])
    }

    /// One total value a period, in the order given.
    static func series(_ pairs: [(String, String)], dimensions: Dimensions = .total) -> [IndicatorValue] {
        pairs.map {
            IndicatorValue(
                indicator: "beschaeftigte", period: Given.period($0.0), dimensions: dimensions,
                value: Given.number($0.1))
        }
    }

    /// 2019 to 2023: 100, 110, 120, 130, 140 — ten a year.
    static let rising = series([("2019", "100"), ("2020", "110"), ("2021", "120"), ("2022", "130"), ("2023", "140")])

    func forecast(_ indicator: Indicator, _ values: [IndicatorValue], method: Forecast.Method = .standard)
        -> ForecastResult
    {
        Forecast.forecast(indicator, values: values, method: method, cutoff: Forecast.Cutoff())
    }

    func near(_ number: IndicatorNumber?, _ expected: Double, within tolerance: Double = 0.05) -> Bool {
        guard let number else { return false }
        return abs(number.double - expected) < tolerance
    }

    @Test func anExactLineIsReadOffAtTheTarget() {
        let result = forecast(
            Self.indicator(baseline: ("100", "2019-12-31"), targets: [("155", "2025-12-31")]), Self.rising)
        #expect(result.points.map(\.text) == ["2019", "2020", "2021", "2022", "2023"])
        #expect(result.latest?.text == "2023")
        #expect(result.evaluatedOn == Given.day("2025-12-31"))
        #expect(near(result.slopePerYear, 10))
        #expect(near(result.predicted, 160))
        #expect(result.target?.value == Given.number("155"))
        #expect(result.status == .onTrack)
        #expect(near(result.progress, 60.0 / 55.0, within: 0.001))
    }

    @Test(arguments: [("155", ForecastStatus.onTrack), ("170", .atRisk), ("200", .offTrack)])
    func judgesARisingSeries(target: String, status: ForecastStatus) {
        // Predicted about 160 at the end of 2025: 60 of 70 is at risk (≥ 0.8), 60 of 100 off track.
        let indicator = Self.indicator(baseline: ("100", "2019-12-31"), targets: [(target, "2025-12-31")])
        #expect(forecast(indicator, Self.rising).status == status)
    }

    @Test(arguments: [("25", ForecastStatus.onTrack), ("15", .atRisk), ("10", .offTrack)])
    func judgesAFallingSeriesTowardALowerTarget(target: String, status: ForecastStatus) {
        // 50, 45, 40, 35, 30: about 20 at the end of 2025; 30 of 35 on the way to 15, 30 of 40 to 10.
        let falling = Self.series([
            ("2019", "50"), ("2020", "45"), ("2021", "40"), ("2022", "35"), ("2023", "30"),
        ])
        let indicator = Self.indicator(.decrease, baseline: ("50", "2019-12-31"), targets: [(target, "2025-12-31")])
        let result = forecast(indicator, falling)
        #expect(near(result.predicted, 20))
        #expect(near(result.slopePerYear, -5))
        #expect(result.status == status)
    }

    @Test func theToleranceIsAParameter() {
        let indicator = Self.indicator(baseline: ("100", "2019-12-31"), targets: [("170", "2025-12-31")])
        let strict = Forecast.Method(points: 5, tolerance: Given.number("0.9"))
        #expect(forecast(indicator, Self.rising, method: strict).status == .offTrack)
        #expect(forecast(indicator, Self.rising).status == .atRisk)
    }

    @Test func withoutABaselineTheEarliestValueIsTheReference() {
        let indicator = Self.indicator(targets: [("170", "2025-12-31")])
        let result = forecast(indicator, Self.rising)
        #expect(near(result.progress, 60.0 / 70.0, within: 0.001))
        #expect(result.status == .atRisk)
    }

    @Test(arguments: [
        ("2024-12-31", ForecastStatus.onTrack), ("2030-12-31", .atRisk), ("2035-12-31", .offTrack),
    ])
    func judgesABand(date: String, status: ForecastStatus) {
        // 50 to 54, one a year: about 55 in 2024, 61 in 2030 (within 60 + 10 % of 20), 66 in 2035.
        let band = Indicator.Direction.band(lower: Given.number("40"), upper: Given.number("60"))
        let values = Self.series([("2019", "50"), ("2020", "51"), ("2021", "52"), ("2022", "53"), ("2023", "54")])
        let result = forecast(Self.indicator(band, targets: [("50", date)]), values)
        #expect(result.evaluatedOn == Given.day(date))
        #expect(result.progress == nil)
        #expect(result.status == status)
    }

    @Test func aBandWithoutTargetsIsReadOffAYearAhead() {
        let band = Indicator.Direction.band(lower: Given.number("40"), upper: Given.number("60"))
        let result = forecast(Self.indicator(band, targets: []), Self.series([("2022", "50"), ("2023", "59")]))
        #expect(result.evaluatedOn == Given.day("2024-12-31"))
        #expect(near(result.predicted, 68, within: 0.1))
        #expect(result.status == .offTrack)
        let falling = forecast(Self.indicator(band, targets: []), Self.series([("2022", "45"), ("2023", "42")]))
        #expect(falling.status == .atRisk)
    }

    @Test func fewerThanTwoPointsAreNotEnough() {
        let indicator = Self.indicator(baseline: ("100", "2019-12-31"), targets: [("200", "2025-12-31")])
        let one = forecast(indicator, Self.series([("2020", "120")]))
        #expect(one.status == .insufficientData)
        #expect(one.points.map(\.text) == ["2020"])
        #expect(one.predicted == nil)
        #expect(forecast(indicator, []).status == .insufficientData)
        // A breakdown is no point of the total's line.
        let district = Self.series([("2021", "1"), ("2022", "2")], dimensions: Given.district("Neckarstadt-West"))
        #expect(forecast(indicator, Self.series([("2020", "120")]) + district).status == .insufficientData)
    }

    @Test func onlyTheLastPointsCount() {
        // Two old outliers, then an exact line: the last five points ignore them.
        let values = Self.series([("2016", "1000"), ("2017", "0")]) + Self.rising
        let indicator = Self.indicator(baseline: ("100", "2019-12-31"), targets: [("155", "2025-12-31")])
        let five = forecast(indicator, values)
        #expect(five.points.map(\.text) == ["2019", "2020", "2021", "2022", "2023"])
        #expect(near(five.predicted, 160))
        #expect(five.status == .onTrack)
        let seven = forecast(indicator, values, method: Forecast.Method(points: 7))
        #expect(seven.points.count == 7)
        #expect(!near(seven.predicted, 160, within: 5))
        let two = forecast(indicator, values, method: Forecast.Method(points: 2))
        #expect(two.points.map(\.text) == ["2022", "2023"])
    }

    @Test func theNextTargetAfterTheLatestValueIsUsed() {
        let indicator = Self.indicator(
            baseline: ("100", "2019-12-31"),
            targets: [("200", "2030-12-31"), ("130", "2022-12-31"), ("155", "2025-12-31")])
        #expect(forecast(indicator, Self.rising).target?.date == Given.day("2025-12-31"))
        let passed = Self.indicator(baseline: ("100", "2019-12-31"), targets: [("130", "2023-12-31")])
        #expect(forecast(passed, Self.rising).status == .noTarget)
        #expect(forecast(Self.indicator(targets: []), Self.rising).status == .noTarget)
    }

    @Test func periodsOfTheLatestKindAreNotMixedWithOthers() {
        let values = Self.rising + Self.series([("2024-Q1", "150"), ("2024-Q2", "160")])
        let result = forecast(Self.indicator(targets: [("200", "2025-12-31")]), values)
        #expect(result.points.map(\.text) == ["2024-Q1", "2024-Q2"])
    }

    @Test func theCutoffReproducesAnEarlierForecast() {
        var events: [IndicatorValueEvent] = []
        for (index, value) in Self.rising.enumerated() {
            events.append(
                IndicatorValueEvent(
                    sequence: Int64(index + 1), indicator: value.indicator, period: value.period, value: value.value,
                    recordedAt: Given.time("\(value.period.start.year + 1)-03-01T00:00:00Z"), actor: "fb15",
                    reason: "Statistik"))
        }
        // 2023 is corrected to 100 in 2025: the forecast made in 2024 does not see it.
        events.append(
            IndicatorValueEvent(
                sequence: 6, indicator: "beschaeftigte", period: Given.period("2023"), value: Given.number("100"),
                recordedAt: Given.time("2025-01-15T00:00:00Z"), actor: "fb15", reason: "Korrektur"))
        let indicator = Self.indicator(baseline: ("100", "2019-12-31"), targets: [("155", "2025-12-31")])
        let then = Forecast.Cutoff(knownAt: Given.time("2024-12-31T00:00:00Z"))
        let before = Forecast.forecast(indicator, events: events, cutoff: then)
        #expect(near(before.predicted, 160))
        #expect(before.status == .onTrack)
        let now = Forecast.forecast(indicator, events: events, cutoff: Forecast.Cutoff())
        #expect(now.status == .offTrack)
        #expect(Forecast.forecast(indicator, events: events, cutoff: then) == before)
        let through = Forecast.Cutoff(through: Given.day("2021-12-31"))
        #expect(
            Forecast.forecast(indicator, events: events, cutoff: through).points.map(\.text) == [
                "2019", "2020", "2021",
            ])
    }

    @Test func aStoredResultReproducesByteForByte() throws {
        let indicator = Self.indicator(targets: [("150", "2022-12-31")])
        let result = Forecast.forecast(
            indicator, values: Self.series([("2020", "100"), ("2021", "110")]),
            method: Forecast.Method(points: 2),
            cutoff: Forecast.Cutoff(knownAt: Given.time("2022-03-01T00:00:00Z"), through: Given.day("2021-12-31")))
        let json = try result.json()
        #expect(
            String(decoding: json, as: UTF8.self)
                == #"{"cutoff":{"knownAt":"2022-03-01T00:00:00.000000Z","through":"2021-12-31"},"#
                + #""evaluatedOn":"2022-12-31","indicator":"beschaeftigte","latest":"2021","#
                + #""method":{"bandMargin":"0.1","name":"least-squares","points":2,"tolerance":"0.8"},"#
                + #""points":["2020","2021"],"predicted":"120","progress":"0.4","slopePerYear":"10.006644","#
                + #""status":"off-track","target":{"date":"2022-12-31","value":"150"}}"#)
        let decoded = try JSONDecoder().decode(ForecastResult.self, from: json)
        #expect(decoded == result)
        #expect(try decoded.json() == json)
    }

    @Test func methodParametersAreBounded() throws {
        #expect(throws: RuleViolation("punkte", .outOfRange(value: "1", lower: "2", upper: "100"))) {
            try Forecast.Method.checked(points: 1, tolerance: Given.number("0.8"), bandMargin: Given.number("0.1"))
        }
        #expect(throws: RuleViolation("toleranz", .outOfRange(value: "1.5", lower: "0", upper: "1"))) {
            try Forecast.Method.checked(points: 5, tolerance: Given.number("1.5"), bandMargin: Given.number("0.1"))
        }
        #expect(try Forecast.Method.checked(points: 3, tolerance: .zero, bandMargin: .zero).points == 3)
    }
}
