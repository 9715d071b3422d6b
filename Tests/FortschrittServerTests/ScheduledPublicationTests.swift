import FortschrittDomain
import FortschrittStore
import FortschrittTestSupport
import Foundation
import Testing

@testable import FortschrittServer

/// The office sets the publication of the decisions it reviewed for a chosen time: the minute's job
/// publishes them then, once, in the name of who set it; until then the office can call it off.
@Suite struct ScheduledPublicationTests {
    static let page = DecisionTests.page

    @Test func decisionsSetForLaterArePublishedThenOnceAndCanBeCalledOff() async throws {
        try await WebFixture.with { fixture in
            let jo = try await ContributionTests.participant(fixture)
            let sent = try await jo.post(ContributionTests.block + "/kommentar", ["kommentar": "Bitte später."])
            let id = try #require(sent.location?.split(separator: "#beitrag-").last.flatMap { Int($0) })
            let admin = try await fixture.browser(.admin)
            let prepared = try await admin.post(
                Self.page, ["beitrag-\(id)": "1", "ergebnis": "noted", "begruendung": "Zur Kenntnis genommen."])
            #expect(prepared.status == .seeOther)
            let shown = try await Self.reviewed(admin)

            // Bad times are refused with the field named, and set nothing.
            for bad in ["morgen", "2026-13-01T09:00", "2020-01-01T09:00", "2999-01-01T09:00"] {
                let refused = try await admin.post(
                    Self.page + "/veroeffentlichen", shown.merging(["zeitpunkt": bad]) { $1 })
                #expect(refused.status == .unprocessableContent, "\(bad)")
                #expect(refused.text.contains("Zeitpunkt"), "\(bad)")
            }
            let at = RecordedTime(microseconds: RecordedTime.now().microseconds + 2 * 86_400_000_000)
            let field = at.local.replacingOccurrences(of: " ", with: "T")
            let set = try await admin.post(Self.page + "/veroeffentlichen", shown.merging(["zeitpunkt": field]) { $1 })
            #expect(set.status == .seeOther)
            let listed = try await admin.get(Self.page).text
            #expect(
                listed.contains("Vorgesehene Veröffentlichungen")
                    && listed.contains("1 Entscheidungen am \(at.local)"))
            let anonymous = try await fixture.browser(.anonymous)
            #expect(!(try await anonymous.get(ContributionTests.block).text.contains("Zur Kenntnis genommen.")))

            // The job publishes nothing before the time, then everything set, once — also when two
            // instances run it at the same moment.
            let due = DuePublications(decisions: SQLDecisionRepository(database: fixture.database), publicURL: nil)
            #expect(try await due.once() == 0)
            let after = RecordedTime(microseconds: at.microseconds + 60_000_000)
            async let first = due.once(at: after)
            async let second = due.once(at: after)
            #expect(try await first + second == 1)
            #expect(try await due.once(at: after) == 0)
            #expect(try await anonymous.get(ContributionTests.block).text.contains("Zur Kenntnis genommen."))
            let mails = try await SQLMailOutbox(database: fixture.database).recent(limit: 20).filter {
                $0.message.kind == "decision-published"
            }
            #expect(mails.count == 1 && mails.first?.message.to == "jo@example.org")
            let log = try await fixture.database.read { db in
                try await db.raw("SELECT actor, action, recorded_at FROM decision_log ORDER BY id").all().map {
                    (
                        try $0.decode(column: "actor", as: String.self),
                        try $0.decode(column: "action", as: String.self),
                        try $0.decode(column: "recorded_at", as: String.self)
                    )
                }
            }
            let published = try #require(log.last)
            #expect(published.1 == "published" && published.2 == after.iso)
            #expect(published.0 == log.dropLast().last?.0, "in the name of who set it")
            #expect(!(try await admin.get(Self.page).text.contains("Vorgesehene Veröffentlichungen")))

            // A publication set and called off publishes nothing; calling it off twice is refused.
            _ = try await admin.post(
                Self.page, ["beitrag-\(id)": "1", "ergebnis": "not-adopted", "begruendung": "Doch anders."])
            let again = try await admin.post(
                Self.page + "/veroeffentlichen", try await Self.reviewed(admin).merging(["zeitpunkt": field]) { $1 })
            #expect(again.status == .seeOther)
            let form = try #require(
                try await admin.get(Self.page).text.firstMatch(of: /veroeffentlichung\/(\d+)\/absagen/))
            let cancel = Self.page + "/veroeffentlichung/\(form.1)/absagen"
            #expect(try await fixture.browser(.editorOwn).post(cancel, [:]).status == .forbidden)
            #expect(try await admin.post(cancel, [:]).status == .seeOther)
            #expect(try await admin.post(cancel, [:]).status == .unprocessableContent)
            #expect(try await due.once(at: RecordedTime(microseconds: after.microseconds + 86_400_000_000)) == 0)
            #expect(!(try await anonymous.get(ContributionTests.block).text.contains("Doch anders.")))

            // A publication whose setter no longer holds the office's role lapses instead of publishing.
            _ = try await admin.post(
                Self.page + "/veroeffentlichen", try await Self.reviewed(admin).merging(["zeitpunkt": field]) { $1 })
            try await fixture.database.write(.statements) { db in
                try await db.raw("UPDATE accounts SET role = 'editor' WHERE role = 'admin'").run()
            }
            #expect(try await due.once(at: RecordedTime(microseconds: after.microseconds + 86_400_000_000)) == 0)
            #expect(!(try await anonymous.get(ContributionTests.block).text.contains("Doch anders.")))
            let lapsed = try await fixture.database.read { db in
                try await db.raw("SELECT outcome FROM decision_schedule_ends ORDER BY schedule_id DESC").first()?
                    .decode(column: "outcome", as: String.self)
            }
            #expect(lapsed == "lapsed")
            await #expect(throws: (any Error).self) {
                try await fixture.database.write(.schema) { db in
                    try await db.raw("DELETE FROM decision_schedule_ends").run()
                }
            }
        }
    }

    /// The `gesehen-…` fields the page carries: each decision awaiting publication as prepared then.
    static func reviewed(_ browser: Browser) async throws -> [String: String] {
        var fields: [String: String] = [:]
        for match in try await browser.get(page).text.matches(of: /name="(gesehen-\d+)" value="(\d+)"/) {
            fields[String(match.1)] = String(match.2)
        }
        return fields
    }
}
