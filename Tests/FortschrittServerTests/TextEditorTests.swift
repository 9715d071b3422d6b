import FortschrittDomain
import FortschrittStore
import Foundation
import Testing

@testable import FortschrittServer

@Suite struct TextEditorTests {
    static let editor = "/verwaltung/texte/smart-city"

    /// The office edits the next version in the browser: a corrected paragraph keeps its id, a new
    /// one gets one, a removed one is named; the matching is shown and saved only as checked; the
    /// draft is then published with its discussion phase.
    @Test func theNextVersionIsWrittenCheckedSavedAndPublishedInTheBrowser() async throws {
        try await WebFixture.with { fixture in
            // Jo comments on a block that will change and on one that will be removed.
            let jo = try await ContributionTests.participant(fixture)
            #expect(
                try await jo.post(ContributionTests.block + "/kommentar", ["kommentar": "Zum Namen."]).status
                    == .seeOther)
            let admin = try await fixture.browser(.admin)
            let page = try await admin.get(Self.editor)
            #expect(page.status == .ok && page.text.contains("{#ethikpruefung}"), "begins from the latest version")
            let strategy = try #require(try await fixture.catalogues.strategies().first { $0.slug == "smart-city" })
            let texts = SQLTextRepository(database: fixture.database)
            let second = try #require(try await texts.version(number: 2, of: strategy))
            // Every block without its id: the matching must find them again.
            var blocks = second.blocks
            let ethics = try #require(blocks.firstIndex { $0.id.text == "ethikpruefung" })
            blocks[ethics].text = blocks[ethics].text.replacingOccurrences(of: "Elisa Weber", with: "Elisa Weber-Roth")
            let removed = blocks.remove(at: blocks.count - 1)
            let goneBlock = "/strategien/smart-city/text/2/abschnitt/\(removed.id.text)"
            #expect(try await jo.post(goneBlock + "/kommentar", ["kommentar": "Zum Schluss."]).status == .seeOther)
            var markdown = TextMarkdownWriter.markdown(blocks).replacingOccurrences(
                of: #"\{#[a-z0-9-]+\}"#, with: "", options: .regularExpression)
            markdown += "\n\nEin ganz neuer Absatz über offene Schnittstellen."
            // As browsers send a text area: line breaks as CRLF.
            let fields = [
                "titel": "Dritte Fassung", "notiz": "Namen korrigiert.",
                "text": markdown.replacingOccurrences(of: "\n", with: "\r\n"),
            ]

            let checked = try await admin.post(Self.editor, fields.merging(["aktion": "pruefen"]) { $1 })
            #expect(checked.status == .ok && checked.text.contains("Zuordnung der Abschnitte"))
            #expect(checked.text.contains("geändert (") && checked.text.contains("neu<"))
            #expect(checked.text.contains(removed.id.text) && checked.text.contains("entfällt"))
            #expect(
                try await texts.versions(of: strategy).allSatisfy { $0.state == .published }, "a check saves nothing")
            let digest = try #require(
                checked.text.range(of: #"name="geprueft" value=""#).map {
                    String(checked.text[$0.upperBound...].prefix { $0 != "\"" })
                })

            // A text changed after the check is checked again, not saved.
            var changed = fields
            changed["text"] = markdown + "\n\nNoch ein Absatz."
            let again = try await admin.post(
                Self.editor, changed.merging(["aktion": "speichern", "geprueft": digest]) { $1 })
            #expect(again.text.contains("seit der Prüfung geändert"))
            #expect(try await texts.versions(of: strategy).allSatisfy { $0.state == .published })

            let saved = try await admin.post(
                Self.editor, fields.merging(["aktion": "speichern", "geprueft": digest]) { $1 })
            #expect(saved.status == .seeOther && saved.location == Self.editor + "?gespeichert=1")
            let draft = try #require(try await texts.versions(of: strategy).last { $0.state == .draft })
            #expect(draft.block(BlockID("ethikpruefung")!)?.text.contains("Weber-Roth") == true, "edited, same id")
            #expect(draft.block(removed.id) == nil && draft.blocks.count == blocks.count + 1)

            let refused = try await admin.post(
                Self.editor + "/veroeffentlichen", ["beginn": "2027-02-01", "ende": "2027-01-01"])
            #expect(refused.status == .unprocessableContent)
            let published = try await admin.post(
                Self.editor + "/veroeffentlichen", ["beginn": "2027-01-10", "ende": "2027-02-28", "vormoderation": "1"])
            #expect(published.status == .seeOther && published.location == "/strategien/smart-city/text/3")
            let third = try #require(try await texts.version(number: 3, of: strategy))
            // Jo hears what became of both: the changed block's new place, the removed one's old place.
            let told = try await SQLMailOutbox(database: fixture.database).recent(limit: 30).filter {
                $0.message.kind == "comment-block-changed"
            }
            #expect(told.count == 2 && told.allSatisfy { $0.message.to == "jo@example.org" })
            #expect(told.allSatisfy { $0.message.unsubscribe?.scope == MailMessage.Unsubscribe.all }, "one-click link")
            #expect(told.contains { $0.message.body.contains("/text/3/abschnitt/ethikpruefung") })
            #expect(told.contains { $0.message.body.contains("/text/2/abschnitt/\(removed.id.text)") })
            #expect(third.state == .published && third.moderation == .pre && third.title == "Dritte Fassung")
            #expect(try await fixture.browser(.anonymous).get("/strategien/smart-city/text/3").status == .ok)
            #expect(try await fixture.browser(.editorOwn).get(Self.editor).status == .forbidden)
        }
    }
}
