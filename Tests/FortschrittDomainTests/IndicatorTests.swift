import FortschrittDomain
import Foundation
import Testing

@Suite struct IndicatorNumberTests {
    @Test func readsDigitsWithOneSeparator() throws {
        #expect(IndicatorNumber("5000")?.text == "5000")
        #expect(IndicatorNumber("12,5")?.text == "12.5")
        #expect(IndicatorNumber("12.50")?.text == "12.5")
        #expect(IndicatorNumber(" -0.25 ")?.text == "-0.25")
        #expect(IndicatorNumber("007")?.text == "7")
        #expect(IndicatorNumber("-0,000")?.text == "0")
        #expect(IndicatorNumber("12.5") == IndicatorNumber("12,50"))
        #expect(IndicatorNumber("12.5")?.german == "12,5")
        #expect(IndicatorNumber("-0.25")?.decimal == Decimal(string: "-0.25"))
        #expect(try #require(IndicatorNumber("2.5")).double == 2.5)
    }

    @Test(arguments: [
        "", "-", "1.234,5", "1,234.5", "1e5", "1E5", "--1", "+1", "1 000", "1.", ",5", "0x10", "12a", "1.2.3",
        "٣", "1000000000000000", "0.0000001", "1234567890.123456",
    ])
    func refusesWhatIsNoValue(_ text: String) {
        #expect(IndicatorNumber(text) == nil)
        #expect(throws: RuleViolation("wert", .notAnIndicatorValue(Input.excerpt(text)))) {
            try IndicatorNumber.parse(text, "wert")
        }
    }

    @Test func keepsItsBounds() {
        #expect(IndicatorNumber("999999999999999")?.text == "999999999999999")
        #expect(IndicatorNumber("-999999999.999999")?.text == "-999999999.999999")
        #expect(IndicatorNumber("0.000001")?.text == "0.000001")
        // Trailing zeros are no digits: they say nothing.
        #expect(IndicatorNumber("1.50000000")?.text == "1.5")
        #expect(IndicatorNumber(String(repeating: "1", count: 70)) == nil)
    }

    @Test func ordersByValueAndCodesAsText() throws {
        let values = ["10", "-2", "9.99", "0", "-2.5"].compactMap(IndicatorNumber.init).sorted()
        #expect(values.map(\.text) == ["-2.5", "-2", "0", "9.99", "10"])
        let data = try JSONEncoder().encode([IndicatorNumber("12,5")])
        #expect(String(decoding: data, as: UTF8.self) == #"["12.5"]"#)
        #expect(try JSONDecoder().decode([IndicatorNumber].self, from: data) == [IndicatorNumber("12.5")])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([IndicatorNumber].self, from: Data(#"["1e5"]"#.utf8))
        }
    }

    @Test func rounds() throws {
        let third = try #require(Decimal(string: "1")) / 3
        #expect(IndicatorNumber.rounded(third)?.text == "0.333333")
        #expect(IndicatorNumber.rounded(third, decimals: 2)?.text == "0.33")
        #expect(IndicatorNumber.rounded(double: 2.0000004)?.text == "2")
        #expect(IndicatorNumber.rounded(double: -1.25, decimals: 1)?.text == "-1.3")
        // Fewer decimals where the whole part needs the digits; none beyond 15 whole digits.
        #expect(IndicatorNumber.rounded(double: 123_456_789_012.345_678)?.text == "123456789012.346")
        #expect(IndicatorNumber.rounded(double: 1e17) == nil)
        #expect(IndicatorNumber.rounded(double: .nan) == nil)
    }
}

@Suite struct PeriodTests {
    @Test func readsRealSpans() throws {
        let quarter = try #require(Period("2020-Q3"))
        #expect(quarter.kind == .quarter)
        #expect(quarter.start == CalendarDate("2020-07-01"))
        #expect(quarter.end == CalendarDate("2020-09-30"))
        #expect(Period("2020-q3") == quarter)
        #expect(Period("2020-Q4")?.end == CalendarDate("2020-12-31"))
        #expect(Period("2020-Q1")?.end == CalendarDate("2020-03-31"))
        #expect(Period("2020")?.start == CalendarDate("2020-01-01"))
        #expect(Period("2020")?.end == CalendarDate("2020-12-31"))
        #expect(Period("2020-12")?.end == CalendarDate("2020-12-31"))
        #expect(Period("2020-04")?.end == CalendarDate("2020-04-30"))
        #expect(Period("15.07.2020") == Period("2020-07-15"))
        #expect(Period("2020-07-15")?.kind == .day)
        #expect(Period("2020-07-15")?.end == CalendarDate("2020-07-15"))
    }

