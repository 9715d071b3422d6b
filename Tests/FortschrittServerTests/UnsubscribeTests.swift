import Crypto
import FortschrittDomain
import FortschrittMail
import FortschrittStore
import Foundation
import HTTPTypes
import Testing

@testable import FortschrittServer

@Suite struct UnsubscribeTests {
    static func links(_ fixture: WebFixture, _ publicURL: String = FollowTests.publicURL) async throws
        -> UnsubscribeLinks
    {
        try await UnsubscribeLinks.load(
            accounts: SQLAccountRepository(database: fixture.database), publicURL: publicURL)
    }

    static func path(_ link: String?) throws -> String {
        let link = try #require(link)
        return String(link.dropFirst(FollowTests.publicURL.count))
    }

    /// Jo, signed in and following measure 1.4; the participants, Jo's number and the links.
    static func joFollowingMeasure(_ fixture: WebFixture) async throws
        -> (Browser, SQLParticipantRepository, Participant.ID, UnsubscribeLinks)
    {
        let jo = try await ContributionTests.participant(fixture)
        let participants = SQLParticipantRepository(database: fixture.database)
        let id = try #require(try await participants.participant(email: "jo@example.org")).id
        try await FollowTests.follow(jo, "measure/1.4")
        return (jo, participants, id, try await Self.links(fixture))
    }

    static func receipts(_ fixture: WebFixture) async throws -> Int {
        try await FollowTests.outbox(fixture).filter { $0.message.kind == "contribution-receipt" }.count
    }

