import FortschrittCLI
import FortschrittDomain
import FortschrittExchange
import FortschrittStore
import FortschrittTestSupport
import Foundation
import Testing

/// The data platform's commands: indicator values imported idempotently with a dry run, duplicates
/// refused with their lines; a dataset printed, changed and saved again under the same rules as the
/// forms.
@Suite struct DataCommandTests {
    func withDemoData(_ body: (CLIRun) async throws -> Void) async throws {
        let test = try await TestDatabase.make()
        let catalogues = SQLCatalogueRepository(database: test.database)
        try await DemoData.seed(catalogues)
        try await DemoData.seedText(
            catalogues, SQLTextRepository(database: test.database), catalogue: try await catalogues.strategies()[0],
            today: CalendarDate(Date()))
        try await DemoData.seedDatasets(SQLDatasetRepository(database: test.database), today: CalendarDate(Date()))
        try await DemoData.seedIndicators(SQLIndicatorRepository(database: test.database))
        await test.close()
        try await body(CLIRun(location: test.location))
    }

    func file(_ text: String, _ suffix: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("data-\(UUID().uuidString).\(suffix)")
            .path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func indicatorValuesAreImportedOnceWithADryRunFirst() async throws {
        try await withDemoData { cli in
            let path = try file("Indikator;Zeitraum;Wert\nmobile-arbeit;2026;7000\nmobile-arbeit;2025;6800\n", "csv")
            let dry = try await cli.run(["indicator", "import", path, "--dry-run"]).out
            #expect(dry.contains("+ line 2: mobile-arbeit 2026 = 7000"))
            #expect(dry.contains("2 values read: 1 new, 0 changed, 1 unchanged (dry run, nothing recorded)."))
            #expect(!(try await cli.run(["indicator", "list"]).out.contains("7000 (2026)")))
            try await cli.run(["indicator", "import", path, "--reason", "Jahreswert 2026"])
            #expect(try await cli.run(["indicator", "list"]).out.contains("mobile-arbeit\t7000 (2026)"))
            let again = try await cli.run(["indicator", "import", path]).out
            #expect(again.contains("1 new") == false && again.contains("0 new, 0 changed, 2 unchanged; recorded."))
            let corrected = try file("Indikator;Zeitraum;Wert\nmobile-arbeit;2026;7100\n", "csv")
            #expect(
                try await cli.run(["indicator", "import", corrected]).out.contains(
                    "~ line 2: mobile-arbeit 2026 7000 → 7100"))
            let twice = try file("Indikator;Zeitraum;Wert\nmobile-arbeit;2027;1\nmobile-arbeit;2027;2\n", "csv")
            #expect(await cli.fails(["indicator", "import", twice]).contains("repeats line 2"))
        }
    }

    @Test func aDatasetIsPrintedChangedAndSavedUnderTheFormsRules() async throws {
        try await withDemoData { cli in
            #expect(
                try await cli.run(["dataset", "list"]).out.contains("buergerservice-anliegen\tinternal\tFB 12\tv1"))
            let shown = try await cli.run(["dataset", "show", "buergerservice-anliegen"]).out
            var dataset = try JSONDecoder().decode(Dataset.self, from: Data(shown.utf8))
            dataset.title = "Anliegen (umbenannt)"
            let path = try file(String(decoding: try JSONEncoder().encode(dataset), as: UTF8.self), "json")
            #expect(await cli.fails(["dataset", "save", path]).contains("grund"), "a change needs a reason")
            #expect(try await cli.run(["dataset", "save", path, "--reason", "Kürzer."]).out.contains("version 2"))
            dataset.access = .open
            let opened = try file(String(decoding: try JSONEncoder().encode(dataset), as: UTF8.self), "json")
            #expect(await cli.fails(["dataset", "save", opened, "--reason", "Öffnen."]).contains("zugang"))
            #expect(await cli.fails(["dataset", "show", "gibt-es-nicht"]).contains("gibt-es-nicht"))
            #expect(await cli.fails(["dataset", "save", try file("{", "json")]).contains("not a dataset"))
        }
    }
}
