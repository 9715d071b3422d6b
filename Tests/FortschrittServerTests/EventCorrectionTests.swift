import FortschrittDomain
import FortschrittStore
import FortschrittTestSupport
import Foundation
import Testing

@testable import FortschrittServer

/// The office corrects an event it recorded: the new state with a reason is a new entry, the first
/// record stays; the pages show the event as corrected and say so, and what was entered from the
/// event takes its corrected day.
@Suite struct EventCorrectionTests {
    static let decisions = "/verwaltung/abwaegung/smart-city/1"

    @Test func aCorrectedEventIsShownAsCorrectedAndItsFirstRecordStays() async throws {
        try await WebFixture.with { fixture in
            let admin = try await fixture.browser(.admin)
            let listed = try await admin.get(Self.decisions).text
            let link = try #require(listed.firstMatch(of: /href="([^"]*\/veranstaltung\/(\d+))"/))
            let page = String(link.1)
            let eventID = try #require(Int64(link.2))
            let form = try await admin.get(page).text
            #expect(form.contains("Stadtbibliothek, Dalbergplatz (Beispiel)") && form.contains("value=\"45\""))
            let held = try #require(form.firstMatch(of: /name="datum" value="([0-9-]+)"/)).1
            let strategy = try #require(try await fixture.catalogues.strategies().first { $0.slug == "smart-city" })
            let events = SQLEventRepository(database: fixture.database)
            let fields = [
                "datum": String(held), "format": "citizens-forum", "ort": "Stadtbibliothek, Dalbergplatz (Beispiel)",
                "teilnehmende": "45",
                "protokoll": try #require(
                    try await events.events(of: strategy.id).first { $0.id == eventID }?.minutes),
            ]
            // No reason, or nothing changed: refused, nothing recorded.
            let unchanged = try await admin.post(page, fields.merging(["grund": "Nachgezählt."]) { $1 })
            #expect(unchanged.status == .unprocessableContent)
            let corrected = fields.merging(["teilnehmende": "54", "datum": "2026-01-15"]) { $1 }
            let noReason = try await admin.post(page, corrected)
            #expect(noReason.status == .unprocessableContent && noReason.text.contains("braucht ihren Grund"))
            #expect(noReason.text.contains("value=\"54\""), "what was entered is shown again")
            #expect(try await fixture.browser(.editorOwn).post(page, corrected).status == .forbidden)
            let wrongVersion = try await admin.get(page.replacingOccurrences(of: "/1/", with: "/2/"))
            #expect(wrongVersion.status == .notFound)

            let saved = try await admin.post(page, corrected.merging(["grund": "Zahlendreher <im> Protokoll"]) { $1 })
            #expect(saved.status == .seeOther)
            let anonymous = try await fixture.browser(.anonymous)
            let version = try await anonymous.get("/strategien/smart-city/text/1").text
            #expect(version.contains("54 Teilnehmende") && !version.contains("45 Teilnehmende"))
            #expect(version.contains("Korrigiert am") && version.contains("Zahlendreher &lt;im&gt; Protokoll"))
            let api = try await anonymous.get("/api/v1/strategies/smart-city/text/versions/1/contributions").text
            #expect(api.contains("\"receivedOn\" : \"2026-01-15\""), "entered from the event: its corrected day")

            let first = try await fixture.database.read { db in
                try await db.raw("SELECT attendees FROM discussion_events WHERE id = \(bind: eventID)")
                    .first()?.decode(column: "attendees", as: Int.self)
            }
            #expect(first == 45, "the first record stays")
            await #expect(throws: (any Error).self) {
                try await fixture.database.write(.schema) { db in
                    try await db.raw("UPDATE discussion_event_corrections SET attendees = 1").run()
                }
            }
        }
    }
}
