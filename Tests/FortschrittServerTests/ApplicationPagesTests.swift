import FortschrittDomain
import FortschrittStore
import Foundation
import Testing

@testable import FortschrittServer

/// Applications on the data platform: their pages name only open datasets; their keepers record them
/// and their findings; the strategy office puts a finding's question to a discussion, once.
@Suite struct ApplicationPagesTests {
    @Test func anApplicationNamesOnlyOpenDatasetsAndCountsTheOthers() async throws {
        try await WebFixture.with { fixture in
            let visitor = try await fixture.browser(.anonymous)
            let list = try await visitor.get("/daten/anwendungen").text
            #expect(list.contains("Hitzekarte (Beispiel)") && list.contains("Klimaresilienz"))
            let heat = try await visitor.get("/daten/anwendungen/hitzekarte").text
            #expect(
                heat.contains("href=\"/daten/temperatur-messnetz\"") && heat.contains("href=\"/daten/baumkataster\""))
            #expect(heat.contains("Soll die nächste Strategie ein Messnetz"), "the finding's question")
            let energy = try await visitor.get("/daten/anwendungen/energie-dashboard").text
            #expect(energy.contains("nicht öffentliche Datensätze: 1."))
            #expect(!energy.contains("energieverbrauch-gebaeude") && !energy.contains("Energieverbrauch städtischer"))
            let api = try await visitor.get("/api/v1/applications/energie-dashboard")
            let document = try JSONSerialization.jsonObject(with: Data(api.text.utf8)) as? [String: Any]
            #expect(document?["datasets"] as? [String] == [] && document?["nonPublicDatasets"] as? Int == 1)
            #expect(try await visitor.get("/daten/anwendungen/gibt-es-nicht").status == .notFound)
            #expect(try await visitor.get("/api/v1/applications/gibt-es-nicht").status == .notFound)
        }
    }

    @Test func keepersRecordApplicationsAndFindingsAndTheOfficePutsAQuestionToDiscussionOnce() async throws {
        try await WebFixture.with { fixture in
            let editor = try await fixture.browser(.editorOther)
            var fields = [
                "kennung": "laermkarte", "titel": "Lärmkarte <i>(Test)</i>", "zweck": "Lärm sichtbar machen.",
                "feld": "climate-resilience", "status": "planned", "fachbereich": "FB 12",
                "datensaetze": "baumkataster, gibt-es-nicht", "massnahmen": "1.1",
            ]
            let unknown = try await editor.post("/verwaltung/anwendungen/neu", fields)
            #expect(unknown.status == .unprocessableContent && unknown.text.contains("gibt-es-nicht"))
            #expect(unknown.text.contains("Lärmkarte &lt;i&gt;(Test)&lt;/i&gt;"), "shown again, escaped")
            fields["datensaetze"] = "baumkataster"
            fields["fachbereich"] = "FB 15"
            #expect(try await editor.post("/verwaltung/anwendungen/neu", fields).status == .unprocessableContent)
            fields["fachbereich"] = "FB 12"
            let created = try await editor.post("/verwaltung/anwendungen/neu", fields)
            #expect(created.location == "/verwaltung/anwendungen/laermkarte?gespeichert=1")
            let repository = SQLApplicationRepository(database: fixture.database)
            let stored = try #require(try await repository.application(slug: "laermkarte"))
            fields["stand"] = "\(stored.version)"
            fields["status"] = "pilot"
            #expect(
                try await editor.post("/verwaltung/anwendungen/laermkarte", fields).status == .unprocessableContent,
                "a change needs a reason")
            fields["grund"] = "Pilot gestartet."
            #expect(try await editor.post("/verwaltung/anwendungen/laermkarte", fields).status == .seeOther)
            #expect(try await editor.post("/verwaltung/anwendungen/laermkarte", fields).status == .unprocessableContent)
            #expect(try await repository.application(slug: "laermkarte")?.application.status == .pilot)

            // A finding: empty refused, then recorded; the editor cannot put its question to discussion.
            let empty = try await editor.post("/verwaltung/anwendungen/laermkarte/befunde", ["befund": " "])
            #expect(empty.status == .unprocessableContent)
            let recorded = try await editor.post(
                "/verwaltung/anwendungen/laermkarte/befunde",
                ["befund": "Nachts fehlen Messwerte.", "frage": "Braucht die Stadt ein Lärmmessnetz?"])
            #expect(recorded.location == "/verwaltung/anwendungen/laermkarte?befund=1")
            let finding = try #require(try await repository.findings(of: "laermkarte").first)
            let put = "/verwaltung/anwendungen/laermkarte/befunde/\(finding.id)/diskussion"
            #expect(try await editor.get(put).status == .forbidden)
            #expect(
                try await fixture.browser(.editorOwn).get("/verwaltung/anwendungen/laermkarte").status == .forbidden)

            // The office puts it to the open version's discussion: a contribution on the data platform channel.
            let admin = try await fixture.browser(.admin)
            let form = try await admin.get(put).text
            #expect(form.contains("value=\"smart-city/2/ethikpruefung\""))
            #expect(
                try await admin.post(put, ["abschnitt": "smart-city/2/gibt-es-nicht"]).status == .unprocessableContent)
            #expect(
                try await admin.post(put, ["abschnitt": "smart-city/1/ethikpruefung"]).status == .unprocessableContent)
            let done = try await admin.post(put, ["abschnitt": "smart-city/2/ethikpruefung"])
            #expect(done.location == "/verwaltung/anwendungen/laermkarte?diskussion=1")
            let contribution = try #require(try await repository.findings(of: "laermkarte").first?.contribution)
            let block = try await fixture.browser(.anonymous).get(
                "/strategien/smart-city/text/2/abschnitt/ethikpruefung")
            #expect(block.text.contains("Braucht die Stadt ein Lärmmessnetz?"))
            #expect(block.text.contains("Datenplattform"))
            let page = try await fixture.browser(.anonymous).get("/daten/anwendungen/laermkarte").text
            #expect(page.contains("#beitrag-\(contribution)"), "the application links the contribution")
            let again = try await admin.post(put, ["abschnitt": "smart-city/2/ethikpruefung"])
            #expect(again.status == .unprocessableContent, "once per finding")

            // Hidden by a moderator: the API no longer gives its id (the page renews with the moderation
            // page's own refresh of the cache, which this direct write skips).
            let moderator = try #require(fixture.accounts[.moderator])
            try await SQLModerationRepository(database: fixture.database).moderate(
                contribution, .hide(reason: "Test"), by: moderator, notice: nil, at: .now())
            let anonymous = try await fixture.browser(.anonymous)
            let api = try await anonymous.get("/api/v1/applications/laermkarte").text
            #expect(!api.contains("\"contribution\""), "no hidden contribution's id")
        }
    }
}
