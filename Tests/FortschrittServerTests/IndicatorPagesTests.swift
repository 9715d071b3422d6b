import FortschrittDocuments
import FortschrittDomain
import FortschrittExchange
import FortschrittStore
import Foundation
import Testing

@testable import FortschrittServer

/// Indicator pages: status, chart with its words, the values as a table and as downloads that read
/// back in; a source that is not an open dataset is named nowhere public.
@Suite struct IndicatorPagesTests {
    @Test func anIndicatorPageShowsValuesTargetForecastAndStatus() async throws {
        try await WebFixture.with { fixture in
            let visitor = try await fixture.browser(.anonymous)
            let list = try await visitor.get("/daten/indikatoren").text
            #expect(list.contains("Beschäftigte mit mobilem Arbeitsplatz") && list.contains("gefährdet"))
            let page = try await visitor.get("/daten/indikatoren/mobile-arbeit").text
            #expect(page.contains("role=\"img\"") && page.contains("aria-labelledby=\"indikator-mobile-arbeit-title"))
            #expect(page.contains("Ziel: 7500 bis 31.12.2027.") && page.contains("Prognose: 7459,4 am 31.12.2027"))
            #expect(page.contains("<td class=\"num\">5000</td>") && page.contains("Wert aus der Vorlage V111/2021"))
            #expect(page.contains("Enthält Beispieldaten"))
            let band = try await visitor.get("/daten/indikatoren/smart-city-index-verwaltung").text
            #expect(band.contains("zwischen 1 und 3 bleiben") && band.contains("im Zielband"))
            let english = try await visitor.get("/daten/indikatoren/parkhaeuser-voll", headers: [.acceptLanguage: "en"])
            #expect(english.text.contains("decrease (less is better)") || english.text.contains("sinken"))

            let csv = try await visitor.get("/daten/indikatoren/parkhaeuser-voll/werte.csv")
            let rows = try IndicatorValuesCSV.rows(data: Data(csv.text.utf8), file: "werte.csv")
            #expect(rows.count == 14 && rows.contains { $0.dimensions.text == "stadtteil=Innenstadt" })
            let plan = try await SQLIndicatorRepository(database: fixture.database).importValues(
                rows, reason: "", actor: "t", at: .now(), dryRun: true)
            #expect(plan.isEmpty, "the download reads back in unchanged")
            let json = try await visitor.get("/daten/indikatoren/parkhaeuser-voll/werte.json").text
            #expect(json.contains("\"status\" : \"on-track\"") || json.contains("\"status\":\"on-track\""))
            #expect(try await visitor.get("/daten/indikatoren/gibt-es-nicht").status == .notFound)
        }
    }

    @Test func aSourceThatIsNotOpenIsNamedNowherePublic() async throws {
        try await WebFixture.with { fixture in
            let indicators = SQLIndicatorRepository(database: fixture.database)
            _ = try await indicators.save(
                Indicator(
                    slug: "stromverbrauch", title: "Stromverbrauch (Test)", description: "", unit: "MWh",
                    direction: .decrease, baseline: nil, targets: [], department: "FB 12", measures: ["4.1"],
                    datasets: ["energieverbrauch-gebaeude"]),
                version: nil, reason: "", actor: "t", at: .now())
            _ = try await indicators.importValues(
                [
                    IndicatorImportRow(
                        line: 2, indicator: "stromverbrauch", period: Period("2025")!, value: IndicatorNumber("812.5")!,
                        source: "energieverbrauch-gebaeude")
                ], reason: "Test", actor: "t", at: .now(), dryRun: false)
            let visitor = try await fixture.browser(.anonymous)
            for url in [
                "/daten/indikatoren", "/daten/indikatoren/stromverbrauch",
                "/daten/indikatoren/stromverbrauch/werte.csv",
                "/daten/indikatoren/stromverbrauch/werte.json", "/api/v1/indicators",
                "/api/v1/indicators/stromverbrauch",
            ] {
                let body = try await visitor.get(url).text
                #expect(body.contains("812") && !body.contains("energieverbrauch-gebaeude"), "\(url)")
            }
        }
    }
}

