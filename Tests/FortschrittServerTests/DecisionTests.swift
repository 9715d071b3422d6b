import FortschrittCLI
import FortschrittDocuments
import FortschrittDomain
import FortschrittExchange
import FortschrittStore
import FortschrittTestSupport
import Foundation
import HummingbirdTesting
import Testing

@testable import FortschrittServer

@Suite struct DecisionTests {
    static let page = "/verwaltung/abwaegung/smart-city/2"

    /// Staff decide on contributions to version 2 together, unseen by the public until the office
    /// publishes them; then each author is mailed, the block page and the API show the decision,
    /// and every step is in the append-only history.
    @Test func decisionsArePreparedTogetherAndPublishedAtOnce() async throws {
        try await WebFixture.with { fixture in
            let jo = try await ContributionTests.participant(fixture)
            var ids: [Int] = []
            for text in ["Bitte Open Source bevorzugen.", "Bitte auch Open Source."] {
                let sent = try await jo.post(ContributionTests.block + "/kommentar", ["kommentar": text])
                ids.append(try #require(sent.location?.split(separator: "#beitrag-").last.flatMap { Int($0) }))
            }
            let admin = try await fixture.browser(.admin)
            #expect(try await admin.get(Self.page).text.contains("Beitrag \(ids[0]) auswählen"))
            let chosen = Dictionary(uniqueKeysWithValues: ids.map { ("beitrag-\($0)", "1") })
            let noReason = try await admin.post(Self.page, chosen.merging(["ergebnis": "not-adopted"]) { $1 })
            #expect(noReason.status == .unprocessableContent && noReason.text.contains("braucht eine Begründung"))
            let prepared = try await admin.post(
                Self.page,
                chosen.merging(["ergebnis": "not-adopted", "begruendung": "Vergaberecht geht vor <b>."]) { $1 })
            #expect(prepared.status == .seeOther)
            // An editor decides only on blocks serving their departments' measures.
            let other = try await fixture.browser(.editorOther)
            let refused = try await other.post(
                Self.page, chosen.merging(["ergebnis": "noted", "begruendung": "Zur Kenntnis."]) { $1 })
            #expect(refused.status == .unprocessableContent)

            let anonymous = try await fixture.browser(.anonymous)
            #expect(!(try await anonymous.get(ContributionTests.block).text.contains("Vergaberecht")), "not yet public")
            let api = "/api/v1/strategies/smart-city/text/versions/2/contributions"
            #expect(!(try await anonymous.get(api).text.contains("Vergaberecht")))

            // A decision prepared after the page was read is not published with it.
            let reviewed = try await admin.get(Self.page).text
            let strategy = try #require(try await fixture.catalogues.strategies().first { $0.slug == "smart-city" })
            let second = try #require(
                try await SQLTextRepository(database: fixture.database).version(number: 2, of: strategy))
            let author = try #require(
                try await SQLParticipantRepository(database: fixture.database).participant(email: "jo@example.org"))
            let late = try await SQLContributionRepository(database: fixture.database).comment(
                on: second, anchor: QuoteAnchor(version: 2, block: BlockID("ethikpruefung")!), replyTo: nil,
                text: "Später.", by: author, today: CalendarDate(Date()), at: .now())
            #expect(
                try await admin.post(
                    Self.page, ["beitrag-\(late.id)": "1", "ergebnis": "noted", "begruendung": "Nach der Durchsicht."]
                ).status == .seeOther)
            var shown: [String: String] = [:]
            for match in reviewed.matches(of: /name="(gesehen-\d+)" value="(\d+)"/) {
                shown[String(match.1)] = String(match.2)
            }
            #expect(try await admin.post(Self.page + "/veroeffentlichen", shown).status == .seeOther)
            #expect(!(try await anonymous.get(ContributionTests.block).text.contains("Nach der Durchsicht.")))
            let block = try await anonymous.get(ContributionTests.block).text
            #expect(
                block.contains("Entscheidung der Stadt: nicht berücksichtigt")
                    && block.contains("Vergaberecht geht vor &lt;b&gt;."))
            #expect(try await anonymous.get(api).text.contains("not-adopted"))
            let mails = try await SQLMailOutbox(database: fixture.database).recent(limit: 20).filter {
                $0.message.kind == "decision-published"
            }
            #expect(mails.count == 2 && mails.allSatisfy { $0.message.to == "jo@example.org" })
            #expect(mails.allSatisfy { $0.message.body.contains("nicht berücksichtigt") })
            #expect(mails.allSatisfy { $0.message.unsubscribe?.scope == MailMessage.Unsubscribe.all }, "one-click link")
            let log = try await fixture.database.read { db in
                try await db.raw("SELECT action FROM decision_log ORDER BY id").all().map {
                    try $0.decode(column: "action", as: String.self)
                }
            }
            #expect(log.suffix(4) == ["prepared", "prepared", "published", "published"])
            await #expect(throws: (any Error).self) {
                try await fixture.database.write(.schema) { db in try await db.raw("DELETE FROM decision_log").run() }
            }
            // Publishing again publishes only the late one, and mails only its author once.
            #expect(try await Self.publish(admin, Self.page).status == .seeOther)
            #expect(
                try await SQLMailOutbox(database: fixture.database).recent(limit: 20).filter {
                    $0.message.kind == "decision-published"
                }.count == 3)
        }
    }

    /// The demo's decisions on version 1 are shown where version 2 changed: the comparison lists
    /// the contribution and its decision at the changed block.
    @Test func theComparisonShowsTheDecisionsThatLedToAChange() async throws {
        try await WebFixture.with { fixture in
            let anonymous = try await fixture.browser(.anonymous)
            let comparison = try await anonymous.get("/strategien/smart-city/text/1/vergleich/2").text
            #expect(comparison.contains("Beiträge, die zu dieser Änderung geführt haben"))
            #expect(comparison.contains("teilweise berücksichtigt") && comparison.contains("umgesetzt in Fassung 2"))
            // The anonymised table names organisations only, links to no contribution's page, and says only
            // that a contribution was hidden.
            let anonymised = try await anonymous.get("/strategien/smart-city/text/1/abwaegung?anonym=1").text
            #expect(anonymised.contains("Beispielverein Klimaschutz") && !anonymised.contains("Robin aus Neckarstadt"))
            #expect(!anonymised.contains("/beitraege/") && !anonymised.contains("einer Privatperson (Beispiel)"))
            let first = try await anonymous.get("/strategien/smart-city/text/1/abschnitt/ethikpruefung").text
            #expect(first.contains("/strategien/smart-city/text/2/abschnitt/ethikpruefung"), "links to the change")
            // A decision applied in a block that does not exist later is refused.
            let admin = try await fixture.browser(.admin)
            let wrong = try await admin.post(
                "/verwaltung/abwaegung/smart-city/1",
                ["beitrag-1": "1", "ergebnis": "adopted", "umgesetzt": "2/gibt-es-nicht"])
            #expect(wrong.status == .unprocessableContent)
        }
    }

    /// A version is adopted only once every contribution to the one before has a published decision
    /// that settles it ("in review" does not), and only after that one's discussion has closed.
    @Test func noAdoptionWhileThePredecessorsDecisionsAreOpen() async throws {
        try await WebFixture.with { fixture in
            let admin = try await fixture.browser(.admin)
            let today = CalendarDate(Date()).iso
            let first = "/verwaltung/abwaegung/smart-city/1"
            for (outcome, adopts) in [("in-review", false), ("noted", true)] {
                #expect(
                    try await admin.post(first, ["beitrag-1": "1", "ergebnis": outcome, "begruendung": "Geprüft."])
                        .status == .seeOther)
                #expect(try await Self.publish(admin, first).status == .seeOther)
                let answer = try await admin.post(Self.page + "/beschluss", ["datum": today])
                #expect(answer.status == (adopts ? .seeOther : .unprocessableContent), "after \(outcome)")
                if !adopts { #expect(answer.text.contains("1 Beiträge zu Fassung 1")) }
            }
            let twice = try await admin.post(Self.page + "/beschluss", ["datum": today])
            #expect(twice.status == .unprocessableContent && twice.text.contains("bereits beschlossen"))
            #expect(
                try await fixture.browser(.anonymous).get("/strategien/smart-city/text/2").text.contains(
                    "Vom Gemeinderat beschlossen am"))
            // Version 2 is still open for discussion: version 3 cannot be adopted yet.
            let (strategy, texts) = try await fixture.draftSmartCity(title: "Dritte")
            _ = try await texts.publishDraft(
                of: strategy, phase: try DiscussionPhase(opensOn: nil, closesOn: nil), actor: "test")
            let third = try await admin.post("/verwaltung/abwaegung/smart-city/3/beschluss", ["datum": today])
            #expect(third.status == .unprocessableContent && third.text.contains("läuft noch bis"))
            let future = try await admin.post("/verwaltung/abwaegung/smart-city/3/beschluss", ["datum": "2099-01-01"])
            #expect(future.status == .unprocessableContent)
            await #expect(throws: (any Error).self) {
                try await fixture.database.write(.schema) { db in try await db.raw("DELETE FROM text_adoptions").run() }
            }
        }
    }

    /// The office records a discussion held elsewhere; the version's page lists it with its minutes,
    /// whose Markdown is rendered and whose HTML is not.
    @Test func eventsAreRecordedAndShownWithTheirMinutes() async throws {
        try await WebFixture.with { fixture in
            let admin = try await fixture.browser(.admin)
            let event = "/verwaltung/abwaegung/smart-city/2/veranstaltung"
            let fields = [
                "datum": "2026-11-20", "format": "expert-talk", "ort": "Technisches Rathaus", "teilnehmende": "8",
                "protokoll": "Erster Punkt: *Daten*.\n\nZweiter Punkt: <script>alert(1)</script>",
            ]
            let refused = try await admin.post(event, fields.merging(["teilnehmende": "-1"]) { $1 })
            #expect(refused.status == .unprocessableContent)
            #expect(try await admin.post(event, fields).status == .seeOther)
            let page = try await fixture.browser(.anonymous).get("/strategien/smart-city/text/2").text
            #expect(page.contains("Fachgespräch, Technisches Rathaus, 8 Teilnehmende"))
            #expect(page.contains("<em>Daten</em>") && !page.contains("<script>alert"))
            // The demo's forum on version 1.
            let first = try await fixture.browser(.anonymous).get("/strategien/smart-city/text/1").text
            #expect(first.contains("Bürgerforum"))
            #expect(try await fixture.browser(.editorOwn).post(event, fields).status == .forbidden)
            await #expect(throws: (any Error).self) {
                try await fixture.database.write(.schema) { db in
                    try await db.raw("UPDATE discussion_events SET attendees = 0").run()
                }
            }
        }
    }

    /// Publishes what the page shows as prepared (the form carries each decision's preparation time).
    static func publish(_ browser: Browser, _ page: String) async throws -> TestResponse {
        let html = try await browser.get(page).text
        var fields: [String: String] = [:]
        for match in html.matches(of: /name="(gesehen-\d+)" value="(\d+)"/) {
            fields[String(match.1)] = String(match.2)
        }
        return try await browser.post(page + "/veroeffentlichen", fields)
    }

    /// The demo's Abwägungstabelle of version 1 (its decisions published), compared with stored
    /// references: the live CSV in two variants, and the table as `serve --demo` laid it before the
    /// council — its DOCX's document part and its CSV. The demo's dates are fixed by its day, and the
    /// DOCX's bytes by its fixed times.
    @Test func theDemosTableOfDecisionsMatchesItsReference() async throws {
        let test = try await TestDatabase.make()
        do {
            let repositories = Repositories(database: test.database, hasher: BcryptPasswordHasher(cost: 4))
            let today = try #require(CalendarDate("2026-10-01"))
            try await DemoSeed.load(repositories, today: today)
            let smartCity = try #require(
                try await repositories.catalogues.strategies().first { $0.slug == DemoData.smartCity.slug })
            for (name, withText, anonymised) in [("abwaegung-1", true, false), ("abwaegung-1-ohne-text", false, true)] {
                let model = try #require(
                    try await DecisionTableModel.load(
                        smartCity, number: 1, texts: repositories.texts, contributions: repositories.contributions,
                        decisions: repositories.decisions, council: repositories.council, siteName: "Test",
                        withText: withText, anonymised: anonymised))
                let page = PageContext(language: .de, account: nil, csrfToken: "", location: model.path)
                try PageSnapshotTests.compare(model.csv(page), with: name, ext: "csv")
                #expect(model.rows.count == 8 && model.rows.allSatisfy { $0.decision != nil })
            }
            let council = repositories.council
            let table = try #require(try await council.publishedDecisionTables().first)
            let docx = try #require(try await council.publishedDocument(decisionTable: table.id, format: "docx"))
            let xml = try DecisionTableTests.document(docx)
            try PageSnapshotTests.compare(
                xml.replacingOccurrences(of: "<w:p>", with: "\n<w:p>").replacingOccurrences(
                    of: "<w:tr>", with: "\n<w:tr>")
                    + "\n",
                with: "abwaegung-1-rat", ext: "docx.xml")
            // Rendered again from the same data, the same bytes: no clock in the archive.
            let again = try #require(
                try await DecisionTableModel.load(
                    smartCity, number: 1, texts: repositories.texts, contributions: repositories.contributions,
                    decisions: repositories.decisions, council: council, siteName: "Test", withText: true,
                    anonymised: true))
            let german = PageContext(language: .de, account: nil, csrfToken: "", location: again.path)
            #expect(try again.docx(german, paper: table.paper) == docx)
            let csv = try #require(try await council.publishedDocument(decisionTable: table.id, format: "csv"))
            try PageSnapshotTests.compare(String(decoding: csv, as: UTF8.self), with: "abwaegung-1-rat", ext: "csv")
            #expect(
                DocumentHashes.sha256(docx) == table.hashes["docx"] && DocumentHashes.sha256(csv) == table.hashes["csv"]
            )
        } catch {
            await test.close()
            throw error
        }
        await test.close()
    }
}
