import FortschrittDomain
import FortschrittMail
import FortschrittStore
import FortschrittTestSupport
import Foundation
import Logging
import Testing

@testable import FortschrittServer

@Suite struct RegistrationTests {
    static let form = [
        "email": "Buerger@Example.org ", "anzeigename": "Jo  Beispiel", "passwort": "ein-langes-passwort",
        "einwilligung": "1",
    ]

    /// Register, receive the mail at a real SMTP server, confirm through its link: double opt-in.
    @Test func registrationIsConfirmedThroughTheMailedLink() async throws {
        try await WebFixture.with { fixture in
            let browser = Browser(client: fixture.client)
            _ = try await browser.get("/registrieren")
            let sent = try await browser.post("/registrieren", Self.form)
            #expect(sent.status == .ok && sent.text.contains("Wir haben eine Nachricht an die angegebene Adresse"))
            let participants = SQLParticipantRepository(database: fixture.database)
            let registered = try #require(try await participants.participant(email: "buerger@example.org"))
            #expect(registered.confirmedAt == nil && registered.displayName == "Jo Beispiel")
            #expect(registered.consentToPublishAt == nil, "publishing is consented to separately")

            let server = try TestSMTPServer()
            let delivery = MailDelivery(
                outbox: SQLMailOutbox(database: fixture.database),
                sender: SMTPSender(
                    configuration: try SMTPConfiguration(url: server.url),
                    composer: try MailComposer(fromAddress: "beteiligung@stadt.example", fromName: "Stadt")),
                logger: Logger(label: "test"))
            while try await delivery.deliverNext() {}
            let mail = try #require(try await server.waitFor(1).first)
            #expect(
                mail.rcptTos == ["buerger@example.org"] && mail.subject == "Bitte bestätigen Sie Ihre E-Mail-Adresse")
            let link = try #require(
                mail.body.split(whereSeparator: \.isNewline).first { $0.contains("/registrieren/bestaetigen?t=") })
            let start = try #require(link.range(of: "/registrieren")).lowerBound
            let path = String(link[start...]).trimmingCharacters(in: .whitespacesAndNewlines)

            // Opening the link (a mail scanner does too) confirms nothing; the button does.
            let page = try await browser.get(path)
            #expect(page.status == .ok && page.text.contains("Adresse bestätigen"), "\(path): \(page.status)")
            #expect(try await participants.participant(email: "buerger@example.org")?.confirmedAt == nil)
            let token = String(path.split(separator: "=").last ?? "")
            let confirmed = try await browser.post("/registrieren/bestaetigen", ["t": token])
            #expect(confirmed.status == .ok && confirmed.text.contains("Ihre Adresse ist bestätigt"))
            #expect(try await participants.participant(email: "buerger@example.org")?.confirmedAt != nil)
            #expect(try await browser.post("/registrieren/bestaetigen", ["t": token]).status == .notFound, "once")
        }
    }

    @Test func aKnownAddressLearnsNothingAndMistakesAreNamed() async throws {
        try await WebFixture.with { fixture in
            let browser = Browser(client: fixture.client)
            _ = try await browser.get("/registrieren")
            let first = try await browser.post("/registrieren", Self.form)
            var again = Self.form
            again["anzeigename"] = "Jemand anderes"
            let second = try await browser.post("/registrieren", again)
            #expect(first.status == second.status && second.text.contains("Wir haben eine Nachricht"))
            let kinds = try await SQLMailOutbox(database: fixture.database).recent(limit: 10).map(\.message.kind)
            #expect(kinds == ["already-registered", "confirm-address"])
            #expect(
                try await SQLParticipantRepository(database: fixture.database).participant(
                    email: "buerger@example.org")?
                    .displayName == "Jo Beispiel")

            for (field, value, message) in [
                ("einwilligung", "", "Zum Mitmachen brauchen wir Ihre Einwilligung"),
                ("anzeigename", "jo@example.org", "bitte keine E-Mail-Adresse"),
                ("passwort", "kurz", "mindestens 12 Zeichen"), ("email", "kein-at", "ist keine E-Mail-Adresse"),
            ] {
                var form = Self.form
                form["email"] = "neu-\(field)@example.org"
                form[field] = value
                let refused = try await browser.post("/registrieren", form)
                #expect(refused.status == .unprocessableContent && refused.text.contains(message), "\(field)")
            }
            #expect(try await SQLMailOutbox(database: fixture.database).recent(limit: 10).count == 2)
        }
    }

    @Test func unconfirmedRegistrationsExpire() async throws {
        try await WebFixture.with { fixture in
            let participants = SQLParticipantRepository(database: fixture.database)
            let registration = try Registration(
                email: "spaet@example.org", displayName: "Spät", consentToProcess: true, consentToPublish: true
            ).checked(password: "ein-langes-passwort")
            let then = RecordedTime(microseconds: RecordedTime.now().microseconds - 49 * 3_600_000_000)
            let mail = MailMessage(kind: "confirm-address", to: "spaet@example.org", subject: "s", body: "b")
            try await participants.register(
                registration, passwordHash: "x", tokenHash: "h", at: then, confirmation: mail, alreadyRegistered: mail)
            #expect(try await participants.confirm(tokenHash: "h", at: .now()) == nil, "the link has lapsed")
            #expect(try await participants.expireUnconfirmed(at: .now()) == 1)
            #expect(try await participants.participant(email: "spaet@example.org") == nil)
        }
    }
}

