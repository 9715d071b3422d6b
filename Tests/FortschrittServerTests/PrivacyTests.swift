import FortschrittDomain
import FortschrittStore
import FortschrittTestSupport
import Foundation
import HTTPTypes
import Testing

@testable import FortschrittServer

@Suite struct PrivacyTests {
    static let email = "erika.unverwechselbar@example.org"
    static let name = "Erika Unverwechselbar"
    static let block = ContributionTests.block

    @Test func guessingThePasswordAtTheErasureIsThrottledLikeTheSignIn() async throws {
        try await WebFixture.with { fixture in
            let erika = try await Self.register(fixture)
            var statuses: [HTTPResponse.Status] = []
            for attempt in 0..<4 {
                if attempt == 3 {
                    // A minute's pause from here on: a busy machine's slow request cannot outlast it.
                    try await fixture.database.write(.schema) { db in
                        try await db.raw("UPDATE login_failures SET failures = failures + 6").run()
                    }
                }
                statuses.append(
                    try await erika.post("/beteiligung/konto/loeschen", ["passwort": "falsch-falsch-falsch"]).status)
            }
            #expect(statuses.prefix(3).allSatisfy { $0 == .unprocessableContent } && statuses[3] == .tooManyRequests)
            #expect(
                try await SQLParticipantRepository(database: fixture.database).participant(email: Self.email) != nil)
        }
    }

    /// Registers through the pages, confirms through the mailed link and signs in.
    static func register(_ fixture: WebFixture) async throws -> Browser {
        let browser = Browser(client: fixture.client)
        _ = try await browser.get("/registrieren")
        let sent = try await browser.post(
            "/registrieren",
            [
                "email": email, "anzeigename": name, "passwort": "ein-langes-passwort", "einwilligung": "1",
                "veroeffentlichung": "1",
            ])
        #expect(sent.status == .ok)
        let mail = try #require(
            try await SQLMailOutbox(database: fixture.database).recent(limit: 20).first { $0.message.to == email })
        let token = try #require(mail.message.body.split(separator: "?t=").last?.prefix { !$0.isWhitespace })
        _ = try await browser.get("/registrieren/bestaetigen?t=\(token)")
        #expect(try await browser.post("/registrieren/bestaetigen", ["t": String(token)]).status == .ok)
        _ = try await browser.get("/beteiligung/anmelden")
        let signedIn = try await browser.post(
            "/beteiligung/anmelden", ["email": email, "passwort": "ein-langes-passwort"])
        #expect(signedIn.status == .seeOther)
        _ = try await browser.get(block)
        return browser
    }

    /// A participant takes part, downloads their data, and erases the account. Afterwards neither
    /// name nor address is anywhere: not in any table of the database, not on any page or in any
    /// answer of the API for anyone, admins and moderators included. Their comment stays under a
    /// pseudonym.
    @Test func anErasedParticipantIsFoundNowhere() async throws {
        try await WebFixture.with { fixture in
            let erika = try await Self.register(fixture)
            let sent = try await erika.post(Self.block + "/kommentar", ["kommentar": "Mein Beitrag bleibt."])
            let id = try #require(sent.location?.split(separator: "#beitrag-").last.flatMap { Int($0) })
            #expect(try await erika.post(Self.block + "/zustimmung", ["wert": "agree"]).status == .seeOther)
            #expect(try await erika.post("/beitraege/1/melden", ["grund": "Gehört nicht hierher."]).status == .ok)
            // Registering again with the address queues a mail to it: that must go too.
            _ = try await Browser(client: fixture.client).post(
                "/registrieren",
                ["email": Self.email, "anzeigename": "Nochmal", "passwort": "ein-langes-passwort", "einwilligung": "1"])

            let account = try await erika.get("/beteiligung/konto")
            #expect(account.status == .ok && account.text.contains(Self.email))
            let download = try await erika.get("/beteiligung/konto/daten.json")
            #expect(download.headers[.contentDisposition]?.contains("attachment") == true)
            let data = try #require(try JSONSerialization.jsonObject(with: Data(download.text.utf8)) as? [String: Any])
            #expect((data["account"] as? [String: Any])?["email"] as? String == Self.email)
            #expect((data["contributions"] as? [[String: Any]])?.first?["text"] as? String == "Mein Beitrag bleibt.")
            #expect((data["agreements"] as? [[String: Any]])?.count == 1)
            #expect((data["reports"] as? [[String: Any]])?.first?["reason"] as? String == "Gehört nicht hierher.")

            let wrong = try await erika.post("/beteiligung/konto/loeschen", ["passwort": "falsch-falsch-falsch"])
            #expect(wrong.status == .unprocessableContent && wrong.text.contains("Das Passwort stimmt nicht."))
            let erased = try await erika.post("/beteiligung/konto/loeschen", ["passwort": "ein-langes-passwort"])
            #expect(erased.status == .ok && erased.text.contains("Ihr Konto wurde gelöscht."))

            let dump = try await DatabaseFingerprint.dump(fixture.database)
            #expect(!dump.contains(Self.email) && !dump.contains(Self.name), "the database still holds them")
            #expect(dump.contains("Mein Beitrag bleibt."))
            for person in [Person.anonymous, .admin, .moderator, .reader] {
                let browser = try await fixture.browser(person)
                for row in RouteMatrixTests.rows(readerID: 0) where row.form == nil {
                    let text = try await browser.get(row.url).text
                    #expect(!text.contains(Self.email) && !text.contains(Self.name), "\(row.url) as \(person)")
                }
                for url in [Self.block, "/verwaltung/moderation/\(id)", "/verwaltung/postausgang"] {
                    let text = try await browser.get(url).text
                    #expect(!text.contains(Self.email) && !text.contains(Self.name), "\(url) as \(person)")
                }
            }
            let page = try await fixture.browser(.anonymous).get(Self.block).text
            #expect(page.contains("Mein Beitrag bleibt.") && page.contains("Ehemalige:r Teilnehmende:r"))
            // The old session and the old password are gone.
            #expect(try await erika.get("/beteiligung/konto").location?.hasPrefix("/beteiligung/anmelden") == true)
            let again = Browser(client: fixture.client)
            _ = try await again.get("/beteiligung/anmelden")
            let refused = try await again.post(
                "/beteiligung/anmelden", ["email": Self.email, "passwort": "ein-langes-passwort"])
            #expect(refused.status == .unauthorized)
        }
    }

    @Test func erasingWithTheContributionsWithdrawsTheirText() async throws {
        try await WebFixture.with { fixture in
            let erika = try await Self.register(fixture)
            let sent = try await erika.post(Self.block + "/kommentar", ["kommentar": "Bitte mit löschen."])
            let id = try #require(sent.location?.split(separator: "#beitrag-").last.flatMap { Int($0) })
            // A report on it waits until the erasure answers it: nothing is left to moderate.
            let kim = try await ContributionTests.participant(fixture, email: "kim@example.org", name: "Kim")
            #expect(try await kim.post("/beitraege/\(id)/melden", ["grund": "Zu persönlich."]).status == .ok)
            let participant = try #require(
                try await SQLParticipantRepository(database: fixture.database).participant(email: Self.email))
            let erased = try await erika.post(
                "/beteiligung/konto/loeschen", ["passwort": "ein-langes-passwort", "beitraege": "1"])
            #expect(erased.status == .ok)
            let page = try await fixture.browser(.anonymous).get(Self.block).text
            #expect(
                !page.contains("Bitte mit löschen.")
                    && page.contains("Von der Verfasserin oder dem Verfasser gelöscht."))
            let dump = try await DatabaseFingerprint.dump(fixture.database)
            #expect(!dump.contains("Bitte mit löschen.") && !dump.contains(Self.email))
            #expect(dump.contains("account erased; contributions withdrawn"))
            let queue = try await fixture.browser(.moderator).get("/verwaltung/moderation").text
            #expect(!queue.contains("Zu persönlich."), "the report on a withdrawn contribution is answered")
            // A write begun with the session read before the erasure is refused.
            let strategy = try #require(try await fixture.catalogues.strategies().first { $0.slug == "smart-city" })
            let version = try #require(
                try await SQLTextRepository(database: fixture.database).version(number: 2, of: strategy))
            await #expect(throws: RuleViolation.self) {
                _ = try await SQLContributionRepository(database: fixture.database).comment(
                    on: version, anchor: QuoteAnchor(version: 2, block: BlockID("ethikpruefung")!), replyTo: nil,
                    text: "Zu spät.", by: participant, today: CalendarDate(Date()), at: .now())
            }

        }
    }
}
