import FortschrittDomain
import Foundation
import Testing

@testable import FortschrittExchange

/// Text that attacks the places it reaches: a spreadsheet that would run a cell as a formula, and
/// control characters that would break the documents.
@Suite struct HostileTextTests {
    let options = CatalogueImport.Options(actor: "test", changesEffective: CalendarDate("2021-01-31")!)

    static let formulas = [
        "=HYPERLINK(\"http://evil.example\";\"klick\")", "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
        "-2+3", "\tTab", "'=schon entschärft", "''zwei", "'Anführung' bleibt",
    ]

    @Test func everyCellThatASpreadsheetWouldRunIsDefusedAndReadBack() throws {
        for text in Self.formulas + ["normal", "", "'", "=", "3.12"] {
            let defused = CSVTable.defuse(text)
            if let first = text.first, "=+-@\t\r".contains(first) { #expect(defused == "'" + text, "\(text)") }
            #expect(CSVTable.restoreDefused(defused) == text, "\(text)")
        }
        let written = CSVTable.format([["Titel"], ["=1+1"], ["@A1"]])
        #expect(written == "Titel\n'=1+1\n'@A1\n")
    }

    @Test func importExportImportOfFormulaTitlesRecordsNothing() throws {
        var rows = [CatalogueImportTests.header]
        // Cells are read trimmed, so a leading tab is not part of a title.
        let titles = Self.formulas.filter { !$0.hasPrefix("\t") }
        for (index, title) in titles.enumerated() {
            let cell = "\"" + CSVTable.defuse(title).replacingOccurrences(of: "\"", with: "\"\"") + "\""
            rows.append("1.\(index + 1);\(cell);E-Government;FB 12;2019-03-12;im Zeitplan;2019-03-12;;ja")
        }
        let file = try CatalogueImport(data: Data(rows.joined(separator: "\n").utf8), file: "f.csv")
        var history: [MeasureEvent] = []
        let empty = CatalogueImportTests.emptyCatalogue()
        let catalogue = CatalogueImportTests.apply(
            try file.plan(against: empty, options: options), to: empty, history: &history)
        #expect(catalogue.measures.map(\.details.title) == titles)
        let exported = CatalogueExport.csv(catalogue)
        for line in exported.split(separator: "\n").dropFirst() {
            let title = line.split(separator: ";")[1]
            #expect(
                !"=+-@\t".contains(title.first ?? " ")
                    && !(title.hasPrefix("\"") && "=+-@\t".contains(title.dropFirst().first ?? " ")),
                "a cell a spreadsheet would run: \(line)")
        }
        let again = try CatalogueImport(data: Data(exported.utf8), file: "export.csv")
        #expect(try again.plan(against: catalogue, options: options).isEmpty)
    }

    @Test func controlCharactersAreRefusedWithLineAndColumn() {
        let text = """
            \(CatalogueImportTests.header)
            1.1;Bürger\u{0B}portal;E-Government;FB 12;2019-03-12;im Zeitplan;2019-03-12;;ja
            1.2;Open Data;E-Government;FB 12;2019-03-12;im Zeitplan;2019-03-12;"Zeile eins
            Zeile zwei";ja
            1.3;Open\u{1}Data;E-Government;FB 12;2019-03-12;im Zeitplan;2019-03-12;;ja
            """
        var found: [String] = []
        do {
            let file = try CatalogueImport(data: Data(text.utf8), file: "f.csv")
            _ = try file.plan(against: CatalogueImportTests.emptyCatalogue(), options: options)
        } catch {
            found = error.problems.map(\.description)
        }
        #expect(
            found == [
                "f.csv:2: column 'Maßnahme': contains the control character U+B; please remove it",
                "f.csv:5: column 'Maßnahme': contains the control character U+1; please remove it",
            ])
    }

    @Test func theCatalogueRulesRefuseControlCharactersWhereverAChangeComesFrom() throws {
        let catalogue = Catalogue(
            strategy: Strategy(id: 1, slug: "s", title: "S", body: "B"), asOf: nil, knownAt: nil,
            fields: [FieldOfAction(number: 1, title: "F")], departments: [Department(code: "FB 12", name: "IT")],
            statuses: StatusSet(StatusDefinition.defaultSet), measures: [])
        let editor = CatalogueEditor(current: catalogue)
        let details = MeasureDetails(
            title: "Titel\u{7}", field: 1, leadDepartment: "FB 12", entryDate: CalendarDate("2020-01-01")!)
        #expect(throws: RuleViolation("title", .containsControlCharacter(code: "7"))) {
            _ = try editor.addMeasure(MeasureNumber("1.1")!, details: details, actor: "a", reason: nil)
        }
        var fine = details
        fine.title = "Titel"
        #expect(throws: RuleViolation("reason", .containsControlCharacter(code: "1B"))) {
            _ = try editor.addMeasure(MeasureNumber("1.1")!, details: fine, actor: "a", reason: "Grund\u{1B}")
        }
        #expect(throws: RuleViolation("title", .containsLineBreak)) {
            var broken = fine
            broken.title = "Zwei\nZeilen"
            _ = try editor.addMeasure(MeasureNumber("1.1")!, details: broken, actor: "a", reason: nil)
        }
        _ = try editor.addMeasure(MeasureNumber("1.1")!, details: fine, actor: "a", reason: "Zeile eins\nZeile zwei")
    }
}