    @Test func knowsLeapYears() {
        #expect(Period("2020-02")?.end == CalendarDate("2020-02-29"))
        #expect(Period("2021-02")?.end == CalendarDate("2021-02-28"))
        #expect(Period("2000-02")?.end == CalendarDate("2000-02-29"))
        #expect(Period("2100-02")?.end == CalendarDate("2100-02-28"))
        #expect(Period("2024-02-29") != nil)
        #expect(Period("2023-02-29") == nil)
    }

    @Test func writesItsCanonicalText() {
        #expect(
            ["2020", "2020-q3", "2020-07", "15.07.2020"].compactMap(Period.init).map(\.text) == [
                "2020", "2020-Q3", "2020-07", "2020-07-15",
            ])
        #expect(Period("2020-Q3")?.german == "3. Quartal 2020")
        #expect(Period("2020-07")?.german == "07/2020")
    }

    @Test func ordersByStartThenLongerFirst() {
        let periods = ["2021", "2020-Q3", "2020-07", "2020", "2020-01", "2020-Q1", "2020-01-01"].compactMap(Period.init)
        #expect(
            periods.sorted().map(\.text) == ["2020", "2020-Q1", "2020-01", "2020-01-01", "2020-Q3", "2020-07", "2021"])
    }

    @Test(arguments: [
        "", "20", "2020-Q5", "2020-Q0", "2020-13", "2020-00", "2020-7", "2020-02-30", "Q3 2020", "2020 Q3", "zwanzig",
        "2020-Q3x", "-2020",
    ])
    func refusesWhatIsNoPeriod(_ text: String) {
        #expect(Period(text) == nil)
        #expect(throws: RuleViolation("zeitraum", .notAPeriod(Input.excerpt(text)))) {
            try Period.parse(text, "zeitraum")
        }
    }

    @Test func keepsToItsYears() {
        #expect(Period("1900") != nil)
        #expect(Period("2200-12-31") != nil)
        #expect(Period("1899-Q4") == nil)
        #expect(Period("2201") == nil)
        #expect(throws: RuleViolation("zeitraum", .outOfRange(value: "1850", lower: "1900", upper: "2200"))) {
            try Period.parse("1850", "zeitraum")
        }
        #expect(throws: RuleViolation("zeitraum", .outOfRange(value: "01.01.2500", lower: "1900", upper: "2200"))) {
            try Period.parse("01.01.2500", "zeitraum")
        }
    }
}

@Suite struct DimensionsTests {
    @Test func writesKeysInOrder() throws {
        let dimensions = try Dimensions.parse("geschlecht=w; Bezirk=Neckarstadt-West", "dimensionen")
        #expect(dimensions.text == "bezirk=Neckarstadt-West;geschlecht=w")
        #expect(dimensions["bezirk"] == "Neckarstadt-West")
        #expect(try Dimensions.parse("bezirk=Neckarstadt-West;geschlecht=w", "d") == dimensions)
        #expect(Dimensions(dimensions.text) == dimensions)
        #expect(try Dimensions.parse("  ", "d") == .total)
        #expect(Dimensions.total.text.isEmpty)
        #expect(Dimensions.total < dimensions)
        #expect(try Dimensions.make([(key: "b", value: "2"), (key: "a", value: "1")], "d").text == "a=1;b=2")
    }

    @Test(arguments: [
        "bezirk", "=x", "bezirk=", "be zirk=x", "bezirk=a;bezirk=b", "a=1;b=2;c=3;d=4;e=5;f=6", "bézirk=x",
        String(repeating: "k", count: 41) + "=x", "bezirk=" + String(repeating: "x", count: 101),
    ])
    func refusesWhatAreNoDimensions(_ text: String) {
        #expect(Dimensions(text) == nil)
        #expect(throws: RuleViolation.self) { try Dimensions.parse(text, "dimensionen") }
    }