    @Test func everyParticipantMailCarriesTheOneClickHeadersAndConfirmationMailNone() async throws {
        try await WebFixture.with { fixture in
            let jo = try await ContributionTests.participant(fixture)
            let ann = try await ContributionTests.participant(fixture, email: "ann@example.org", name: "Ann Muster")
            _ = try await FollowTests.notify(fixture)
            try await FollowTests.follow(jo, "block/smart-city/ethikpruefung")
            let sent = try await jo.post(ContributionTests.block + "/kommentar", ["kommentar": "Frage von Jo."])
            let id = try #require(sent.location?.split(separator: "#beitrag-").last.flatMap { Int($0) })
            #expect(
                try await ann.post(
                    ContributionTests.block + "/kommentar", ["kommentar": "Antwort.", "antwort": "\(id)"]
                )
                .status == .seeOther)
            _ = try await FollowTests.notify(fixture)
            let links = try await Self.links(fixture)
            let composer = try MailComposer(
                fromAddress: "beteiligung@stadt.example", fromName: "Beteiligung", unsubscribeLink: { links.link($0) })
            let mails = try await FollowTests.outbox(fixture).filter { !$0.message.to.isEmpty }
            let kinds = Set(mails.map(\.message.kind))
            for kind in ["contribution-receipt", "contribution-reply", "follow-newContribution", "confirm-address"] {
                #expect(kinds.contains(kind), "\(kind) in \(kinds)")
            }
            for mail in mails {
                let message = try composer.compose(mail, date: Date())
                let needed = ["confirm-address", "already-registered"].contains(mail.message.kind)
                #expect(
                    message.contains(
                        "\r\nList-Unsubscribe: <https://beteiligung.example/benachrichtigungen/abbestellen/")
                        != needed, "\(mail.message.kind)")
                #expect(message.contains("\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n") != needed)
            }
            // Over plain http the header is left out; the link stands in the text.
            let plainLinks = try await Self.links(fixture, "http://localhost:8080")
            let plain = try MailComposer(
                fromAddress: "beteiligung@stadt.example", fromName: "Beteiligung",
                unsubscribeLink: { plainLinks.link($0) })
            let receipt = try #require(mails.first { $0.message.kind == "contribution-receipt" })
            let text = try plain.compose(receipt, date: Date())
            #expect(!text.contains("List-Unsubscribe"))
            let body = try #require(text.components(separatedBy: "\r\n\r\n").last)
            let decoded = String(
                decoding: try #require(Data(base64Encoded: body, options: .ignoreUnknownCharacters)), as: UTF8.self)
            #expect(decoded.contains("Unsubscribe: http://localhost:8080/benachrichtigungen/abbestellen/"))
        }
    }

    @Test func hostileTextCannotAddHeaders() async throws {
        let composer = try MailComposer(
            fromAddress: "beteiligung@stadt.example", fromName: "Beteiligung",
            unsubscribeLink: { _ in "https://x.example/a>\r\nBcc: evil@example.org" })
        let mail = QueuedMail(
            id: 1,
            message: MailMessage(
                kind: "follow-digest", to: "jo@example.org", subject: "Neu\r\nBcc: evil@example.org",
                body: "x\r\n.\r\nBcc: y", unsubscribe: MailMessage.Unsubscribe(participant: 1)),
            messageID: "<a@b>", queuedAt: .now(), state: .waiting, attempts: 0, nextAttemptAt: nil, sentAt: nil,
            lastError: nil)
        let message = try composer.compose(mail, date: Date())
        #expect(!message.contains("\r\nBcc:") && !message.contains("\nBcc:") && !message.contains("List-Unsubscribe"))
    }

    @Test func aPostWithoutCookiesUnsubscribesAtOnceAndAGetChangesNothing() async throws {
        try await WebFixture.with { fixture in
            let (jo, participants, id, links) = try await Self.joFollowingMeasure(fixture)
            let stranger = Browser(client: fixture.client)

            // One follow: the GET asks, the POST ends it.
            let follow = try Self.path(links.link(MailMessage.Unsubscribe(participant: id, scope: "measure/1.4")))
            let asked = try await stranger.get(follow)
            #expect(asked.status == .ok && asked.text.contains("Jetzt abbestellen") && asked.text.contains("1.4"))
            #expect(try await participants.follows(of: id).count == 1, "a GET changes nothing")
            let ended = try await stranger.post(follow, csrf: false, headers: [.origin: "https://mail.example"])
            #expect(
                ended.status == .ok && ended.text.contains("Abbestellt"), "\(ended.status) \(ended.text.prefix(500))")
            #expect(try await participants.follows(of: id).isEmpty)

            // All mail: the receipt of the next contribution is not queued any more.
            #expect(
                try await jo.post(ContributionTests.block + "/kommentar", ["kommentar": "Eins."]).status == .seeOther)
            let before = try await Self.receipts(fixture)
            let all = try Self.path(links.link(MailMessage.Unsubscribe(participant: id)))
            #expect(try await stranger.get(all).status == .ok)
            #expect(try await Self.receipts(fixture) == before)
            #expect(try await Browser(client: fixture.client).post(all, csrf: false).status == .ok)
            #expect(
                try await jo.post(ContributionTests.block + "/kommentar", ["kommentar": "Zwei."]).status == .seeOther)
            #expect(try await Self.receipts(fixture) == before, "no mail after unsubscribing")
            let log = try #require(try await participants.export(id)).log.map(\.action)
            #expect(log.contains("unsubscribed from all mail") && log.contains("stopped following measure/1.4"))

            // Following again asks for mail again, and the log says so.
            #expect(!log.contains("mail resumed"))
            try await participants.follow(.measure(number: "1.4"), frequency: .daily, by: id, at: .now())
            let resumed = try #require(try await participants.export(id)).log.map(\.action)
            #expect(resumed.contains("mail resumed"))
        }
    }

    @Test func aForgedOrAlteredTokenIsNotFoundAndChangesNothing() async throws {
        try await WebFixture.with { fixture in
            let (jo, participants, id, links) = try await Self.joFollowingMeasure(fixture)
            let genuine = try Self.path(links.link(MailMessage.Unsubscribe(participant: id)))
            let token = String(genuine.dropFirst(UnsubscribeLinks.path.count))
            let parts = token.split(separator: ".")
            let otherPayload = CSRFToken.base64URL(Data("\(id + 1)\u{0}all".utf8))
            // The first character: the last one's low bits may be padding, where a change alters no byte.
            let flipped = (parts[1].first == "A" ? "B" : "A") + String(parts[1].dropFirst())
            let forged = UnsubscribeLinks(
                key: SymmetricKey(data: Data("not the server's".utf8)), publicURL: FollowTests.publicURL)
            for bad in [
                otherPayload + "." + parts[1], parts[0] + "." + flipped, "x", "", parts[0] + ".",
                String(
                    try Self.path(forged.link(MailMessage.Unsubscribe(participant: id))).dropFirst(
                        UnsubscribeLinks.path.count)),
            ] {
                let stranger = Browser(client: fixture.client)
                #expect(try await stranger.get(UnsubscribeLinks.path + bad).status == .notFound, "\(bad)")
                #expect(try await stranger.post(UnsubscribeLinks.path + bad, csrf: false).status == .notFound, "\(bad)")
            }
            #expect(try await participants.follows(of: id).count == 1)
            #expect(
                try await jo.post(ContributionTests.block + "/kommentar", ["kommentar": "Noch da."]).status == .seeOther
            )
            #expect(try await Self.receipts(fixture) == 1)
        }
    }
}
