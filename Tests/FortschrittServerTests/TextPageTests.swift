import FortschrittDomain
import Foundation
import Testing

@testable import FortschrittServer

@Suite struct TextPageTests {
    @Test func theStrategiesTheirVersionsAndTheComparisonArePublic() async throws {
        try await WebFixture.with { fixture in
            let browser = Browser(client: fixture.client)
            let list = try await browser.get("/strategien")
            #expect(list.status == .ok)
            #expect(
                list.text.contains("Digitalisierungsstrategie der Stadt Mannheim")
                    && list.text.contains("49 Maßnahmen")
            )
            #expect(list.text.contains(#"href="/strategien/smart-city/text""#))

            let latest = try await browser.get("/strategien/smart-city/text")
            #expect(latest.status == .ok && latest.text.contains("Fassung 2 von 2 veröffentlichten Fassungen"))
            #expect(latest.text.contains("Die Beteiligung läuft"))
            #expect(latest.text.contains(#"id="abschnitt-ethikregister""#))
            #expect(latest.text.contains(##"<a class="permalink" href="#abschnitt-ethikregister""##))
            #expect(latest.text.contains(#"<a href="/massnahmen/1.12">1.12</a>"#), "measures of the portal's catalogue")
            #expect(!latest.text.contains("Bürgerforum"), "removed in version 2")

            let first = try await browser.get("/strategien/smart-city/text/1")
            #expect(first.text.contains("Bürgerforum") && first.text.contains("Die Beteiligung ist beendet"))

            let compare = try await browser.get("/strategien/smart-city/vergleich?von=1&zu=2")
            #expect(compare.status == .seeOther && compare.location == "/strategien/smart-city/text/1/vergleich/2")
            let diff = try await browser.get("/strategien/smart-city/text/1/vergleich/2").text
            #expect(diff.contains("Abschnitte geändert") && diff.contains("1 entfallen"))
            // Readable without colour: every change says what it is in words.
            #expect(diff.contains(#"<del><span class="mark">[gelöscht:] </span>Robin</del>"#))
            #expect(diff.contains(#"<ins><span class="mark">[eingefügt:] </span>Elisa</ins>"#))
            #expect(diff.contains("entfällt") && diff.contains("verschoben"))

            #expect(try await browser.get("/strategien/smart-city/text/3").status == .notFound)
            #expect(try await browser.get("/strategien/unbekannt/text").status == .notFound)
            #expect(try await browser.get("/strategien/smart-city/text/0").status == .badRequest)
            #expect(try await browser.get("/strategien/smart-city/vergleich?von=x&zu=2").status == .badRequest)

            // The measure page names the goals it serves.
            let measure = try await browser.get("/massnahmen/1.12").text
            #expect(measure.contains("Ziele der Strategie"))
            #expect(measure.contains(##"href="/strategien/smart-city/text/2#abschnitt-mobilitaetstransparenz""##))

            let english = Browser(client: fixture.client)
            _ = try await english.get("/sprache/en?zurueck=/strategien")
            #expect(try await english.get("/strategien/smart-city/text/1/vergleich/2").text.contains("[deleted:] "))
        }
    }

    @Test func theAPIGivesVersionsBlocksAndTheComparison() async throws {
        try await WebFixture.with { fixture in
            let browser = Browser(client: fixture.client)
            func json(_ path: String) async throws -> Any {
                try JSONSerialization.jsonObject(with: Data(try await browser.get(path).text.utf8))
            }
            let versions = try #require(
                try await json("/api/v1/strategies/smart-city/text/versions") as? [[String: Any]])
            #expect(versions.compactMap { $0["number"] as? Int } == [1, 2])
            let second = try #require(try await json("/api/v1/strategies/smart-city/text/versions/2") as? [String: Any])
            #expect(second["catalogue"] as? String == "digitalstrategie")
            let blocks = try #require(second["blocks"] as? [[String: Any]])
            #expect(blocks.contains { $0["id"] as? String == "ethikregister" })
            let diff = try #require(
                try await json("/api/v1/strategies/smart-city/text/diff?from=1&to=2") as? [String: Any])
            let changes = try #require(diff["blocks"] as? [[String: Any]])
            #expect(changes.contains { $0["status"] as? String == "removed" && $0["id"] as? String == "buergerforum" })
            let ethics = try #require(changes.first { $0["id"] as? String == "ethikpruefung" })
            let words = try #require(ethics["words"] as? [[String: String]])
            #expect(words.contains { $0["kind"] == "deleted" && $0["text"] == "Robin" })
            #expect(try await browser.get("/api/v1/strategies/smart-city/text/diff?from=1").status == .badRequest)
            #expect(try await browser.get("/api/v1/strategies/smart-city/text/versions/9").status == .notFound)
        }
    }
}
