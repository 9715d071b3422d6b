import FortschrittDocuments
import FortschrittDomain
import FortschrittStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import FortschrittServer

@Suite struct EditingTests {
    /// The sequence of the latest event of a measure, as the edit page carries it.
    static func seen(_ browser: Browser, _ number: String) async throws -> String {
        let page = try await browser.get("/massnahmen/\(number)/bearbeiten").text
        let marker = try #require(page.range(of: #"name="gesehen" value=""#))
        return String(page[marker.upperBound...].prefix { $0.isNumber })
    }

    @Test func anEditorChangesAStatusWithAReasonAndThePublicSeesItWithTheEditorAsActor() async throws {
        try await WebFixture.with { fixture in
            let anonymous = Browser(client: fixture.client)
            let before = try await anonymous.get("/massnahmen/1.4")
            let etag = try #require(before.headers[.eTag])

            let editor = try await fixture.browser(.editorOwn)
            let seen = try await Self.seen(editor, "1.4")
            let saved = try await editor.post(
                "/massnahmen/1.4/status",
                [
                    "status": "verzoegert", "seit": "2026-02-01",
                    "grund": "Lieferverzug beim Dienstleister", "gesehen": seen,
                ])
            #expect(saved.status == .seeOther)
            #expect(saved.location == "/massnahmen/1.4/bearbeiten?gespeichert=status")
            #expect(try await editor.get(saved.location!).text.contains("Der Status wurde gespeichert."))

            let history = try await fixture.catalogues.history(
                of: MeasureNumber("1.4")!, in: try await fixture.catalogues.strategies()[0])
            let last = try #require(history.last)
            #expect(last.actor == Person.editorOwn.email)
            #expect(last.reason == "Lieferverzug beim Dienstleister")
            #expect(last.effectiveDate == CalendarDate("2026-02-01"))

            // The public page changed, so the old ETag no longer matches.
            let after = try await anonymous.get("/massnahmen/1.4", headers: [.ifNoneMatch: etag])
            #expect(after.status == .ok)
            #expect(after.text.contains("verzögert") && after.text.contains("Lieferverzug beim Dienstleister"))
            #expect(!after.text.contains(Person.editorOwn.email), "the public does not see who typed it")

            // … and in the next council report.
            let strategy = try await fixture.catalogues.strategies()[0]
            let report = try await ReportGenerator(
                catalogues: fixture.catalogues, council: SQLCouncilRepository(database: fixture.database)
            ).generate(
                ReportRequest(
                    strategy: strategy, reportDate: CalendarDate("2026-06-30")!, baseline: CalendarDate("2020-12-31")!),
                as: .md)
            let text = String(decoding: report, as: UTF8.self)
            #expect(text.contains("Lieferverzug beim Dienstleister"), "the move is listed with its reason")
        }
    }

    @Test func aStatusThatNeedsAReasonIsRefusedNextToTheField() async throws {
        try await WebFixture.with { fixture in
            let editor = try await fixture.browser(.editorOwn)
            let response = try await editor.post(
                "/massnahmen/1.4/status",
                ["status": "verworfen", "seit": "2026-02-01", "gesehen": try await Self.seen(editor, "1.4")])
            #expect(response.status == .unprocessableContent)
            #expect(
                response.text.contains(
                    #"<p class="error" id="grund-error">Der Status „verworfen“ braucht einen Grund.</p>"#))
            #expect(response.text.contains(#"aria-describedby="grund-hint grund-error""#))
            // What was typed stays in the form.
            #expect(response.text.contains(#"<option value="verworfen" selected>"#))
            let badDate = try await editor.post(
                "/massnahmen/1.4/status", ["status": "etabliert", "seit": "demnächst", "gesehen": "0"])
            #expect(badDate.status == .unprocessableContent)
            #expect(badDate.text.contains(#"id="seit-error""#))

            // The rule's code is said in the page's language, from the string table.
            editor.set(cookie: Language.cookie, "en")
            let english = try await editor.post(
                "/massnahmen/1.4/status",
                ["status": "verworfen", "seit": "2026-02-01", "gesehen": try await Self.seen(editor, "1.4")])
            #expect(english.text.contains(#"<p class="error" id="grund-error">Status 'verworfen' needs a reason.</p>"#))
            let foreign = try await fixture.browser(.editorOther)
            foreign.set(cookie: Language.cookie, "en")
            #expect(try await foreign.get("/massnahmen/1.4/bearbeiten").text.contains("you may not edit it"))
            foreign.set(cookie: Language.cookie, "de")
            #expect(
                try await foreign.get("/massnahmen/1.4/bearbeiten").text.contains("Sie dürfen sie nicht bearbeiten"))
        }
    }

