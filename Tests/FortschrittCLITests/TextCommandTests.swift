import FortschrittCLI
import FortschrittDomain
import FortschrittExchange
import FortschrittStore
import FortschrittTestSupport
import Foundation
import Testing

@Suite struct TextCommandTests {
    func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("text-\(UUID().uuidString).md").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func importPublishAndTheNextVersionAsTheReadmeShows() async throws {
        let test = try await TestDatabase.make()
        await test.close()
        let cli = CLIRun(location: test.location)
        try await cli.run([
            "strategy", "add", "--slug", "smart-city", "--title", "Smart-City-Strategie", "--body", "Stadt Mannheim",
        ])
        let first = try file("# Smart City {#smart-city}\n\nRobin Meier leitet das Datenlabor.\n\nDatenethik zuerst.\n")
        let dry = try await cli.run(["text", "import", first, "--title", "Entwurf 1", "--dry-run"]).out
        #expect(dry.contains("new") && dry.contains("robin-meier-leitet-das") && dry.contains("Nothing saved"))
        #expect(try await cli.run(["text", "list"]).out.contains("No text yet"))
        try await cli.run(["text", "import", first, "--title", "Entwurf 1", "--reason", "erster Entwurf"])
        let published = try await cli.run(["text", "publish", "--opens", "2027-01-10", "--closes", "2027-02-28"]).out
        #expect(published.contains("Published version 1") && published.contains("2027-01-10"))
        #expect(await cli.fails(["text", "publish"]).contains("there is no draft to publish"))

        // The next version, edited from what `show` prints: the ids are kept.
        let shown = try await cli.run(["text", "show", "1"]).out
        #expect(shown.contains("Robin Meier leitet das Datenlabor. {#robin-meier-leitet-das}"))
        let second = try file(shown.replacingOccurrences(of: "Robin", with: "Elisa") + "\n\nNeu: Klimaresilienz.\n")
        let matched = try await cli.run(["text", "import", second, "--title", "Entwurf 2"]).out
        #expect(matched.contains("given id") && matched.contains("new") && matched.contains("neu-klimaresilienz"))
        let list = try await cli.run(["text", "list"]).out
        #expect(list.contains("1\tpublished\t3 blocks") && list.contains("2\tdraft\t4 blocks"))

        // Mistakes name what and where, and change nothing.
        let table = try file("Absatz\n\n| a | b |\n")
        #expect(
            await cli.fails(["text", "import", table, "--title", "x"]).contains(": line 3: tables are not supported"))
        #expect(
            await cli.fails(["text", "publish", "--opens", "2027-03-01", "--closes", "2027-01-01"])
                .contains("closes: the end (2027-01-01) is before the start (2027-03-01)"))
        #expect(
            await cli.fails(["text", "import", "/nicht/da.md", "--title", "x"]).contains("cannot read /nicht/da.md"))
        #expect(try await cli.run(["text", "list"]).out.contains("2\tdraft\t4 blocks"))
    }

    /// `text publish-table` lays a version's table before the council once, when its discussion has
    /// closed, as files of an existing paper.
    @Test func publishTableLaysTheTableBeforeTheCouncilOnce() async throws {
        let test = try await TestDatabase.make()
        let database = test.database
        let catalogues = SQLCatalogueRepository(database: database)
        try await DemoData.seed(catalogues)
        let catalogue = try await catalogues.strategies()[0]
        try await DemoData.seedCouncil(SQLCouncilRepository(database: database), strategy: catalogue)
        try await DemoData.seedText(
            catalogues, SQLTextRepository(database: database), catalogue: catalogue, today: CalendarDate(Date()),
            discussion: DemoDiscussion(
                participants: SQLParticipantRepository(database: database),
                contributions: SQLContributionRepository(database: database),
                moderation: SQLModerationRepository(database: database),
                accounts: SQLAccountRepository(database: database),
                decisions: SQLDecisionRepository(database: database),
                events: SQLEventRepository(database: database)))
        await test.close()
        let cli = CLIRun(location: test.location)
        func publish(_ number: String, _ paper: String) -> [String] {
            ["text", "publish-table", number, "--paper", paper, "--strategy", "smart-city"]
        }
        #expect(await cli.fails(publish("2", "V111/2021")).contains("is open until"))
        #expect(await cli.fails(publish("1", "V999/2099")).contains("no council paper V999/2099"))
        let published = try await cli.run(publish("1", "V111/2021")).out
        #expect(published.hasPrefix("Published the Abwägungstabelle of version 1 with V111/2021"))
        #expect(published.contains("/oparl/v1/file/abwaegung-1-docx/content\tSHA-256 "))
        #expect(await cli.fails(publish("1", "V111/2021")).contains("was published with V111/2021"))
    }
}
