import FortschrittDomain
import Foundation
import Testing

@testable import FortschrittExchange

@Suite struct IndicatorValuesCSVTests {
    func rows(_ text: String) throws(ImportFailure) -> [IndicatorImportRow] {
        try IndicatorValuesCSV.rows(data: Data(text.utf8), file: "werte.csv")
    }

    /// The problems, as the command line shows them; empty where the file was read.
    func problems(_ text: String) -> [String] {
        do {
            _ = try rows(text)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func readsGermanHeaders() throws {
        let read = try rows(
            """
            Indikator;Zeitraum;Wert;Dimensionen;Quelle
            beschaeftigte-it;2020;5000;;arbeitsmarkt
            beschaeftigte-it;2021-Q3;"5200,5";Bezirk=Neckarstadt-West;
            beschaeftigte-it;15.07.2021;-0.25;"geschlecht=w; bezirk=Innenstadt";arbeitsmarkt

            """)
        #expect(read.map(\.line) == [2, 3, 4])
        #expect(read.map(\.period.text) == ["2020", "2021-Q3", "2021-07-15"])
        #expect(read.map(\.value.text) == ["5000", "5200.5", "-0.25"])
        #expect(read.map(\.dimensions.text) == ["", "bezirk=Neckarstadt-West", "bezirk=Innenstadt;geschlecht=w"])
        #expect(read.map(\.source) == ["arbeitsmarkt", nil, "arbeitsmarkt"])
        #expect(read.allSatisfy { $0.indicator == "beschaeftigte-it" })
    }

    @Test(arguments: [
        "indikator,zeitraum,wert\nx-1,2020,5\n", "INDIKATOR;ZEITRAUM;WERT\nx-1;2020;5\n",
        "Indicator;Period;Value\nx-1;2020;5\n", " Wert ; Indikator ;Zeitraum\n5;x-1;2020\n",
        "\u{FEFF}Indikator;Zeitraum;Wert;\nx-1;2020;5;\n",
    ])
    func readsHeaderVariants(_ text: String) throws {
        let read = try rows(text)
        #expect(read.count == 1)
        #expect(read.first?.indicator == "x-1")
        #expect(read.first?.period.text == "2020")
        #expect(read.first?.value.text == "5")
        #expect(read.first?.dimensions == .total)
        #expect(read.first?.source == nil)
    }

    @Test func refusesUnknownAndMissingColumns() {
        let known = "(known: Indikator, Zeitraum, Wert, Dimensionen, Quelle)"
        #expect(
            problems("Indikator;Jahr;Wert;Bemerkung\nx-1;2020;5;\n") == [
                "werte.csv:1: column 'Jahr': unknown column \(known)",
                "werte.csv:1: column 'Bemerkung': unknown column \(known)",
                "werte.csv:1: column 'Zeitraum': required column is missing",
            ])
        #expect(
            problems("Indikator;Zeitraum;Wert;Value\nx-1;2020;5;5\n") == [
                "werte.csv:1: column 'Value': column appears twice"
            ])
    }

    @Test func namesLineAndColumnOfEveryProblem() {
        let found = problems(
            """
            Indikator;Zeitraum;Wert;Dimensionen;Quelle
            x-1;2020;1.234,5;;
            x-1;2020-Q5;5;;
            X;2021;5;bezirk;Geheim
            x-1;2022;;;
            x-1;2023;1e5;;
            """)
        #expect(
            found == [
                "werte.csv:2: column 'Wert': '1.234,5' is not a value: digits with at most one decimal separator "
                    + "(. or ,), no thousands separators, no exponent, at most 15 digits of which 6 after the "
                    + "separator",
                "werte.csv:3: column 'Zeitraum': '2020-Q5' is not a period (a year 2020, a quarter 2020-Q3, a month "
                    + "2020-07 or a day 2020-07-15)",
                "werte.csv:4: column 'Indikator': 'X' cannot name an indicator: 3 to 80 lowercase letters, digits "
                    + "and hyphens",
                "werte.csv:4: column 'Dimensionen': 'bezirk' are not dimensions: at most 5 pairs key=value separated "
                    + "by ';', keys of 1 to 40 lowercase letters, digits and hyphens, each once, values of 1 to 100 "
                    + "characters",
                "werte.csv:4: column 'Quelle': 'Geheim' cannot name a dataset: 3 to 80 lowercase letters, digits and "
                    + "hyphens",
                "werte.csv:5: column 'Wert': is empty",
                "werte.csv:6: column 'Wert': '1e5' is not a value: digits with at most one decimal separator (. or ,), "
                    + "no thousands separators, no exponent, at most 15 digits of which 6 after the separator",
            ])
    }

    @Test func refusesDuplicatesNamingTheirLines() {
        let found = problems(
            """
            Indikator;Zeitraum;Wert;Dimensionen
            x-1;2020;1;
            x-1;2021;1;bezirk=Neckarstadt-West
            x-1;2020;2;
            x-1;2021;3;Bezirk=Neckarstadt-West
            x-1;2020-Q1;1;
            y-1;2020;1;
            """)
        #expect(
            found == [
                "werte.csv:4: repeats line 2: the same indicator, period and dimensions (x-1 2020)",
                "werte.csv:5: repeats line 3: the same indicator, period and dimensions (x-1 2021 "
                    + "bezirk=Neckarstadt-West)",
            ])
    }

    @Test func refusesControlCharactersAndExtraFields() {
        #expect(
            problems("Indikator;Zeitraum;Wert\nx-1;2020;5;6\n") == [
                "werte.csv:2: the row has 4 fields, the header 3"
            ])
        #expect(
            problems("Indikator;Zeitraum;Wert\nx-1\u{07};2020;5\n") == [
                "werte.csv:2: column 'Indikator': contains the control character U+7; please remove it"
            ])
        #expect(
            problems("Indikator;Zeitraum;Wert\n\"x-1\nx\";2020;5\n") == [
                "werte.csv:2: column 'Indikator': contains a line break; please remove it"
            ])
    }

    @Test func refusesEmptyFilesAndFilesWithoutValues() {
        #expect(problems("") == ["werte.csv: the file is empty"])
        #expect(problems("Indikator;Zeitraum;Wert\n;;\n") == ["werte.csv: the file lists no values"])
        #expect(problems("Indikator;Zeitraum;Wert\nx-1;\"2020;5\n") == ["werte.csv:2: a quoted field is never closed"])
    }

    @Test func readsAtMostTheMaximumOfRows() {
        let header = "Indikator;Zeitraum;Wert\n"
        let many = header + String(repeating: "x-1;2020;5\n", count: IndicatorValuesCSV.maximumRows + 1)
        #expect(
            problems(many) == [
                "werte.csv: the file has \(IndicatorValuesCSV.maximumRows + 1) rows; at most 100000 are read at once"
            ])
    }

    @Test func aFileReadTwicePlansNothingTheSecondTime() throws {
        let text = "Indikator;Zeitraum;Wert;Quelle\nx-1;2020;5;daten-1\nx-1;2021;6;\n"
        let first = try IndicatorImportPlan.plan(
            rows: try rows(text), current: [], indicators: ["x-1"], datasets: ["daten-1"])
        #expect(first.added.count == 2)
        let second = try IndicatorImportPlan.plan(
            rows: try rows(text), current: first.writes, indicators: ["x-1"], datasets: ["daten-1"])
        #expect(second.isEmpty)
    }
}