    @Test func aSaveOnTopOfSomeoneElsesChangeIsAConflictThatShowsTheirChange() async throws {
        try await WebFixture.with { fixture in
            let first = try await fixture.browser(.editorOwn)
            let second = try await fixture.browser(.admin)
            let seenByFirst = try await Self.seen(first, "1.5")
            let theirs = try await second.post(
                "/massnahmen/1.5/status",
                [
                    "status": "etabliert", "seit": "2026-03-01", "grund": "abgeschlossen",
                    "gesehen": try await Self.seen(second, "1.5"),
                ])
            #expect(theirs.status == .seeOther)
            let mine = try await first.post(
                "/massnahmen/1.5/status",
                [
                    "status": "verzoegert", "seit": "2026-03-02", "grund": "Personalmangel",
                    "gesehen": seenByFirst,
                ])
            #expect(mine.status == .conflict)
            #expect(mine.text.contains("Jemand anderes hat diese Maßnahme inzwischen geändert"))
            #expect(
                mine.text.contains("etabliert") && mine.text.contains(Person.admin.email)
                    && mine.text.contains("abgeschlossen"))
            #expect(mine.text.contains("Personalmangel"), "the editor's entry stays in the form")
            let history = try await fixture.catalogues.history(
                of: MeasureNumber("1.5")!, in: try await fixture.catalogues.strategies()[0])
            #expect(!history.contains { $0.reason == "Personalmangel" })
            #expect(history.last?.reason == "abgeschlossen")
        }
    }

    @Test func detailsAndNotesAreRecordedAndNotesStayInternal() async throws {
        try await WebFixture.with { fixture in
            let editor = try await fixture.browser(.editorOwn)
            let saved = try await editor.post(
                "/massnahmen/4.9/bearbeiten",
                [
                    "titel": "Queeres Leben in Mannheim (digital)", "beschreibung": "Neu beschrieben", "feld": "4",
                    "federfuehrung": "FB 15",
                    "beteiligte": "", "beginn": "", "ende": "", "wirksam": "2026-01-15", "grund": "Titel präzisiert",
                    "gesehen": try await Self.seen(editor, "4.9"),
                ])
            #expect(saved.status == .seeOther)
            #expect(
                try await editor.post("/massnahmen/4.9/notiz", ["notiz": "Nur intern: Budget klären"]).status
                    == .seeOther)
            let reader = try await fixture.browser(.reader)
            #expect(try await reader.get("/massnahmen/4.9").text.contains("Nur intern: Budget klären"))
            let publicPage = try await Browser(client: fixture.client).get("/massnahmen/4.9").text
            #expect(publicPage.contains("Queeres Leben in Mannheim (digital)"))
            #expect(!publicPage.contains("Budget klären"))
            let empty = try await editor.post("/massnahmen/4.9/notiz", ["notiz": "  "])
            #expect(empty.status == .unprocessableContent)
        }
    }

    @Test func editorsCannotHandTheLeadToADepartmentNotTheirs() async throws {
        try await WebFixture.with { fixture in
            let editor = try await fixture.browser(.editorOwn)
            let response = try await editor.post(
                "/massnahmen/1.4/bearbeiten",
                [
                    "titel": "Digitales Wahlmanagement", "feld": "1", "federfuehrung": "FB 12", "wirksam": "2026-01-02",
                    "gesehen": try await Self.seen(editor, "1.4"),
                ])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains(#"id="federfuehrung-error""#))
            let history = try await fixture.catalogues.history(
                of: MeasureNumber("1.4")!, in: try await fixture.catalogues.strategies()[0])
            #expect(!history.contains { $0.actor == Person.editorOwn.email })
        }
    }

    @Test func theChangeReachesTheNextGeneratedReport() async throws {
        try await WebFixture.with { fixture in
            let editor = try await fixture.browser(.editorOwn)
            _ = try await editor.post(
                "/massnahmen/1.4/status",
                [
                    "status": "verworfen", "seit": "2026-01-10", "grund": "Bundeslösung kommt",
                    "gesehen": try await Self.seen(editor, "1.4"),
                ])
            let strategy = try await fixture.catalogues.strategies()[0]
            let generator = ReportGenerator(
                catalogues: fixture.catalogues, council: SQLCouncilRepository(database: fixture.database))
            let report = try await generator.generate(
                ReportRequest(
                    strategy: strategy, reportDate: CalendarDate("2026-06-30")!,
                    baseline: CalendarDate("2020-12-31")!, paper: nil), as: .md)
            let text = String(decoding: report, as: UTF8.self)
            #expect(text.contains("Bundeslösung kommt"))
        }
    }
}
