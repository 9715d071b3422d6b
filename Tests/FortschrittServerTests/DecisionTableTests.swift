import FortschrittCLI
import FortschrittDomain
import FortschrittStore
import FortschrittTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import FortschrittDocuments
@testable import FortschrittServer

/// The Abwägungstabelle for the council: downloaded live as DOCX, laid before the council once as
/// files of a paper (DOCX, CSV, HTML), kept as published whatever happens to the data later, and
/// listed by OParl with the paper.
@Suite struct DecisionTableTests {
    static let table = "/strategien/smart-city/text/1/abwaegung"
    static let publish = "/verwaltung/abwaegung/smart-city/1/tabelle"

    /// A DOCX's text: its document part.
    static func document(_ docx: Data) throws -> String {
        String(decoding: try #require(try OfficePackage.parts(of: docx)["word/document.xml"]), as: UTF8.self)
    }

    @Test func theLiveTableDownloadsAsWordInEveryVariantAndLanguage() async throws {
        try await WebFixture.with { fixture in
            let anonymous = try await fixture.browser(.anonymous)
            #expect(try await anonymous.get(Self.table).text.contains("abwaegung.docx"))
            let full = try await anonymous.get(Self.table + ".docx")
            #expect(full.status == .ok && full.headers[.contentType] == ReportFormat.docx.mediaType)
            #expect(
                full.headers[.contentDisposition]
                    == "attachment; filename=\"abwaegung-smart-city-1.docx\"; "
                    + "filename*=UTF-8''abwaegung-smart-city-1.docx")
            let text = try Self.document(Data(buffer: full.body))
            #expect(text.contains("Robin aus Neckarstadt (Beispiel)") && text.contains("Seniorenrat (Beispiel)"))
            #expect(text.contains("Fassung 1, Abschnitt ethikpruefung: „Robin Weber“"))
            #expect(text.contains("w:orient=\"landscape\"") && text.contains("<w:tblHeader/>"))
            let anonymised = try Self.document(
                Data(buffer: try await anonymous.get(Self.table + ".docx?anonym=1").body))
            #expect(!anonymised.contains("Robin aus Neckarstadt") && anonymised.contains("Seniorenrat (Beispiel)"))
            #expect(!anonymised.contains("einer Privatperson (Beispiel)"), "no moderator's reason")
            let short = try Self.document(Data(buffer: try await anonymous.get(Self.table + ".docx?ohne-text=1").body))
            #expect(!short.contains("Bitte das Forum auch im Netz übertragen.") && short.contains("Ohne Text"))
            #expect(try await anonymous.get(Self.table + ".docx?anonym=ja").status == .badRequest)

            try await anonymous.get("/sprache/en?zurueck=/")
            let english = try await anonymous.get(Self.table + ".docx")
            let parts = try OfficePackage.parts(of: Data(buffer: english.body))
            #expect(String(decoding: parts["docProps/core.xml"] ?? Data(), as: UTF8.self).contains("en-GB"))
            #expect(String(decoding: parts["word/document.xml"] ?? Data(), as: UTF8.self).contains(">Received<"))
        }
    }

    @Test func theOfficeLaysTheTableBeforeTheCouncilOnceAndItStaysAsPublished() async throws {
        try await WebFixture.with { fixture in
            let admin = try await fixture.browser(.admin)
            #expect(try await admin.get("/verwaltung/abwaegung/smart-city/1").text.contains("dem Gemeinderat vorlegen"))
            // Version 2 is still open for discussion; a paper must exist.
            let open = try await admin.post("/verwaltung/abwaegung/smart-city/2/tabelle", ["vorlage": "V111/2021"])
            #expect(open.status == .unprocessableContent && open.text.contains("läuft noch bis"))
            let unknown = try await admin.post(Self.publish, ["vorlage": "V999/2099"])
            #expect(unknown.status == .unprocessableContent && unknown.text.contains("Es gibt keine Vorlage V999/2099"))
            #expect(
                try await fixture.browser(.editorOwn).post(Self.publish, ["vorlage": "V111/2021"]).status == .forbidden)

            #expect(try await admin.post(Self.publish, ["vorlage": "V111/2021"]).status == .seeOther)
            let twice = try await admin.post(Self.publish, ["vorlage": "V111/2021"])
            #expect(twice.status == .unprocessableContent && twice.text.contains("schon mit V111/2021"))
            #expect(
                try await admin.get("/verwaltung/abwaegung/smart-city/1").text.contains("Mit der Vorlage V111/2021"))

            // The public table names the files at their lasting addresses, with their checksums.
            let anonymous = try await fixture.browser(.anonymous)
            let page = try await anonymous.get(Self.table).text
            #expect(page.contains("Dem Gemeinderat vorgelegt"))
            let council = SQLCouncilRepository(database: fixture.database)
            let published = try #require(try await council.publishedDecisionTables().first)
            #expect(published.paper == "V111/2021" && published.version == 1 && published.actor == Person.admin.email)
            #expect(page.contains("/oparl/v1/file/abwaegung-\(published.id)-docx/content?download=1"))
            #expect(page.contains("SHA-256: \(published.hashes["docx"] ?? "-")"))

