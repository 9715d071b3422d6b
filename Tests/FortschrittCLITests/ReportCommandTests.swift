import FortschrittCLI
import FortschrittDomain
import FortschrittExchange
import FortschrittStore
import FortschrittTestSupport
import Foundation
import Testing

@Suite struct ReportCommandTests {
    /// A database with the demo catalogue and council paper, reached through the CLI.
    func withDemo(_ body: (CLIRun) async throws -> Void) async throws {
        let test = try await TestDatabase.make()
        let catalogues = SQLCatalogueRepository(database: test.database)
        try await DemoData.seed(catalogues)
        try await DemoData.seedCouncil(
            SQLCouncilRepository(database: test.database), strategy: try await catalogues.strategies()[0])
        await test.close()
        try await body(CLIRun(location: test.location))
    }

    @Test func generateNotePublishListAndShow() async throws {
        try await withDemo { cli in
            let md = try await cli.run([
                "report", "--as-of", "2020-12-31", "--since", "2019-03-12", "--paper", "V111/2021", "--format", "md",
            ])
            #expect(md.out.contains("9 Projekte wurden bereits etabliert"))
            #expect(md.out.contains("| 1. | Hauptausschuss | 09.03.2021 | öffentlich | Information |"))

            try await cli.run([
                "report", "note", "--as-of", "2020-12-31", "--paper", "V111/2021", "--introduction", "Vorwort.",
            ])
            let noted = try await cli.run([
                "report", "generate", "--as-of", "2020-12-31", "--paper", "V111/2021", "--format", "md",
            ])
            #expect(noted.out.contains("> Vorwort."))

            let published = try await cli.run(["report", "publish", "--as-of", "2020-12-31", "--paper", "V111/2021"])
            #expect(published.out.hasPrefix("Published report 1 (V111/2021"))
            let list = try await cli.run(["report", "list"])
            #expect(list.out.hasPrefix("1\tV111/2021\tStichtag 2020-12-31\tseit 2019-03-12"))

            try await cli.run(["status", "set", "1.2", "etabliert", "--since", "2020-12-20"])
            let shown = try await cli.run(["report", "show", "1", "--format", "md"])
            #expect(shown.out == noted.out)
            let now = try await cli.run(["report", "--as-of", "2020-12-31", "--paper", "V111/2021", "--format", "md"])
            #expect(now.out.contains("10 Projekte wurden bereits etabliert"))

            let path = FileManager.default.temporaryDirectory.appendingPathComponent("r-\(UUID().uuidString).docx").path
            try await cli.run(["report", "show", "1", "--format", "docx", "-o", path])
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)).starts(with: [0x50, 0x4B]))
        }
    }

    @Test func mistakesAreNamed() async throws {
        try await withDemo { cli in
            #expect(
                await cli.fails(["report", "--as-of", "2020-12-31", "--paper", "V1/1999"]).contains(
                    "paper: no council paper V1/1999"))
            #expect(
                await cli.fails(["report", "--as-of", "2020-12-31", "--since", "2021-01-01"]).contains(
                    "since: the baseline 2021-01-01 lies after"))
            #expect(await cli.fails(["report", "--as-of", "31.12.20"]).contains("31.12.20"))
            #expect(await cli.fails(["report", "--as-of", "2020-12-31", "--format", "pdf"]).contains("pdf"))
            #expect(await cli.fails(["report", "--as-of", "2020-12-31", "--format", "docx"]).contains("binary"))
            #expect(await cli.fails(["report", "show", "7"]).contains("no published report 7"))
            #expect(
                await cli.fails(["report", "note", "--as-of", "2020-12-31", "--field", "9", "--text", "x"]).contains(
                    "no field of action 9"))
        }
    }
}

