import FortschrittDomain
import FortschrittStore
import Foundation
import Testing

@testable import FortschrittServer

@Suite struct ContributionTests {
    /// A confirmed participant, signed in: their browser.
    static func participant(
        _ fixture: WebFixture, email: String = "jo@example.org", name: String = "Jo Beispiel", publish: Bool = true
    ) async throws -> Browser {
        let participants = SQLParticipantRepository(database: fixture.database)
        let registration = try Registration(
            email: email, displayName: name, consentToProcess: true, consentToPublish: publish
        ).checked(password: "ein-langes-passwort")
        let mail = MailMessage(kind: "confirm-address", to: email, subject: "s", body: "b")
        try await participants.register(
            registration, passwordHash: try await BcryptPasswordHasher(cost: 4).hash("ein-langes-passwort"),
            tokenHash: email, at: .now(), confirmation: mail, alreadyRegistered: mail)
        _ = try await participants.confirm(tokenHash: email, at: .now())
        let browser = Browser(client: fixture.client)
        _ = try await browser.get("/beteiligung/anmelden")
        let signedIn = try await browser.post(
            "/beteiligung/anmelden", ["email": email, "passwort": "ein-langes-passwort"])
        #expect(signedIn.status == .seeOther)
        _ = try await browser.get(block)  // the forms' token now comes from the new session
        return browser
    }

    static let block = "/strategien/smart-city/text/2/abschnitt/ethikpruefung"