            // OParl lists them as files of the paper, after the report's.
            let paper = try json(try await anonymous.get("/oparl/v1/paper/1"))
            let files = try #require(paper["auxiliaryFile"] as? [[String: Any]])
            let tableFiles = files.filter { ($0["id"] as? String)?.contains("/file/abwaegung-") == true }
            #expect(
                tableFiles.map { $0["mimeType"] as? String } == [
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/csv", "text/html",
                ])
            let docxFile = try #require(tableFiles.first)
            #expect(docxFile["fileName"] as? String == "V111-2021-Abwaegungstabelle-Fassung-1.docx")
            let path = try #require((docxFile["downloadUrl"] as? String)?.split(separator: "/oparl/").last)
            let download = try await anonymous.get("/oparl/" + path)
            #expect(
                download.headers[.contentDisposition]
                    == "attachment; filename=\"V111-2021-Abwaegungstabelle-Fassung-1.docx\"; "
                    + "filename*=UTF-8''V111-2021-Abwaegungstabelle-Fassung-1.docx")
            let kept = Data(buffer: download.body)
            #expect(try DocumentHashes.of(["docx": kept])["docx.sha512"] == docxFile["sha512Checksum"] as? String)
            #expect(docxFile["size"] as? Int == kept.count)
            let text = try Self.document(kept)
            #expect(text.contains("Anlage zur Vorlage V111/2021.") && text.contains("Seniorenrat (Beispiel)"))
            #expect(!text.contains("Robin aus Neckarstadt"), "the council's table names no private person")
            let listed = try json(try await anonymous.get("/oparl/v1/body/1/files"))
            #expect((listed["data"] as? [[String: Any]])?.count == 8)

            // A decision published later changes the live table, not the published one.
            let strategy = try #require(try await fixture.catalogues.strategies().first { $0.slug == "smart-city" })
            let texts = SQLTextRepository(database: fixture.database)
            let versions = try await texts.versions(of: strategy)
            let decisions = SQLDecisionRepository(database: fixture.database)
            let first = try #require(versions.first)
            let contribution = try #require(try await decisions.decisions(on: first).keys.min())
            try await decisions.prepare(
                Decision(outcome: .notAdopted, reason: "Später anders entschieden.", appliedIn: nil),
                for: [contribution], on: first, versions: versions, actor: "test", at: .now())
            _ = try await decisions.publish(version: first, reviewed: nil, actor: "test", at: .now()) { _, _ in nil }
            #expect(try await anonymous.get(Self.table + ".csv?anonym=1").text.contains("Später anders entschieden."))
            let frozenCSV = try await anonymous.get(DecisionTablePublisher.address(published, "csv")).text
            #expect(!frozenCSV.contains("Später anders entschieden.") && frozenCSV.hasPrefix("Nr.;Kanal"))
            #expect(try await anonymous.get(DecisionTablePublisher.address(published, "docx")).body == download.body)

            // The database keeps them so: once per version, and never changed or deleted.
            for statement in [
                "INSERT INTO published_decision_tables (strategy_id, version_number, paper_number, title, "
                    + "published_at, actor, hashes) VALUES (\(strategy.id), 1, 'V111/2021', 'x', 'x', 'x', '{}')",
                "UPDATE published_decision_table_documents SET content = content",
                "DELETE FROM published_decision_table_documents", "UPDATE published_decision_tables SET actor = 'x'",
            ] {
                await #expect(throws: (any Error).self, "\(statement)") {
                    try await fixture.database.write(.schema) { db in try await db.raw("\(unsafeRaw: statement)").run()
                    }
                }
            }
        }
    }

    /// `serve --demo` lays version 1's table before the council with a sample paper of its own, which
    /// OParl lists with its files.
    @Test func theDemoLaysVersionOnesTableBeforeTheCouncil() async throws {
        let test = try await TestDatabase.make()
        do {
            let repositories = Repositories(database: test.database, hasher: BcryptPasswordHasher(cost: 4))
            let today = try #require(CalendarDate("2026-10-01"))
            try await DemoSeed.load(repositories, today: today)
            #expect(try await DemoSeed.load(repositories, today: today) == false, "only into an empty database")
            let table = try #require(try await repositories.council.publishedDecisionTables().first)
            #expect(table.paper == "V900/2026" && table.version == 1)
            let app = Application(router: buildRouter(repositories))
            try await app.test(.router) { client in
                let papers = try json(try await client.execute(uri: "/oparl/v1/body/1/papers", method: .get))
                let paper = try #require(
                    (papers["data"] as? [[String: Any]])?.first { $0["reference"] as? String == "V900/2026" })
                let main = try #require(paper["mainFile"] as? [String: Any])
                #expect((main["name"] as? String)?.hasPrefix("Abwägungstabelle: Smart-City-Strategie") == true)
                #expect((paper["auxiliaryFile"] as? [[String: Any]])?.count == 2)
            }
        } catch {
            await test.close()
            throw error
        }
        await test.close()
    }
}
