import FortschrittDomain
import FortschrittExchange
import FortschrittStore
import Foundation
import Testing

@testable import FortschrittServer

/// Indicator values in the store: an import that changes nothing the second time, a dry run that
/// records nothing, a correction that is a new event while the earlier series can still be asked
/// for, duplicates refused with their lines, and a history no one can rewrite.
@Suite struct IndicatorStoreTests {
    static func rows(_ csv: String) throws -> [IndicatorImportRow] {
        try IndicatorValuesCSV.rows(data: Data(csv.utf8), file: "werte.csv")
    }

    @Test func importsAreIdempotentCorrectionsAreEventsAndThePastReproduces() async throws {
        try await WebFixture.with { fixture in
            let indicators = SQLIndicatorRepository(database: fixture.database)
            let before = try await indicators.valueEvents(of: "mobile-arbeit").count
            let file = "Indikator;Zeitraum;Wert\nmobile-arbeit;2026;7000\nmobile-arbeit;2025;6800\n"
            let dry = try await indicators.importValues(
                try Self.rows(file), reason: "Test", actor: "t", at: .now(), dryRun: true)
            #expect(dry.added.map(\.period.text) == ["2026"] && dry.unchanged.count == 1 && dry.changed.isEmpty)
            #expect(try await indicators.valueEvents(of: "mobile-arbeit").count == before, "a dry run records nothing")
            let first = try await indicators.importValues(
                try Self.rows(file), reason: "Test", actor: "t", at: .now(), dryRun: false)
            #expect(first.added.count == 1)
            let again = try await indicators.importValues(
                try Self.rows(file), reason: "Test", actor: "t", at: .now(), dryRun: false)
            #expect(again.isEmpty && again.unchanged.count == 2, "the same file twice records nothing")
            #expect(try await indicators.valueEvents(of: "mobile-arbeit").count == before + 1)

            // A correction: a new event; the series as known before it is still there.
            let beforeCorrection = RecordedTime.now()
            try await Task.sleep(for: .milliseconds(5))
            let corrected = try await indicators.importValues(
                try Self.rows("Indikator;Zeitraum;Wert\nmobile-arbeit;2025;6750\n"), reason: "Korrektur", actor: "t",
                at: .now(), dryRun: false)
            #expect(corrected.changed.map { "\($0.old.value.text)→\($0.new.value.text)" } == ["6800→6750"])
            let events = try await indicators.valueEvents(of: "mobile-arbeit")
            func value2025(_ time: RecordedTime?) -> String? {
                IndicatorSeries.values(from: events, asOf: time).first { $0.period.text == "2025" }?.value.text
            }
            #expect(value2025(beforeCorrection) == "6800" && value2025(nil) == "6750")
            #expect(events.filter { $0.period.text == "2025" }.map(\.reason).last == "Korrektur")

            // Withdrawn: gone from the series, kept in the history.
            let key = IndicatorValue.Key(indicator: "mobile-arbeit", period: Period("2026")!, dimensions: .total)
            try await indicators.withdraw(key, reason: "Falsch erfasst.", actor: "t", at: .now())
            let withdrawn = try await indicators.valueEvents(of: "mobile-arbeit")
            #expect(!IndicatorSeries.values(from: withdrawn, asOf: nil).contains { $0.period.text == "2026" })
            #expect(withdrawn.count == events.count + 1 && withdrawn.last?.value == nil)
            await #expect(throws: RuleViolation.self, "nothing left to withdraw") {
                try await indicators.withdraw(key, reason: "Noch einmal.", actor: "t", at: .now())
            }

            // Duplicates refuse the whole file, naming their lines; unknown indicators name theirs.
            let year = try #require(Period("2027"))
            let duplicate = [
                IndicatorImportRow(line: 2, indicator: "mobile-arbeit", period: year, value: IndicatorNumber("1")!),
                IndicatorImportRow(line: 4, indicator: "mobile-arbeit", period: year, value: IndicatorNumber("3")!),
            ]
            // The file reader already refuses them, naming both lines.
            #expect(throws: ImportFailure.self) {
                try Self.rows("Indikator;Zeitraum;Wert\nmobile-arbeit;2027;1\nmobile-arbeit;2027;3\n")
            }
            await #expect(
                throws: RuleViolation("datei", .duplicateValueLines(lines: "2, 4", key: "mobile-arbeit 2027"))
            ) {
                _ = try await indicators.importValues(
                    duplicate, reason: "", actor: "t", at: .now(), dryRun: false)
            }
            await #expect(throws: RuleViolation("datei", .unknownIndicator("gibt-es-nicht", line: 2))) {
                _ = try await indicators.importValues(
                    try Self.rows("Indikator;Zeitraum;Wert\ngibt-es-nicht;2027;1\n"), reason: "", actor: "t",
                    at: .now(), dryRun: false)
            }
            #expect(try await indicators.valueEvents(of: "mobile-arbeit").count == withdrawn.count)
            await #expect(throws: (any Error).self) {
                try await fixture.database.write(.schema) { db in
                    try await db.raw("UPDATE indicator_values SET value = '1'").run()
                }
            }
        }
    }
}
