import FortschrittDomain
import FortschrittStore
import Foundation
import Testing

@testable import FortschrittServer

@Suite struct EntryTests {
    static let page = "/verwaltung/eingaben/smart-city/2"

    static func letter(_ fields: [String: String] = [:]) -> [String: String] {
        [
            "kanal": "letter", "eingang": CalendarDate(Date()).iso, "quelle": "Brief vom heutigen Tag (Test)",
            "organisation": "Verband <Digital>", "abschnitt": "ethikpruefung", "zitat": "Ethikkommission",
            "text": "Bitte die Kommission <b>öffentlich</b> tagen lassen.",
        ].merging(fields) { $1 }
    }

    /// The office enters a letter from an organisation and one from a private person: both stand at
    /// their block with channel, source and day, in the API and the Abwägungstabelle; the private
    /// person stays unnamed and no sender can sign in or is ever mailed.
    @Test func lettersAreEnteredWithChannelAndSourceAndDecidedLikeComments() async throws {
        try await WebFixture.with { fixture in
            let admin = try await fixture.browser(.admin)
            let form = try await admin.get(Self.page)
            #expect(form.status == .ok && form.text.contains(#"name="quelle""#))
            let sent = try await admin.post(Self.page, Self.letter())
            #expect(sent.status == .seeOther)
            let organisation = try #require(sent.location?.split(separator: "=").last.flatMap { Int64($0) })
            let privately = try await admin.post(
                Self.page, Self.letter(["organisation": "", "zitat": "", "text": "Ein Brief ohne Namen."]))
            #expect(privately.status == .seeOther)

            let anonymous = try await fixture.browser(.anonymous)
            let block = try await anonymous.get(ContributionTests.block).text
            #expect(block.contains("Eingang per Brief: Brief vom heutigen Tag (Test)"))
            #expect(block.contains("Verband &lt;Digital&gt;") && block.contains("&lt;b&gt;öffentlich"))
            #expect(block.contains("Ein Brief ohne Namen.") && block.contains("Teilnehmer:in (ohne Namen)"))
            let api = try await anonymous.get("/api/v1/strategies/smart-city/text/versions/2/contributions").text
            #expect(
                api.contains(/"channel" ?: ?"letter"/) && api.contains(/"source" ?: ?"Brief vom heutigen Tag \(Test\)"/)
            )
            let table = try await anonymous.get("/strategien/smart-city/text/2/abwaegung.csv?anonym=1").text
            #expect(table.contains("Brief;Brief vom heutigen Tag (Test)") && table.contains("Verband <Digital>"))
            // A source is typed by hand and may name the private person: the anonymised table drops it.
            #expect(table.components(separatedBy: "Brief vom heutigen Tag (Test)").count == 2)
            #expect(table.contains("Brief;;"))
            let named = try await anonymous.get("/strategien/smart-city/text/2/abwaegung.csv").text
            #expect(named.components(separatedBy: "Brief vom heutigen Tag (Test)").count == 3)

            // Decided and published like an online comment: nobody is mailed, for no address is kept.
            let decided = try await admin.post(
                DecisionTests.page,
                ["beitrag-\(organisation)": "1", "ergebnis": "noted", "begruendung": "Die Sitzungen sind öffentlich."])
            #expect(decided.status == .seeOther)
            #expect(try await DecisionTests.publish(admin, DecisionTests.page).status == .seeOther)
            #expect(try await anonymous.get(ContributionTests.block).text.contains("Die Sitzungen sind öffentlich."))
            let mails = try await SQLMailOutbox(database: fixture.database).recent(limit: 50)
            #expect(!mails.contains { $0.message.to.hasSuffix(".invalid") })
            let senders = try await fixture.database.read { db in
                try await db.raw("SELECT email FROM participants WHERE entered_by IS NOT NULL").all().map {
                    try $0.decode(column: "email", as: String.self)
                }
            }
            let participants = SQLParticipantRepository(database: fixture.database)
            for sender in senders { #expect(try await participants.credentials(email: sender) == nil) }
            let listed = try await SQLModerationRepository(database: fixture.database).participants(
                named: "Verband", limit: 10)
            #expect(listed.isEmpty, "senders are no participants to give badges to")
        }
    }

    /// Every wrong entry is refused with the field named, and stores nothing.
    @Test func wrongEntriesAreRefusedAndChangeNothing() async throws {
        try await WebFixture.with { fixture in
            let admin = try await fixture.browser(.admin)
            let count = {
                try await fixture.database.read { db in
                    try #require(try await db.raw("SELECT COUNT(*) AS n FROM contributions").first())
                        .decode(column: "n", as: Int.self)
                }
            }
            let before = try await count()
            let tomorrow = CalendarDate(Date()).adding(days: 1).iso
            for (fields, says) in [
                (["quelle": ""], "Quelle"),
                (["eingang": tomorrow], "eingang"),
                (["eingang": "2001-01-01"], "eingang"),
                (["kanal": "online"], "kanal"),
                (["kanal": "event"], "Veranstaltung"),
                (["veranstaltung": "1"], "Veranstaltung"),
                (["zitat": "kommt nicht vor"], "Abschnitt"),
                (["abschnitt": "gibt-es-nicht"], "gibt-es-nicht"),
                (["text": "  "], "Text"),
                (["quelle": String(repeating: "x", count: 301)], "quelle"),
            ] {
                let refused = try await admin.post(Self.page, Self.letter(fields))
                #expect(refused.status == .unprocessableContent, "\(fields)")
                #expect(refused.text.contains(says), "\(fields): \(says)")
            }
            #expect(try await count() == before)
            // Only the strategy office enters contributions.
            for person in [Person.anonymous, .reader, .editorOwn, .moderator] {
                let browser = try await fixture.browser(person)
                let refused = try await browser.post(Self.page, Self.letter())
                #expect(!(refused.location ?? "").contains("gespeichert"), "\(person)")
            }
            #expect(try await count() == before)
        }
    }

    /// The demo has two letters and a contribution from its Bürgerforum on version 1, decided and
    /// shown with their channel in the Abwägungstabelle.
    @Test func theDemoHasLettersAndAnEventContribution() async throws {
        try await WebFixture.with { fixture in
            let anonymous = try await fixture.browser(.anonymous)
            let table = try await anonymous.get("/strategien/smart-city/text/1/abwaegung").text
            #expect(table.contains("Brief (Brief vom") && table.contains("Seniorenrat (Beispiel)"))
            #expect(table.contains("Veranstaltung (Wortmeldung im Bürgerforum (Beispiel))"))
            #expect(table.contains("nicht berücksichtigt"))
            let anonymised = try await anonymous.get("/strategien/smart-city/text/1/abwaegung?anonym=1").text
            #expect(anonymised.contains("Seniorenrat (Beispiel)"), "organisations keep their names")
        }
    }
}