    @Test func participantsCommentWithAQuoteReplyAndAgreeAndEveryoneSeesIt() async throws {
        try await WebFixture.with { fixture in
            let jo = try await Self.participant(fixture)
            let page = try await jo.get(Self.block)
            #expect(page.status == .ok && page.text.contains("Kommentar senden") && page.text.contains(#"id="zitat""#))

            let sent = try await jo.post(
                Self.block + "/kommentar", ["kommentar": "Wer wählt die Kommission?", "zitat": "Elisa  Weber"])
            #expect(sent.status == .seeOther)
            let id = try #require(sent.location?.split(separator: "#beitrag-").last.flatMap { Int($0) })
            #expect(
                try await jo.post(Self.block + "/kommentar", ["kommentar": "Genau.", "antwort": "\(id)"]).status
                    == .seeOther)
            #expect(try await jo.post(Self.block + "/zustimmung", ["wert": "disagree"]).status == .seeOther)
            #expect(try await jo.post(Self.block + "/zustimmung", ["wert": "agree"]).status == .seeOther, "changeable")
            let quiet = try await Self.participant(fixture, email: "anon@example.org", name: "Anon", publish: false)
            #expect(try await quiet.post(Self.block + "/kommentar", ["kommentar": "Ohne Namen."]).status == .seeOther)

            let anonymous = Browser(client: fixture.client)
            let view = try await anonymous.get(Self.block).text
            #expect(view.contains("Wer wählt die Kommission?") && view.contains("<q>Elisa Weber</q>"))
            #expect(view.contains("Genau.") && view.contains("Jo Beispiel"))
            #expect(view.contains("Teilnehmer:in (ohne Namen)") && !view.contains("Anon<"), "no name without consent")
            #expect(view.contains("Zustimmung: 1, Ablehnung: 0"))
            #expect(view.contains("Melden Sie sich an, um zu kommentieren"))
            let version = try await anonymous.get("/strategien/smart-city/text/2").text
            #expect(version.contains("3 Kommentare, 1 Zustimmung, 0 Ablehnung"))
            #expect(version.contains(#"aria-label="Kommentieren: Abschnitt ethikpruefung""#))
            let permalink = try await anonymous.get("/beitraege/\(id)")
            #expect(permalink.status == .seeOther && permalink.location == Self.block + "#beitrag-\(id)")
        }
    }

    @Test func whatCannotBeSaidIsRefusedWithItsReasonAndChangesNothing() async throws {
        try await WebFixture.with { fixture in
            let jo = try await Self.participant(fixture)
            let before = try await SQLContributionRepository(database: fixture.database).lastChanges()
            for (fields, message) in [
                (["kommentar": "x", "zitat": "Robin"], "Die zitierten Worte stehen nicht in diesem Abschnitt"),
                (["kommentar": "   "], "Ein Kommentar braucht einen Text."),
                (["kommentar": "x", "antwort": "999"], "Diesen Beitrag gibt es nicht."),
            ] {
                let refused = try await jo.post(Self.block + "/kommentar", fields)
                #expect(
                    refused.status == .unprocessableContent && refused.text.contains(message),
                    "\(fields): \(refused.status) \(refused.text.prefix(3000))")
            }
            // Version 1's discussion has closed.
            let closed = try await jo.post(
                "/strategien/smart-city/text/1/abschnitt/ethikpruefung/kommentar", ["kommentar": "Zu spät"])
            #expect(closed.status == .unprocessableContent && closed.text.contains("nicht zur Diskussion geöffnet"))
            // Staff and anonymous visitors are sent to the participants' sign-in.
            let staff = try await fixture.browser(.admin)
            let redirected = try await staff.post(Self.block + "/kommentar", ["kommentar": "Als Amt"])
            #expect(redirected.location?.hasPrefix("/beteiligung/anmelden?weiter=") == true)
            #expect(try await SQLContributionRepository(database: fixture.database).lastChanges() == before)
        }
    }

    /// Text pages are kept per their version's discussion: a comment on version 2 renews version 2's
    /// page, not version 1's nor the catalogue's.
    @Test func aNewContributionRenewsOnlyItsVersionsPages() async throws {
        try await WebFixture.with { fixture in
            let anonymous = try await fixture.browser(.anonymous)
            var tags: [String: String] = [:]
            let pages = ["/strategien/smart-city/text/1", "/strategien/smart-city/text/2", "/massnahmen", "/"]
            for page in pages { tags[page] = try await anonymous.get(page).headers[.eTag] }
            let before = try await anonymous.get("/strategien/smart-city/text/2").text
            let jo = try await Self.participant(fixture)
            #expect(try await jo.post(Self.block + "/kommentar", ["kommentar": "Neu."]).status == .seeOther)
            for page in pages {
                let again = try await anonymous.get(page, headers: [.ifNoneMatch: tags[page] ?? ""])
                let renewed = page == "/strategien/smart-city/text/2"
                #expect(again.status == (renewed ? .ok : .notModified), "\(page): \(again.status)")
            }
            let after = try await anonymous.get("/strategien/smart-city/text/2").text
            #expect(after != before, "the renewed page counts the new comment")
        }
    }

    /// Every contribution gets a receipt with its number; the author of a comment hears of a reply
    /// by someone else (not of their own).
    @Test func aReceiptForEveryContributionAndANoteOnAReply() async throws {
        try await WebFixture.with { fixture in
            let jo = try await Self.participant(fixture)
            let sent = try await jo.post(Self.block + "/kommentar", ["kommentar": "Erster Gedanke."])
            let id = try #require(sent.location?.split(separator: "#beitrag-").last.flatMap { Int($0) })
            #expect(
                try await jo.post(Self.block + "/kommentar", ["kommentar": "Nachtrag.", "antwort": "\(id)"]).status
                    == .seeOther)
            let kim = try await Self.participant(fixture, email: "kim@example.org", name: "Kim")
            #expect(
                try await kim.post(Self.block + "/kommentar", ["kommentar": "Dazu:", "antwort": "\(id)"]).status
                    == .seeOther)
            let mails = try await SQLMailOutbox(database: fixture.database).recent(limit: 20).map(\.message)
            let receipts = mails.filter { $0.kind == "contribution-receipt" }
            #expect(
                receipts.filter { $0.to == "jo@example.org" }.count == 2
                    && receipts.contains { $0.to == "kim@example.org" })
            #expect(
                receipts.contains {
                    $0.subject == "Ihr Beitrag \(id) ist eingegangen" && $0.body.contains("/beitraege/\(id)")
                })
            let replies = mails.filter { $0.kind == "contribution-reply" }
            #expect(replies.count == 1 && replies.first?.to == "jo@example.org", "one note, for Kim's reply only")
        }
    }

    /// The version page counts what the block pages list, without reading it all.
    @Test func talliesCountWhatTheBlockPagesList() async throws {
        try await WebFixture.with { fixture in
            let jo = try await Self.participant(fixture)
            #expect(try await jo.post(Self.block + "/kommentar", ["kommentar": "Gezählt."]).status == .seeOther)
            #expect(try await jo.post(Self.block + "/zustimmung", ["wert": "disagree"]).status == .seeOther)
            let repository = SQLContributionRepository(database: fixture.database)
            let strategy = try #require(try await fixture.catalogues.strategies().first { $0.slug == "smart-city" })
            for number in [1, 2] {
                let version = try #require(
                    try await SQLTextRepository(database: fixture.database).version(number: number, of: strategy))
                let tallies = try await repository.tallies(of: version)
                let lists = try await repository.contributions(to: version)
                let earlier = try await repository.earlierComments(on: version)
                #expect(tallies.values.contains { $0.comments > 0 }, "version \(number) has comments")
                for block in version.blocks {
                    let tally = tallies[block.id] ?? BlockTally()
                    let list = lists[block.id] ?? BlockContributions()
                    #expect(
                        tally.comments == list.comments.count && tally.agree == list.agree
                            && tally.disagree == list.disagree && tally.earlier == earlier[block.id]?.count ?? 0,
                        "version \(number), \(block.id.text): \(tally)")
                    // A block's page reads only its block, and finds the same.
                    let alone = try await repository.contributions(to: version, block: block.id)
                    #expect(
                        alone.keys.allSatisfy { $0 == block.id } && (alone[block.id] ?? BlockContributions()) == list)
                    let earlierAlone = try await repository.earlierComments(on: version, block: block.id)
                    #expect(
                        earlierAlone[block.id]?.map(\.0.id) == earlier[block.id]?.map(\.0.id)
                            && earlierAlone.keys.allSatisfy { $0 == block.id })
                }
            }
        }
    }

    @Test func atMostTwentyContributionsAnHour() async throws {
        try await WebFixture.with { fixture in
            let jo = try await Self.participant(fixture)
            for n in 1...ContributionRules.perHour {
                #expect(try await jo.post(Self.block + "/kommentar", ["kommentar": "Nummer \(n)"]).status == .seeOther)
            }
            let refused = try await jo.post(Self.block + "/kommentar", ["kommentar": "Eine zu viel"])
            #expect(
                refused.status == .unprocessableContent && refused.text.contains("Höchstens 20 Beiträge pro Stunde"))
        }
    }
}