    @Test func refusesControlCharacters() {
        #expect(throws: RuleViolation("d", .containsControlCharacter(code: "7"))) {
            try Dimensions.parse("bezirk=a\u{07}b", "d")
        }
    }
}

@Suite struct IndicatorRulesTests {
    static func indicator(
        direction: Indicator.Direction = .increase, baseline: IndicatorBaseline? = nil, targets: [IndicatorTarget] = []
    ) -> Indicator {
        Indicator(
            slug: " beschaeftigte-it ", title: " Beschäftigte in der IT ", description: "", unit: "Beschäftigte",
            direction: direction, baseline: baseline, targets: targets, department: "FB 15", measures: ["1.10", "1.2"],
            datasets: ["arbeitsmarkt"], sample: true)
    }

    static func number(_ text: String) -> IndicatorNumber { IndicatorNumber(text) ?? .zero }
    static func day(_ text: String) -> CalendarDate { CalendarDate(text) ?? .earliest }

    func check(_ indicator: Indicator) throws(RuleViolation) -> Indicator {
        try IndicatorRules.checked(
            indicator, departments: ["FB 15"], measures: ["1.2", "1.10"], datasets: ["arbeitsmarkt"])
    }

    @Test func checksAndTidies() throws {
        let targets = [
            IndicatorTarget(value: Self.number("6000"), date: Self.day("2030-12-31")),
            IndicatorTarget(value: Self.number("5500"), date: Self.day("2025-12-31")),
        ]
        let checked = try check(
            Self.indicator(
                baseline: IndicatorBaseline(value: Self.number("5000"), date: Self.day("2020-12-31")), targets: targets)
        )
        #expect(checked.slug == "beschaeftigte-it")
        #expect(checked.title == "Beschäftigte in der IT")
        #expect(checked.measures == ["1.2", "1.10"])
        #expect(checked.targets.map(\.date.iso) == ["2025-12-31", "2030-12-31"])
        #expect(checked.sample)
    }