@Suite struct ParticipantSignInTests {
    /// A confirmed participant signs in into a session of their own: their name in the header, pages
    /// no longer from the cache, and no staff page open to them.
    @Test func confirmedParticipantsSignInAndStayOutOfStaffPages() async throws {
        try await WebFixture.with { fixture in
            let participants = SQLParticipantRepository(database: fixture.database)
            let hash = try await BcryptPasswordHasher(cost: 4).hash("ein-langes-passwort")
            let registration = try Registration(
                email: "jo@example.org", displayName: "Jo Beispiel", consentToProcess: true, consentToPublish: true
            ).checked(password: "ein-langes-passwort")
            let mail = MailMessage(kind: "confirm-address", to: "jo@example.org", subject: "s", body: "b")
            try await participants.register(
                registration, passwordHash: hash, tokenHash: "token", at: .now(), confirmation: mail,
                alreadyRegistered: mail)

            let browser = Browser(client: fixture.client)
            _ = try await browser.get("/beteiligung/anmelden")
            let early = try await browser.post(
                "/beteiligung/anmelden", ["email": "jo@example.org", "passwort": "ein-langes-passwort"])
            #expect(early.status == .forbidden && early.text.contains("Bitte bestätigen Sie zuerst Ihre Adresse"))
            _ = try await participants.confirm(tokenHash: "token", at: .now())
            let wrong = try await browser.post(
                "/beteiligung/anmelden", ["email": "jo@example.org", "passwort": "falsches-passwort"])
            #expect(wrong.status == .unauthorized)
            let signedIn = try await browser.post(
                "/beteiligung/anmelden", ["email": "JO@example.org", "passwort": "ein-langes-passwort"])
            #expect(signedIn.status == .seeOther && signedIn.location == "/strategien")
            let page = try await browser.get("/strategien/smart-city/text")
            #expect(page.text.contains(#"<a class="who" href="/beteiligung/konto">Jo Beispiel</a>"#))
            #expect(page.headers[.cacheControl] == "no-store", "a signed-in page is never kept for others")
            #expect(try await browser.get("/arbeitsbereich").location?.hasPrefix("/anmelden") == true)
            #expect(try await browser.get("/verwaltung/benutzer").location?.hasPrefix("/anmelden") == true)
            #expect(try await browser.post("/abmelden").status == .seeOther)
            #expect(!(try await browser.get("/strategien").text.contains("Jo Beispiel")))
        }
    }
}