@Suite struct CommentsAcrossVersionsTests {
    /// The demo's comments on version 1, classified when version 2 was published: a corrected name
    /// (text changed, with both wordings), an unchanged paragraph, and a removed one whose comment
    /// stays on version 1.
    @Test func commentsOnVersionOneAreClassifiedOnVersionTwo() async throws {
        try await WebFixture.with { fixture in
            let browser = Browser(client: fixture.client)
            let ethics = try await browser.get("/strategien/smart-city/text/2/abschnitt/ethikpruefung").text
            #expect(ethics.contains("Kommentare zu früheren Fassungen (1)"))
            #expect(ethics.contains("Text geändert: aus „Robin Weber“ wurde „Elisa Weber“."))
            #expect(ethics.contains("Wer hat die Leitung der Kommission ausgewählt?"))
            let sovereignty = try await browser.get("/strategien/smart-city/text/2/abschnitt/hoheit-ueber-daten").text
            #expect(sovereignty.contains("Der kommentierte Text ist unverändert."))
            #expect(try await browser.get("/strategien/smart-city/text/2/abschnitt/buergerforum").status == .notFound)
            let forum = try await browser.get("/strategien/smart-city/text/1/abschnitt/buergerforum").text
            #expect(
                forum.contains("Bitte das Forum auch im Netz übertragen.")
                    && forum.contains("Teilnehmer:in (ohne Namen)"))
            // The same in the API: comments with their fate, names only with consent.
            let api = try await browser.get("/api/v1/strategies/smart-city/text/versions/2/contributions")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(api.text.utf8)) as? [String: Any])
            let blocks = try #require(json["blocks"] as? [[String: Any]])
            let ethicsBlock = try #require(blocks.first { $0["id"] as? String == "ethikpruefung" })
            let earlier = try #require(ethicsBlock["earlier"] as? [[String: Any]])
            #expect(
                earlier.first?["fate"] as? String == "text-changed"
                    && earlier.first?["newText"] as? String == "Elisa Weber")
            let first = try #require(
                try JSONSerialization.jsonObject(
                    with: Data(
                        try await browser.get("/api/v1/strategies/smart-city/text/versions/1/contributions").text.utf8))
                    as? [String: Any])
            let forumBlock = try #require(
                (first["blocks"] as? [[String: Any]])?.first { $0["id"] as? String == "buergerforum" })
            let forumComments = try #require(forumBlock["comments"] as? [[String: Any]])
            #expect(forumComments.count == 3 && forumComments[0]["author"] == nil, "no name without consent")
            #expect(forumComments[2]["channel"] as? String == "event", "the Bürgerforum's contribution, entered")
            // The demo's hidden contribution keeps its place and reason, never its text.
            #expect(
                forumComments[1]["state"] as? String == "hidden" && forumComments[1]["text"] as? String == ""
                    && (forumComments[1]["hiddenReason"] as? String)?.contains("persönliche Daten") == true)
            #expect(!first.description.contains("0621 000000"))
            // The database keeps the fates; nobody changes them.
            await #expect(throws: (any Error).self) {
                try await fixture.database.write(.schema) { db in
                    try await db.raw("UPDATE comment_fates SET fate = 'unchanged'").run()
                }
            }
        }
    }
}