    @Test func refusesWhatBreaksTheRules() {
        let baseline = IndicatorBaseline(value: Self.number("10"), date: Self.day("2020-12-31"))
        func target(_ value: String, _ date: String) -> IndicatorTarget {
            IndicatorTarget(value: Self.number(value), date: Self.day(date))
        }
        var bad = Self.indicator()
        bad.slug = "X"
        #expect(throws: RuleViolation("kennung", .indicatorSlug("X"))) { try check(bad) }
        bad = Self.indicator()
        bad.unit = " "
        #expect(throws: RuleViolation("einheit", .fieldRequired)) { try check(bad) }
        #expect(throws: RuleViolation("richtung", .bandNeedsLowerBelowUpper(lower: "5", upper: "5"))) {
            try check(Self.indicator(direction: .band(lower: Self.number("5"), upper: Self.number("5"))))
        }
        #expect(throws: RuleViolation("ziele", .targetDatesRepeat("2025-12-31"))) {
            try check(Self.indicator(targets: [target("1", "2025-12-31"), target("2", "2025-12-31")]))
        }
        #expect(throws: RuleViolation("ziele", .targetNotAfterBaseline(target: "2020-12-31", baseline: "2020-12-31"))) {
            try check(Self.indicator(baseline: baseline, targets: [target("20", "2020-12-31")]))
        }
        #expect(throws: RuleViolation("ziele", .targetAgainstDirection(target: "8", baseline: "10"))) {
            try check(Self.indicator(baseline: baseline, targets: [target("8", "2025-12-31")]))
        }
        #expect(throws: RuleViolation("ziele", .targetAgainstDirection(target: "12", baseline: "10"))) {
            try check(Self.indicator(direction: .decrease, baseline: baseline, targets: [target("12", "2025-12-31")]))
        }
        let band = Indicator.Direction.band(lower: Self.number("40"), upper: Self.number("60"))
        #expect(throws: RuleViolation("ziele", .targetOutsideBand("70"))) {
            try check(Self.indicator(direction: band, targets: [target("70", "2025-12-31")]))
        }
        bad = Self.indicator()
        bad.department = "FB 99"
        #expect(throws: RuleViolation("fachbereich", .unknownDepartment("FB 99", known: "FB 15"))) { try check(bad) }
        bad = Self.indicator()
        bad.measures = ["9.9"]
        #expect(throws: RuleViolation("massnahmen", .unknownMeasures("9.9"))) { try check(bad) }
        bad = Self.indicator()
        bad.datasets = ["unbekannt"]
        #expect(throws: RuleViolation("datensaetze", .noSuchDataset("unbekannt"))) { try check(bad) }
    }

    @Test func anIndicatorNeedsNoTarget() throws {
        #expect(try check(Self.indicator()).targets.isEmpty)
        let band = Indicator.Direction.band(lower: Self.number("40"), upper: Self.number("60"))
        #expect(try check(Self.indicator(direction: band)).direction == band)
    }

    @Test func readsFormFields() throws {
        #expect(try IndicatorRules.baseline(value: "", date: " ") == nil)
        #expect(throws: RuleViolation("basisdatum", .dateRequired)) {
            try IndicatorRules.baseline(value: "5", date: "")
        }
        #expect(try IndicatorRules.baseline(value: "5,5", date: "31.12.2020")?.value.text == "5.5")
        #expect(
            try IndicatorRules.direction(kind: "band", lower: "1", upper: "2")
                == .band(
                    lower: Self.number("1"), upper: Self.number("2")))
        #expect(throws: RuleViolation("obergrenze", .fieldRequired)) {
            try IndicatorRules.direction(kind: "band", lower: "1", upper: "")
        }
        let targets = try IndicatorRules.targets("2025-12-31: 5000\n\n31.12.2030 5500,5\n")
        #expect(IndicatorRules.text(of: targets) == "2025-12-31: 5000\n2030-12-31: 5500.5")
        #expect(throws: RuleViolation("ziele", .notATarget("2025-12-31"))) { try IndicatorRules.targets("2025-12-31") }
    }

    @Test func directionCodesItsKind() throws {
        let band = Indicator.Direction.band(lower: Self.number("40"), upper: Self.number("60.5"))
        let data = try JSONEncoder().encode([band, .decrease])
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: String]])
        #expect(json == [["kind": "band", "lower": "40", "upper": "60.5"], ["kind": "decrease"]])
        #expect(try JSONDecoder().decode([Indicator.Direction].self, from: data) == [band, .decrease])
    }
}

/// Values, periods and times in tests, without unwrapping at every use.
enum Given {
    static func number(_ text: String) -> IndicatorNumber { IndicatorNumber(text) ?? .zero }
    static func period(_ text: String) -> Period {
        guard let period = Period(text) else { preconditionFailure("not a period: \(text)") }
        return period
    }
    static func time(_ text: String) -> RecordedTime { RecordedTime(text) ?? .earliest }
    static func day(_ text: String) -> CalendarDate { CalendarDate(text) ?? .earliest }
    static func district(_ name: String) -> Dimensions { Dimensions("bezirk=\(name)") ?? .total }
}

@Suite struct IndicatorSeriesTests {
    static func event(
        _ sequence: Int64, _ period: String, _ value: String?, at time: String, dimensions: Dimensions = .total,
        source: String? = nil
    ) -> IndicatorValueEvent {
        IndicatorValueEvent(
            sequence: sequence, indicator: "beschaeftigte", period: Given.period(period), dimensions: dimensions,
            value: value.map(Given.number), source: source, recordedAt: Given.time(time), actor: "fb15",
            reason: "Statistik")
    }

    static let events = [
        event(1, "2020", "5000", at: "2021-03-01T10:00:00Z", source: "arbeitsmarkt"),
        event(2, "2021", "5200", at: "2022-03-01T10:00:00Z"),
        event(3, "2021", "5300", at: "2022-03-01T10:00:00Z", dimensions: Given.district("Neckarstadt-West")),
        // A correction of 2020, recorded a year later.
        event(4, "2020", "5050", at: "2022-06-01T10:00:00Z", source: "arbeitsmarkt"),
        // 2021's breakdown withdrawn.
        event(5, "2021", nil, at: "2022-07-01T10:00:00Z", dimensions: Given.district("Neckarstadt-West")),
    ]

    func series(asOf time: String?) -> [String] {
        IndicatorSeries.values(from: Self.events.shuffled(), asOf: time.map(Given.time)).map {
            "\($0.period) \($0.dimensions) \($0.value)"
        }
    }