@Suite struct CouncilCommandTests {
    @Test func enterAPaperWithItsBeratungsfolgeAndFunding() async throws {
        let test = try await TestDatabase.make()
        await test.close()
        let cli = CLIRun(location: test.location)
        try await cli.run([
            "strategy", "add", "--slug", "ds", "--title", "Digitalstrategie", "--body", "Stadt Musterstadt",
            "--adopted", "2022-01-01",
        ])
        let catalogue = FileManager.default.temporaryDirectory.appendingPathComponent("ds-\(UUID().uuidString).csv")
        try DemoData.catalogueCSV.write(to: catalogue)
        try await cli.run(["import", catalogue.path])
        try await cli.run(["council", "add-body", "Gemeinderat", "--classification", "Hauptorgan"])
        #expect(
            await cli.fails(["council", "add-meeting", "--body", "Rat", "--date", "2023-02-01", "--name", "S"])
                .contains("no body 'Rat'"))
        try await cli.run([
            "council", "add-meeting", "--body", "Gemeinderat", "--date", "2023-02-01", "--name", "Sitzung",
            "--non-public",
        ])
        #expect(
            await cli.fails([
                "council", "add-paper", "V1/2023", "--type", "Beschlussvorlage", "--date", "2023-01-10", "--dezernat",
                "I",
                "--file-reference", "1", "--subject", "Bericht", "--consultation", "Gemeinderat@2023-02-02:Beschluss",
            ]).contains("no meeting on 2023-02-02"))
        #expect(
            await cli.fails([
                "council", "add-paper", "V1/2023", "--type", "Beschlussvorlage", "--date", "2023-01-10", "--dezernat",
                "I",
                "--file-reference", "1", "--subject", "Bericht", "--consultation", "Gemeinderat@2023-02-01:Abstimmung",
            ]).contains("role must be one of"))
        try await cli.run([
            "council", "add-paper", "V1/2023", "--type", "Beschlussvorlage", "--date", "2023-01-10", "--dezernat", "I",
            "--file-reference", "1", "--subject", "Bericht", "--consultation", "Gemeinderat@2023-02-01:Beschluss",
        ])
        #expect(
            try await cli.run(["council", "papers"]).out.contains("V1/2023\tBeschlussvorlage\t2023-01-10\tBericht"))

        let funding = try await cli.run([
            "funding", "set", "Programm", "--funder", "Land", "--rate", "65", "--phase",
            "A:2023-2024:100000:35000:V1/2023",
            "--phase", "B:2025:1.000,00:400,00", "--allocation", "A:1.4:60000", "--allocation", "B:1.5:1.500,00",
        ])
        #expect(funding.out.contains("101.000,00 € in all, grant 65.600,00 €"))
        #expect(
            funding.out.contains(
                "Note: in phase B the own share 400,00 € does not match the rate; expected 350,00 €."))
        #expect(await cli.fails(["funding", "set", "X", "--funder", "Y", "--rate", "165"]).contains("--rate"))
        #expect(
            await cli.fails(["funding", "set", "X", "--funder", "Y", "--rate", "50", "--phase", "A:2023:zehn:1"])
                .contains("--phase 'A:2023:zehn:1'"))
        #expect(
            await cli.fails([
                "funding", "set", "X", "--funder", "Y", "--rate", "50", "--phase", "A:2023:10:5", "--allocation",
                "A:9.9:1",
            ])
            .contains("no measure 9.9"))
        #expect(
            await cli.fails([
                "funding", "set", "X", "--funder", "Y", "--rate", "50", "--phase", "A:2023:10:5", "--allocation",
                "C:1.4:1",
            ])
            .contains("no phase C"))
        #expect(try await cli.run(["funding", "list"]).out.contains("A → 1.4\t60.000,00 €"))

        let report = try await cli.run(["report", "--as-of", "2023-01-31", "--paper", "V1/2023", "--format", "md"])
        #expect(report.out.contains("| 1. | Gemeinderat | 01.02.2023 | nichtöffentlich | Beschluss |"))
        #expect(
            report.out.contains(
                "Hinweis: In Phase B entspricht der Eigenanteil (400,00 €) nicht der Förderquote; erwartet wären "
                    + "350,00 €."
            ))
        // Where the money goes: per measure, and a phase given more than it holds is pointed out.
        #expect(report.out.contains("Davon sind 61.500,00 € 2 Maßnahmen zugeordnet."))
        #expect(report.out.contains("| 1.4 | Digitales Wahlmanagement | A | 60.000,00 € |"))
        #expect(
            report.out.contains(
                "Hinweis: Phase B ist mit 1.500,00 € mehr zugeordnet, als ihr Volumen (1.000,00 €) umfasst."))
    }
}
