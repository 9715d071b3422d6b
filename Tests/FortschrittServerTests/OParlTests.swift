import FortschrittCLI
import FortschrittDocuments
import FortschrittDomain
import FortschrittExchange
import FortschrittServer
import FortschrittStore
import FortschrittTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The OParl endpoint over the demo data with V111/2021 published. (scripts/test also crawls it
/// and validates every object against the official schemas.)
@Suite struct OParlTests {
    func withOParl(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await withDemoRouter(council: true, publicURL: "https://rat.example.de", body)
    }

    static func json(_ response: TestResponse) throws -> [String: Any] { try FortschrittServerTests.json(response) }

    static func path(_ url: Any?) -> String {
        (url as? String ?? "").replacingOccurrences(of: "https://rat.example.de", with: "")
    }

    @Test func fromTheSystemToThePaperAndItsFiles() async throws {
        try await withOParl { client in
            let system = try Self.json(try await client.execute(uri: "/oparl/v1/system", method: .get))
            #expect(system["oparlVersion"] as? String == "https://schema.oparl.org/1.1/")
            #expect(system["id"] as? String == "https://rat.example.de/oparl/v1/system")
            let bodies = try Self.json(try await client.execute(uri: Self.path(system["body"]), method: .get))
            let body = try #require((bodies["data"] as? [[String: Any]])?.first)
            #expect(body["name"] as? String == "Stadt Mannheim")
            let papers = try Self.json(try await client.execute(uri: Self.path(body["paper"]), method: .get))
            let paper = try #require((papers["data"] as? [[String: Any]])?.first)
            #expect(paper["reference"] as? String == "V111/2021")
            #expect(paper["paperType"] as? String == "Informationsvorlage")
            let consultations = try #require(paper["consultation"] as? [[String: Any]])
            #expect(consultations.map { $0["role"] as? String } == ["Information", "Information"])
            let meeting = try Self.json(
                try await client.execute(uri: Self.path(consultations[0]["meeting"]), method: .get))
            #expect(meeting["start"] as? String == "2021-03-09T00:00:00+01:00")
            #expect(
                (meeting["agendaItem"] as? [[String: Any]])?.first?["name"] as? String
                    == "Digitalisierungsstrategie der Stadt Mannheim – Aktueller Umsetzungsstand")
            let main = try #require(paper["mainFile"] as? [String: Any])
            #expect(main["mimeType"] as? String == "text/html")
            let content = try await client.execute(uri: Self.path(main["accessUrl"]), method: .get)
            #expect(content.status == .ok)
            #expect(String(buffer: content.body).contains("9 Projekte wurden bereits etabliert"))
            let docx = try #require((paper["auxiliaryFile"] as? [[String: Any]])?.first)
            let download = try await client.execute(uri: Self.path(docx["downloadUrl"]), method: .get)
            #expect(
                download.headers[.contentDisposition]
                    == "attachment; filename=\"V111-2021.docx\"; filename*=UTF-8''V111-2021.docx")
        }
    }

    @Test func listsPageAndFilterAndKeepTheFilterInTheirLinks() async throws {
        try await withOParl { client in
            let all = try Self.json(try await client.execute(uri: "/oparl/v1/body/1/meetings", method: .get))
            #expect((all["pagination"] as? [String: Any])?["totalElements"] as? Int == 2)
            let filtered = try Self.json(
                try await client.execute(
                    uri: "/oparl/v1/body/1/meetings?created_since=2999-01-01T00:00:00Z", method: .get))
            #expect((filtered["data"] as? [Any])?.isEmpty == true)
            let links = try #require(filtered["links"] as? [String: String])
            #expect(links["self"]?.contains("created_since=2999-01-01T00:00:00Z") == true)
            #expect(links["first"]?.hasPrefix("https://rat.example.de/oparl/v1/body/1/meetings?") == true)
            // The paper's signatories are its originators.
            let people = try Self.json(try await client.execute(uri: "/oparl/v1/body/1/people", method: .get))
            let persons = try #require(people["data"] as? [[String: Any]])
            #expect(persons.compactMap { $0["name"] as? String } == ["Dr. Kurz", "Specht"])
            #expect(persons.first?["id"] as? String == "https://rat.example.de/oparl/v1/person/dr-kurz")
            #expect(persons.first?["title"] as? [String] == ["Dr."])
            let person = try Self.json(try await client.execute(uri: "/oparl/v1/person/specht", method: .get))
            #expect(person["familyName"] as? String == "Specht")
            #expect(try await client.execute(uri: "/oparl/v1/person/niemand", method: .get).status == .notFound)
            let paper = try Self.json(try await client.execute(uri: "/oparl/v1/paper/1", method: .get))
            #expect(
                paper["originatorPerson"] as? [String] == [
                    "https://rat.example.de/oparl/v1/person/dr-kurz", "https://rat.example.de/oparl/v1/person/specht",
                ])
            let file = try #require(paper["mainFile"] as? [String: Any])
            let content = try await client.execute(uri: "/oparl/v1/file/1-html/content", method: .get)
            #expect(file["size"] as? Int == content.body.readableBytes)
            #expect((file["sha512Checksum"] as? String)?.count == 128)
        }
    }

    @Test func legislativeTermsAreListedAndEmbedded() async throws {
        let test = try await TestDatabase.make()
        let catalogues = SQLCatalogueRepository(database: test.database)
        let council = SQLCouncilRepository(database: test.database)
        try await DemoData.seed(catalogues)
        _ = try await council.saveLegislativeTerm(
            name: "Wahlperiode A", startDate: CalendarDate("2019-07-01")!, endDate: CalendarDate("2024-06-30")!)
        await #expect(throws: RuleViolation.self) {
            try await council.saveLegislativeTerm(
                name: "Falsch", startDate: CalendarDate("2024-07-01")!, endDate: CalendarDate("2019-06-30")!)
        }
        let app = Application(
            router: buildRouter(Repositories(database: test.database, hasher: BcryptPasswordHasher(cost: 4))))
        try await app.test(.router) { client in
            let body = try Self.json(try await client.execute(uri: "/oparl/v1/body/1", method: .get))
            let embedded = try #require((body["legislativeTerm"] as? [[String: Any]])?.first)
            #expect(embedded["startDate"] as? String == "2019-07-01")
            let list = try Self.json(try await client.execute(uri: "/oparl/v1/body/1/legislative-terms", method: .get))
            #expect((list["data"] as? [[String: Any]])?.first?["name"] as? String == "Wahlperiode A")
            #expect(try await client.execute(uri: "/oparl/v1/legislative-term/1", method: .get).status == .ok)
        }
        await test.close()
    }

    @Test func badParametersAndUnknownObjects() async throws {
        try await withOParl { client in
            for (uri, parameter) in [
                ("/oparl/v1/body/1/papers?modified_until=bald", "modified_until"),
                ("/oparl/v1/body/1/papers?page=-1", "page"),
                ("/oparl/v1/body/1/papers?sort=name", "sort"), ("/oparl/v1/paper/1?page=2", "page"),
            ] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .badRequest, "\(uri)")
                #expect(try Self.json(response)["parameter"] as? String == parameter, "\(uri)")
            }
            for uri in [
                "/oparl/v1/paper/99", "/oparl/v1/meeting/x", "/oparl/v1/file/1-pdf", "/oparl/v1/file/9-html/content",
                "/oparl/v1/body/2",
            ] {
                #expect(try await client.execute(uri: uri, method: .get).status == .notFound, "\(uri)")
            }
        }
    }
}