    @Test func aCorrectionDoesNotChangeWhatWasKnownBefore() {
        #expect(series(asOf: "2021-12-31T00:00:00Z") == ["2020  5000"])
        #expect(
            series(asOf: "2022-05-31T00:00:00Z") == ["2020  5000", "2021  5200", "2021 bezirk=Neckarstadt-West 5300"])
        #expect(
            series(asOf: "2022-06-15T00:00:00Z") == ["2020  5050", "2021  5200", "2021 bezirk=Neckarstadt-West 5300"])
        #expect(series(asOf: nil) == ["2020  5050", "2021  5200"])
        #expect(series(asOf: "2000-01-01T00:00:00Z").isEmpty)
    }

    @Test func theLaterEventWinsAtTheSameTime() {
        let tied = [
            Self.event(8, "2020", "2", at: "2022-01-01T00:00:00Z"),
            Self.event(7, "2020", "1", at: "2022-01-01T00:00:00Z"),
        ]
        #expect(IndicatorSeries.values(from: tied, asOf: nil).map(\.value.text) == ["2"])
    }

    @Test func keepsSourcesAndSplitsTotals() {
        let values = IndicatorSeries.values(from: Self.events, asOf: Given.time("2022-05-31T00:00:00Z"))
        #expect(values.first?.source == "arbeitsmarkt")
        #expect(IndicatorSeries.totals(of: "beschaeftigte", in: values).map(\.period.text) == ["2020", "2021"])
        #expect(IndicatorSeries.totals(of: "andere", in: values).isEmpty)
    }
}

@Suite struct IndicatorImportPlanTests {
    static func row(
        _ line: Int, _ period: String, _ value: String, dimensions: Dimensions = .total, source: String? = nil,
        indicator: String = "beschaeftigte"
    ) -> IndicatorImportRow {
        IndicatorImportRow(
            line: line, indicator: indicator, period: Given.period(period), dimensions: dimensions,
            value: Given.number(value), source: source)
    }

    func plan(_ rows: [IndicatorImportRow], current: [IndicatorValue]) throws(RuleViolation) -> IndicatorImportPlan {
        try IndicatorImportPlan.plan(
            rows: rows, current: current, indicators: ["beschaeftigte", "videokonferenzen"],
            datasets: ["arbeitsmarkt", "mikrozensus"])
    }

    @Test func importingTheSameFileTwiceChangesNothingTheSecondTime() throws {
        let rows = [
            Self.row(2, "2020", "5000", source: "arbeitsmarkt"), Self.row(3, "2021", "5200"),
            Self.row(4, "2021", "300", dimensions: Given.district("Neckarstadt-West")),
        ]
        let first = try plan(rows, current: [])
        #expect(first.added.map(\.line) == [2, 3, 4])
        #expect(!first.isEmpty)
        let second = try plan(rows, current: first.writes)
        #expect(second.isEmpty)
        #expect(second.added.isEmpty && second.changed.isEmpty)
        #expect(second.unchanged.map(\.line) == [2, 3, 4])
    }

