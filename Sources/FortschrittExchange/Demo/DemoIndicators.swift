import FortschrittDomain

/// The demo's indicators. Where the council paper V111/2021 states a figure, that value is real and
/// the description says so: mobile work for up to 5,000 staff in 2020, 300 video conferences per
/// working day early in 2021, rank 1 of 81 in Bitkom's Smart City Index 2019 (administration). Every
/// other value is sample data, and each indicator is marked as holding some.
extension DemoData {
    public static func seedIndicators(_ indicators: any IndicatorRepository) async throws {
        for (indicator, values) in demoIndicators() {
            _ = try await indicators.save(indicator, version: nil, reason: "", actor: "demo", at: .now())
            var rows: [IndicatorImportRow] = []
            var stated: [IndicatorImportRow] = []
            for (index, (period, dimensions, value, source)) in values.enumerated() {
                guard let period = Period(period), let dimensions = Dimensions(dimensions),
                    let value = IndicatorNumber(value)
                else { continue }
                let row = IndicatorImportRow(
                    line: index + 2, indicator: indicator.slug, period: period, dimensions: dimensions, value: value,
                    source: source)
                if statedFigures.contains(where: { $0.slug == indicator.slug && $0.period == period.text }) {
                    stated.append(row)
                } else {
                    rows.append(row)
                }
            }
            _ = try await indicators.importValues(
                stated, reason: "Wert aus der Vorlage V111/2021 bzw. vom Bitkom", actor: "demo", at: .now(),
                dryRun: false)
            _ = try await indicators.importValues(
                rows, reason: "Beispieldaten", actor: "demo", at: .now(), dryRun: false)
        }
    }

    /// The values the council paper (or Bitkom) states; all others are samples.
    static let statedFigures: [(slug: String, period: String)] = [
        ("mobile-arbeit", "2020"), ("videokonferenzen", "2021-Q1"), ("smart-city-index-verwaltung", "2019"),
    ]

    typealias DemoValue = (period: String, dimensions: String, value: String, source: String?)

    static func demoIndicators() -> [(Indicator, [DemoValue])] {
        func number(_ text: String) -> IndicatorNumber { IndicatorNumber(text) ?? .zero }
        func on(_ text: String) -> CalendarDate { CalendarDate(text) ?? CalendarDate(daysSinceEpoch: 0) }
        func total(_ pairs: [(String, String)], source: String? = nil) -> [DemoValue] {
            pairs.map { ($0.0, "", $0.1, source) }
        }
        let mobileWork = Indicator(
            slug: "mobile-arbeit", title: "Beschäftigte mit mobilem Arbeitsplatz",
            description:
                "Beschäftigte der Stadtverwaltung, die mobil und parallel arbeiten können. Der Wert 2020 (5.000) "
                + "steht in der Vorlage V111/2021; alle anderen Werte sind Beispieldaten.",
            unit: "Beschäftigte", direction: .increase,
            baseline: IndicatorBaseline(value: number("800"), date: on("2019-12-31")),
            targets: [IndicatorTarget(value: number("7500"), date: on("2027-12-31"))], department: "FB 12",
            measures: ["3.1", "3.15"], datasets: [], sample: true)
        let videoConferences = Indicator(
            slug: "videokonferenzen", title: "Videokonferenzen je Arbeitstag",
            description:
                "Videokonferenzen der Stadtverwaltung an einem durchschnittlichen Arbeitstag. Der Wert für das "
                + "erste Quartal 2021 (300) steht in der Vorlage V111/2021; alle anderen Werte sind Beispieldaten.",
            unit: "Videokonferenzen je Arbeitstag", direction: .increase,
            baseline: IndicatorBaseline(value: number("10"), date: on("2019-12-31")),
            targets: [IndicatorTarget(value: number("500"), date: on("2023-12-31"))], department: "FB 12",
            measures: ["3.15"], datasets: [], sample: true)
        let smartCityIndex = Indicator(
            slug: "smart-city-index-verwaltung", title: "Rang im Smart City Index, Bereich Verwaltung",
            description:
                "Rang der Stadt unter den 81 größten deutschen Städten im Smart City Index des Bitkom, Bereich "
                + "Verwaltung; ein kleinerer Rang ist besser. Rang 1 im Jahr 2019 ist belegt (Bitkom, 22.10.2019); "
                + "die Ränge danach sind Beispieldaten. Ziel: unter den ersten drei bleiben.",
            unit: "Rang", direction: .band(lower: number("1"), upper: number("3")), baseline: nil, targets: [],
            department: "FB 12", measures: ["4.1"], datasets: [], sample: true)
        let fullCarParks = Indicator(
            slug: "parkhaeuser-voll", title: "Stunden mit voll belegten Parkhäusern (Beispiel)",
            description:
                "Stunden je Woche, in denen ein Parkhaus voll belegt war, im Monatsmittel; weniger ist besser. "
                + "Beispieldaten aus dem Datensatz der Parkhausbelegung.",
            unit: "Stunden je Woche", direction: .decrease,
            baseline: IndicatorBaseline(value: number("42"), date: on("2023-12-31")),
            targets: [IndicatorTarget(value: number("15"), date: on("2026-12-31"))], department: "FB 31",
            measures: ["1.12"], datasets: ["parkhaus-belegung"], sample: true)
        let hours = ["41", "40", "38", "38", "36", "35", "33", "34", "31", "30", "29", "28"]
        var carParkValues: [DemoValue] = hours.enumerated().map { index, value in
            ("2025-" + (index < 9 ? "0" : "") + "\(index + 1)", "", value, "parkhaus-belegung")
        }
        carParkValues += [
            ("2025-11", "stadtteil=Innenstadt", "41", "parkhaus-belegung"),
            ("2025-12", "stadtteil=Innenstadt", "39", "parkhaus-belegung"),
        ]
        return [
            (
                mobileWork,
                total([
                    ("2020", "5000"), ("2021", "5600"), ("2022", "6100"), ("2023", "6400"), ("2024", "6600"),
                    ("2025", "6800"),
                ])
            ),
            (
                videoConferences,
                total([
                    ("2020-Q1", "20"), ("2020-Q2", "220"), ("2020-Q3", "240"), ("2020-Q4", "270"),
                    ("2021-Q1", "300"), ("2021-Q2", "310"), ("2021-Q3", "305"), ("2021-Q4", "320"),
                ])
            ),
            (
                smartCityIndex,
                total([("2019", "1"), ("2020", "2"), ("2021", "1"), ("2022", "2"), ("2023", "2"), ("2024", "3")])
            ),
            (fullCarParks, carParkValues),
        ]
    }
}
