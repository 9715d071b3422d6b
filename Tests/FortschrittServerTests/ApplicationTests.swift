import FortschrittDomain
import FortschrittStore
import FortschrittTestSupport
import Foundation
import Testing

@testable import FortschrittServer

/// Applications of the data platform and their findings: every state an event, datasets referred to
/// by id, and a finding's question put to the open version's discussion as a data-platform
/// contribution, once.
@Suite struct ApplicationTests {
    static func heatMap(datasets: [String] = ["baumkataster", "temperatur-messnetz"]) -> DataApplication {
        DataApplication(
            slug: "hitzekarte-test", title: "Hitzekarte (Test)", purpose: "Hitzeinseln zeigen.",
            field: .climateResilience, status: .pilot, department: "FB 67", datasets: datasets, measures: ["2.3"])
    }

    @Test func aFindingsQuestionBecomesADataPlatformContributionOnce() async throws {
        try await WebFixture.with { fixture in
            let applications = SQLApplicationRepository(database: fixture.database)
            // Unknown datasets, departments and measures are refused with their field.
            for (bad, field) in [
                (Self.heatMap(datasets: ["gibt-es-nicht"]), "datensaetze"),
                (
                    DataApplication(
                        slug: "x", title: "T", purpose: "P", field: .other, status: .live, department: "FB 67",
                        datasets: [], measures: []), "kennung"
                ),
            ] {
                await #expect(throws: RuleViolation.self, "\(field)") {
                    _ = try await applications.save(bad, version: nil, reason: "", actor: "t", at: .now())
                }
            }
            #expect(try await applications.save(Self.heatMap(), version: nil, reason: "", actor: "t", at: .now()) == 1)
            var changed = Self.heatMap()
            changed.status = .live
            await #expect(throws: RuleViolation.self, "a change needs a reason") {
                _ = try await applications.save(changed, version: 1, reason: "", actor: "t", at: .now())
            }
            #expect(
                try await applications.save(changed, version: 1, reason: "Im Betrieb.", actor: "t", at: .now()) == 2)
            #expect(try await applications.application(slug: "hitzekarte-test")?.application.status == .live)

            let finding = try await applications.addFinding(
                to: "hitzekarte-test", text: "Die Innenstadt ist nachts 4 Grad wärmer.",
                question: "Soll die Strategie Entsiegelung als Maßnahme aufnehmen?", actor: "t", at: .now())
            let strategy = try #require(try await fixture.catalogues.strategies().first { $0.slug == "smart-city" })
            let texts = SQLTextRepository(database: fixture.database)
            let open = try #require(try await texts.version(number: 2, of: strategy))
            let closed = try #require(try await texts.version(number: 1, of: strategy))
            let today = CalendarDate(Date())
            let block = try #require(BlockID("klimaresilienz"))
            await #expect(throws: RuleViolation("fassung", .discussionNotOpen)) {
                _ = try await applications.putToDiscussion(
                    finding, version: closed, block: block, actor: "t", today: today, at: .now())
            }
            let id = try await applications.putToDiscussion(
                finding, version: open, block: block, actor: "buero@example.org", today: today, at: .now())
            await #expect(throws: RuleViolation("befund", .findingAlreadyPut)) {
                _ = try await applications.putToDiscussion(
                    finding, version: open, block: block, actor: "t", today: today, at: .now())
            }
            let contribution = try #require(
                try await SQLContributionRepository(database: fixture.database).contribution(id: id))
            #expect(contribution.channel == .dataPlatform && contribution.anchor.block == block)
            #expect(contribution.text == "Soll die Strategie Entsiegelung als Maßnahme aufnehmen?")
            #expect(contribution.source?.source.contains("Hitzekarte (Test)") == true)
            #expect(try await applications.findings(of: "hitzekarte-test").first?.contribution == id)
            let page = try await fixture.browser(.anonymous).get(
                "/strategien/smart-city/text/2/abschnitt/klimaresilienz")
            #expect(page.text.contains("Soll die Strategie Entsiegelung") && page.text.contains("Datenplattform"))

            let withoutQuestion = try await applications.addFinding(
                to: "hitzekarte-test", text: "Die Sensoren laufen stabil.", question: "", actor: "t", at: .now())
            await #expect(throws: RuleViolation("befund", .findingWithoutQuestion)) {
                _ = try await applications.putToDiscussion(
                    withoutQuestion, version: open, block: block, actor: "t", today: today, at: .now())
            }
            await #expect(throws: (any Error).self) {
                try await fixture.database.write(.schema) { db in
                    try await db.raw("DELETE FROM finding_contributions").run()
                }
            }
        }
    }
}