    @Test func aChangedSourceIsAChange() throws {
        let current = [
            IndicatorValue(
                indicator: "beschaeftigte", period: Given.period("2020"), value: Given.number("5000"),
                source: "arbeitsmarkt")
        ]
        let plan = try plan([Self.row(2, "2020", "5000.0", source: "mikrozensus")], current: current)
        #expect(plan.changed.count == 1)
        #expect(plan.changed.first?.old.source == "arbeitsmarkt")
        #expect(plan.changed.first?.new.source == "mikrozensus")
        // A row that names no source keeps the stored one.
        let same = try self.plan([Self.row(2, "2020", "5000")], current: current)
        #expect(same.isEmpty)
        #expect(same.unchanged.count == 1)
        let value = try self.plan([Self.row(2, "2020", "5001")], current: current)
        #expect(
            value.changed.map { "\($0.old.value) → \($0.new.value) \($0.new.source ?? "")" } == [
                "5000 → 5001 arbeitsmarkt"
            ])
    }

    @Test func valuesTheFileDoesNotListStay() throws {
        let current = [
            IndicatorValue(indicator: "beschaeftigte", period: Given.period("2019"), value: Given.number("4800")),
            IndicatorValue(indicator: "videokonferenzen", period: Given.period("2020"), value: Given.number("12")),
        ]
        let plan = try plan([Self.row(2, "2020", "5000")], current: current)
        #expect(plan.added.map(\.line) == [2])
        #expect(plan.changed.isEmpty)
        #expect(plan.writes.map(\.period.text) == ["2020"])
    }

    @Test func duplicatesAreRefusedWithAllTheirLines() {
        let district = Given.district("Neckarstadt-West")
        let rows = [
            Self.row(2, "2020", "1"), Self.row(4, "2021", "1", dimensions: district), Self.row(5, "2022", "1"),
            Self.row(9, "2021", "2", dimensions: district), Self.row(12, "2021", "3", dimensions: district),
            Self.row(13, "2020", "1"),
        ]
        #expect(
            throws: RuleViolation(
                "datei",
                .duplicateValueLines(
                    lines: "2, 13; 4, 9, 12", key: "beschaeftigte 2020; beschaeftigte 2021 bezirk=Neckarstadt-West"))
        ) { try plan(rows, current: []) }
        // The same period for another indicator or breakdown is no duplicate.
        #expect(throws: Never.self) {
            try plan(
                [
                    Self.row(2, "2020", "1"), Self.row(3, "2020", "1", indicator: "videokonferenzen"),
                    Self.row(4, "2020", "1", dimensions: district),
                ], current: [])
        }
    }

    @Test func unknownIndicatorsAndSourcesAreRefusedByLine() {
        #expect(throws: RuleViolation("datei", .unknownIndicator("gibt-es-nicht", line: 7))) {
            try plan([Self.row(3, "2020", "1"), Self.row(7, "2020", "1", indicator: "gibt-es-nicht")], current: [])
        }
        #expect(throws: RuleViolation("datei", .unknownSource("geheim", line: 3))) {
            try plan([Self.row(3, "2020", "1", source: "geheim")], current: [])
        }
    }
}

@Suite struct IndicatorProgressTests {
    func progress(
        _ current: String, baseline: String?, target: String?, _ direction: Indicator.Direction = .increase
    ) -> IndicatorProgress? {
        IndicatorProgress.toward(
            target: target.map(Given.number), baseline: baseline.map(Given.number), current: Given.number(current),
            direction: direction)
    }

    @Test func increase() {
        #expect(progress("150", baseline: "100", target: "200") == .fraction(0.5))
        #expect(progress("200", baseline: "100", target: "200") == .fraction(1))
        #expect(progress("250", baseline: "100", target: "200") == .fraction(1.5))
        #expect(progress("80", baseline: "100", target: "200") == .fraction(-0.2))
        #expect(progress("100", baseline: "100", target: "200")?.fraction == 0)
    }

    @Test func decrease() {
        #expect(progress("7", baseline: "10", target: "4", .decrease) == .fraction(0.5))
        #expect(progress("4", baseline: "10", target: "4", .decrease) == .fraction(1))
        #expect(progress("13", baseline: "10", target: "4", .decrease) == .fraction(-0.5))
        #expect(progress("2.5", baseline: "10", target: "4", .decrease) == .fraction(1.25))
    }

    @Test func noProgressWithoutAWay() {
        #expect(progress("5", baseline: nil, target: "10") == nil)
        #expect(progress("5", baseline: "3", target: nil) == nil)
        #expect(progress("5", baseline: "10", target: "10") == nil)
        // A target against the direction gives no progress either.
        #expect(progress("5", baseline: "10", target: "4", .increase) == nil)
        #expect(progress("5", baseline: "4", target: "10", .decrease) == nil)
    }

    @Test func band() {
        let band = Indicator.Direction.band(lower: Given.number("40"), upper: Given.number("60"))
        #expect(progress("50", baseline: nil, target: nil, band) == .within)
        #expect(progress("40", baseline: nil, target: nil, band) == .within)
        #expect(progress("60", baseline: nil, target: nil, band) == .within)
        #expect(progress("37.5", baseline: nil, target: nil, band) == .below(Given.number("2.5")))
        #expect(progress("61", baseline: "1", target: "50", band) == .above(Given.number("1")))
    }
}
