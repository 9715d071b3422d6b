import FortschrittDomain
import FortschrittStore
import FortschrittTestSupport
import Foundation
import Testing

@testable import FortschrittServer

@Suite struct ModerationTests {
    static let block = ContributionTests.block

    /// Jo comments; Kim reports it; the moderator hides it with a reason. The public then sees the
    /// reason in its place (page and API) and never the text; Jo gets a mail saying why; the text
    /// is still in the database; showing it again brings it back.
    @Test func aReportedContributionIsHiddenWithAReasonAndItsAuthorIsToldWhy() async throws {
        try await WebFixture.with { fixture in
            let jo = try await ContributionTests.participant(fixture)
            let sent = try await jo.post(Self.block + "/kommentar", ["kommentar": "Unerhörter Unsinn von Herrn X."])
            let id = try #require(sent.location?.split(separator: "#beitrag-").last.flatMap { Int($0) })
            let kim = try await ContributionTests.participant(fixture, email: "kim@example.org", name: "Kim")
            let form = try await kim.get("/beitraege/\(id)/melden")
            #expect(form.status == .ok && form.text.contains("Grund der Meldung"))
            let empty = try await kim.post("/beitraege/\(id)/melden", ["grund": " "])
            #expect(empty.status == .unprocessableContent && empty.text.contains("Bitte geben Sie einen Grund an"))
            let reported = try await kim.post("/beitraege/\(id)/melden", ["grund": "Beleidigt Herrn X."])
            #expect(reported.status == .ok && reported.text.contains("Ihre Meldung ist eingegangen"))

            let moderator = try await fixture.browser(.moderator)
            let queue = try await moderator.get("/verwaltung/moderation")
            #expect(queue.status == .ok && queue.text.contains("Gemeldet: Beleidigt Herrn X."))
            #expect(!queue.text.contains("jo@example.org"), "moderators do not see addresses")
            let noReason = try await moderator.post("/verwaltung/moderation/\(id)", ["aktion": "ausblenden"])
            #expect(noReason.status == .unprocessableContent)
            let hidden = try await moderator.post(
                "/verwaltung/moderation/\(id)", ["aktion": "ausblenden", "grund": "Beleidigt <eine> Person."])
            #expect(hidden.status == .seeOther)

            let anonymous = try await fixture.browser(.anonymous)
            let page = try await anonymous.get(Self.block).text
            #expect(page.contains("Von der Moderation ausgeblendet. Grund: Beleidigt &lt;eine&gt; Person."))
            #expect(!page.contains("Unerhörter Unsinn"))
            let api = try await anonymous.get("/api/v1/strategies/smart-city/text/versions/2/contributions").text
            #expect(api.contains("Beleidigt <eine> Person.") && !api.contains("Unerhörter Unsinn"))
            let version = try await anonymous.get("/strategien/smart-city/text/2").text
            #expect(!version.contains("Unerhörter Unsinn"))

            let mail = try #require(
                try await SQLMailOutbox(database: fixture.database).recent(limit: 10).first {
                    $0.message.kind == "contribution-hidden"
                })
            #expect(mail.message.to == "jo@example.org")
            #expect(mail.message.unsubscribe?.scope == MailMessage.Unsubscribe.all, "one-click link")
            #expect(
                mail.message.body.contains("Beleidigt <eine> Person.") && mail.message.body.contains("/beitraege/\(id)")
            )
            #expect(mail.message.subject.contains("Beitrag \(id)"))