/// A council report shows the indicators of the catalogue's measures with values up to its reporting
/// date as known then, and the forecast with method, parameters and cutoff; a later correction does
/// not change what was published.
@Suite struct IndicatorReportTests {
    @Test func aPublishedReportKeepsItsIndicatorsAndTheirForecast() async throws {
        try await WebFixture.with { fixture in
            let admin = try await fixture.browser(.admin)
            let council = SQLCouncilRepository(database: fixture.database)
            let strategy = try #require(try await fixture.catalogues.strategies().first)
            #expect(try await admin.post("/verwaltung/berichte", ["stichtag": "2023-12-31"]).status == .seeOther)
            let report = try #require(try await council.publishedReports(of: strategy).last)
            let shown = try #require(report.inputs.indicators)
            let mobile = try #require(shown.first { $0.indicator.slug == "mobile-arbeit" })
            #expect(mobile.values.map(\.period.text) == ["2020", "2021", "2022", "2023"], "only up to the date")
            #expect(mobile.forecast.cutoff.through?.iso == "2023-12-31" && mobile.forecast.cutoff.knownAt != nil)
            #expect(mobile.forecast.method == .standard)
            #expect(!shown.contains { $0.indicator.slug == "parkhaeuser-voll" && !$0.values.isEmpty })
            let generator = ReportGenerator(catalogues: fixture.catalogues, council: council)
            let html = String(decoding: try await generator.published(report, as: .html), as: UTF8.self)
            #expect(html.contains("Indikatoren") && html.contains("Beschäftigte mit mobilem Arbeitsplatz"))
            #expect(html.contains("kleinsten Quadrate über die letzten 5 Werte (genutzt: 4)"))
            #expect(html.contains("Datenstand: Zeiträume bis 31.12.2023"))
            // The chart, with words for those who cannot see it, in every format.
            #expect(html.contains(#"<title id="chart-2-title">Beschäftigte mit mobilem Arbeitsplatz"#))
            #expect(html.contains("<figcaption>Werte ab 2020 (5000 Beschäftigte). Zuletzt"))
            let markdown = String(decoding: try await generator.published(report, as: .md), as: UTF8.self)
            #expect(markdown.contains("Werte ab 2020 (5000 Beschäftigte)"))
            let docx = try await generator.published(report, as: .docx)
            #expect(docx.range(of: Data("word/media/chart2.png".utf8)) != nil, "the DOCX draws it too")

            // A correction later: the published report still says what was known then.
            _ = try await SQLIndicatorRepository(database: fixture.database).importValues(
                [
                    IndicatorImportRow(
                        line: 2, indicator: "mobile-arbeit", period: Period("2023")!, value: IndicatorNumber("9999")!)
                ], reason: "Korrektur", actor: "t", at: .now(), dryRun: false)
            let again = String(decoding: try await generator.regenerate(report, as: .html), as: UTF8.self)
            #expect(again == html && !again.contains("9.999") && !again.contains("9999"))
            _ = try await generator.regenerate(report, as: .docx)
        }
    }
}

/// The staff keep indicators through forms and paste values, seen first as a dry run.
@Suite struct IndicatorStaffTests {
    @Test func staffDefineIndicatorsAndImportValuesAfterAPreview() async throws {
        try await WebFixture.with { fixture in
            let admin = try await fixture.browser(.admin)
            var fields = [
                "kennung": "wlan-standorte", "titel": "Öffentliche WLAN-Standorte <b>", "einheit": "Standorte",
                "richtung": "band", "untergrenze": "80", "obergrenze": "60", "fachbereich": "FB 12",
                "ziele": "", "massnahmen": "1.11",
            ]
            let refused = try await admin.post("/verwaltung/indikatoren/neu", fields)
            #expect(refused.status == .unprocessableContent && refused.text.contains("WLAN-Standorte &lt;b&gt;"))
            fields["richtung"] = "increase"
            fields["basiswert"] = "40"
            fields["basisdatum"] = "2024-12-31"
            fields["ziele"] = "2027-12-31: 120"
            let created = try await admin.post("/verwaltung/indikatoren/neu", fields)
            #expect(created.location == "/verwaltung/indikatoren/wlan-standorte?gespeichert=1")
            let indicators = SQLIndicatorRepository(database: fixture.database)
            #expect(try await indicators.indicator(slug: "wlan-standorte")?.indicator.targets.count == 1)
            // Names the pages use next to a slug are no slugs: "werte" would hide this one's form.
            for reserved in ["werte", "neu", "indikatoren"] {
                var taken = fields
                taken["kennung"] = reserved
                #expect(try await admin.post("/verwaltung/indikatoren/neu", taken).status == .unprocessableContent)
            }

            // Values: a preview records nothing; recording twice records once.
            let editor = try await fixture.browser(.editorOther)
            let csv = "Indikator;Zeitraum;Wert\nwlan-standorte;2025;55\nwlan-standorte;2026;70\n"
            let preview = try await editor.post(
                "/verwaltung/indikatoren/werte", ["werte": csv, "grund": "Zählung", "aktion": "vorschau"])
            #expect(preview.status == .ok && preview.text.contains("2 neu, 0 geändert, 0 unverändert."))
            #expect(try await indicators.valueEvents(of: "wlan-standorte").isEmpty, "a preview records nothing")
            let recorded = try await editor.post(
                "/verwaltung/indikatoren/werte", ["werte": csv, "grund": "Zählung", "aktion": "uebernehmen"])
            #expect(recorded.text.contains("Erfasst"))
            _ = try await editor.post("/verwaltung/indikatoren/werte", ["werte": csv, "aktion": "uebernehmen"])
            #expect(try await indicators.valueEvents(of: "wlan-standorte").count == 2)
            let bad = try await editor.post(
                "/verwaltung/indikatoren/werte", ["werte": "Indikator;Zeitraum;Wert\nwlan-standorte;2025-Q5;1\n"])
            #expect(bad.status == .unprocessableContent && bad.text.contains(":2:"))
            let foreign = try await fixture.browser(.editorOwn).post(
                "/verwaltung/indikatoren/werte", ["werte": csv, "aktion": "uebernehmen"])
            #expect(foreign.status == .unprocessableContent, "an editor of FB 15 keeps no FB 12 indicator")
            #expect(
                try await fixture.browser(.editorOwn).get("/verwaltung/indikatoren/wlan-standorte").status == .forbidden
            )
            let page = try await fixture.browser(.anonymous).get("/daten/indikatoren/wlan-standorte").text
            #expect(page.contains("Zuletzt 70 Standorte (2026)."))
        }
    }
}