            // Never overwritten: the text is kept, the action logged with moderator and reason.
            let kept = try await SQLContributionRepository(database: fixture.database).contribution(id: Int64(id))
            #expect(kept?.text == "Unerhörter Unsinn von Herrn X." && kept?.state == .hidden)
            let log = try await fixture.database.read { db in
                try await db.raw("SELECT moderator_id, action, reason FROM moderation_log ORDER BY id").all()
            }
            let last = try #require(log.last)
            #expect(try last.decode(column: "action", as: String.self) == "hidden")
            #expect(try last.decode(column: "moderator_id", as: Int64.self) == fixture.accounts[.moderator]?.id)
            #expect(
                try await moderator.get("/verwaltung/moderation?zustand=ausgeblendet").text.contains(
                    "Unerhörter Unsinn"))
            await #expect(throws: (any Error).self) {
                try await fixture.database.write(.schema) { db in try await db.raw("DELETE FROM moderation_log").run() }
            }

            // Reversible.
            #expect(
                try await moderator.post("/verwaltung/moderation/\(id)", ["aktion": "einblenden"]).status == .seeOther)
            #expect(try await anonymous.get(Self.block).text.contains("Unerhörter Unsinn"))
            // Only moderators and admins moderate.
            #expect(
                try await jo.post("/verwaltung/moderation/\(id)", ["aktion": "ausblenden", "grund": "Weg damit"])
                    .location?.hasPrefix("/anmelden") == true)
            #expect(try await fixture.browser(.editorOwn).get("/verwaltung/moderation").status == .forbidden)
        }
    }

    /// A hide and its notice to the author are one write: when the notice cannot be stored (as if
    /// the process died between them), the contribution stays as it was, and nothing is logged.
    @Test func aHideWhoseNoticeFailsChangesNothing() async throws {
        try await WebFixture.with { fixture in
            let jo = try await ContributionTests.participant(fixture)
            let sent = try await jo.post(Self.block + "/kommentar", ["kommentar": "Bleibt sichtbar."])
            let id = try #require(sent.location?.split(separator: "#beitrag-").last.flatMap { Int($0) })
            let failing =
                fixture.database.engine == .sqlite
                ? [
                    """
                    CREATE TRIGGER outbox_down BEFORE INSERT ON mail_outbox
                    BEGIN SELECT RAISE(ABORT, 'outbox down'); END
                    """
                ]
                : [
                    """
                    CREATE FUNCTION outbox_down() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN RAISE EXCEPTION 'outbox down'; END $$
                    """,
                    """
                    CREATE TRIGGER outbox_down BEFORE INSERT ON mail_outbox
                    FOR EACH ROW EXECUTE FUNCTION outbox_down()
                    """,
                ]
            try await fixture.database.write(.schema) { db in
                for statement in failing { try await db.raw("\(unsafeRaw: statement)").run() }
            }
            let moderator = try await fixture.browser(.moderator)
            let before = try await DatabaseFingerprint.take(fixture.database, excluding: ["web_sessions"])
            let refused = try await moderator.post(
                "/verwaltung/moderation/\(id)", ["aktion": "ausblenden", "grund": "Test eines Ausfalls."])
            #expect(refused.status == .internalServerError)
            #expect(try await DatabaseFingerprint.take(fixture.database, excluding: ["web_sessions"]) == before)
            #expect(try await fixture.browser(.anonymous).get(Self.block).text.contains("Bleibt sichtbar."))
            try await fixture.database.write(.schema) { db in
                try await db.raw(
                    "DROP TRIGGER outbox_down\(unsafeRaw: fixture.database.engine == .sqlite ? "" : " ON mail_outbox")"
                ).run()
            }
            let hidden = try await moderator.post(
                "/verwaltung/moderation/\(id)", ["aktion": "ausblenden", "grund": "Test eines Ausfalls."])
            #expect(hidden.status == .seeOther)
            #expect(!(try await fixture.browser(.anonymous).get(Self.block).text.contains("Bleibt sichtbar.")))
        }
    }

    @Test func aKeptReportLeavesTheContributionAndAnsweringTwiceIsRefused() async throws {
        try await WebFixture.with { fixture in
            let jo = try await ContributionTests.participant(fixture)
            let sent = try await jo.post(Self.block + "/kommentar", ["kommentar": "Sachlich und kurz."])
            let id = try #require(sent.location?.split(separator: "#beitrag-").last.flatMap { Int($0) })
            let staff = try await fixture.browser(.reader)
            #expect(try await staff.post("/beitraege/\(id)/melden", ["grund": "Zu kurz?"]).status == .ok)
            let moderator = try await fixture.browser(.admin)
            #expect(
                try await moderator.post("/verwaltung/moderation/\(id)", ["aktion": "behalten"]).status == .seeOther)
            #expect(try await moderator.get("/verwaltung/moderation").text.contains("Hier ist nichts."))
            #expect(
                try await moderator.get("/verwaltung/moderation?zustand=behalten").text.contains("Sachlich und kurz."))
            let again = try await moderator.post("/verwaltung/moderation/\(id)", ["aktion": "einblenden"])
            #expect(again.status == .unprocessableContent)
            #expect(try await fixture.browser(.anonymous).get(Self.block).text.contains("Sachlich und kurz."))
        }
    }

    /// In a pre-moderated phase a contribution is public only after approval; its author is told
    /// that it waits.
    @Test func preModeratedContributionsWaitForApproval() async throws {
        try await WebFixture.with { fixture in
            let (strategy, texts) = try await fixture.draftSmartCity(title: "Dritte Fassung")
            let today = CalendarDate(Date())
            _ = try await texts.publishDraft(
                of: strategy,
                phase: try DiscussionPhase(
                    opensOn: today.adding(days: -1), closesOn: today.adding(days: 30), moderation: .pre),
                actor: "test")
            let block = "/strategien/smart-city/text/3/abschnitt/ethikpruefung"
            let jo = try await ContributionTests.participant(fixture)
            let sent = try await jo.post(block + "/kommentar", ["kommentar": "Erst prüfen, dann zeigen."])
            let location = try #require(sent.location)
            #expect(location.contains("?eingereicht="))
            #expect(try await jo.get(location).text.contains("wird nach Prüfung durch die Moderation veröffentlicht"))
            let anonymous = try await fixture.browser(.anonymous)
            #expect(!(try await anonymous.get(block).text.contains("Erst prüfen")))
            let id = try #require(location.split(separator: "=").last.map(String.init))
            #expect(try await anonymous.get("/beitraege/\(id)").status == .notFound)

            let moderator = try await fixture.browser(.moderator)
            #expect(try await moderator.get("/verwaltung/moderation").text.contains("Erst prüfen, dann zeigen."))
            #expect(
                try await moderator.post("/verwaltung/moderation/\(id)", ["aktion": "freigeben"]).status == .seeOther)
            #expect(try await anonymous.get(block).text.contains("Erst prüfen, dann zeigen."))
        }
    }

    /// A moderator marks an organisation; its contributions show the badge. A redacted passage is
    /// gone from the text, and the log says that and who, not what.
    @Test func badgesShowAndRedactionsKeepNoTrace() async throws {
        try await WebFixture.with { fixture in
            let verein = try await ContributionTests.participant(fixture, email: "verein@example.org", name: "Verein")
            let sent = try await verein.post(
                Self.block + "/kommentar", ["kommentar": "Fragen Sie Frau Muster, Tel. 0621 123456."])
            let id = try #require(sent.location?.split(separator: "#beitrag-").last.flatMap { Int($0) })
            let moderator = try await fixture.browser(.moderator)
            let list = try await moderator.get("/verwaltung/teilnehmende?suche=ver").text
            #expect(list.contains("Verein") && !list.contains("verein@example.org"))
            let participant = try #require(
                try await SQLParticipantRepository(database: fixture.database).participant(email: "verein@example.org"))
            #expect(
                try await moderator.post(
                    "/verwaltung/teilnehmende/\(participant.id)", ["kennzeichnung": "organisation"]
                ).status == .seeOther)
            #expect(
                try await fixture.browser(.anonymous).get(Self.block).text.contains(#"class="badge">Organisation<"#))

            let wrong = try await moderator.post(
                "/verwaltung/moderation/\(id)", ["aktion": "schwaerzen", "stelle": "Herr Niemand"])
            #expect(wrong.status == .unprocessableContent)
            #expect(
                try await moderator.post(
                    "/verwaltung/moderation/\(id)", ["aktion": "schwaerzen", "stelle": "Frau Muster, Tel. 0621 123456"]
                ).status == .seeOther)
            let page = try await fixture.browser(.anonymous).get(Self.block).text
            #expect(page.contains("Fragen Sie […].") && !page.contains("0621 123456"))
            let everything = try await DatabaseFingerprint.dump(fixture.database)
            #expect(!everything.contains("0621 123456") && !everything.contains("Frau Muster"))
            #expect(everything.contains("redacted a passage"))
        }
    }
}
