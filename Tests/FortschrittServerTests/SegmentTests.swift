import FortschrittDomain
import FortschrittStore
import FortschrittTestSupport
import Foundation
import Testing

@testable import FortschrittServer

/// Staff cut a long contribution into segments, each concerning a block and decided on its own; the
/// contribution stays intact, is no longer decided as a whole, and its segments stand and fall with it.
@Suite struct SegmentTests {
    static let page = DecisionTests.page
    static let text = "Erstens: Open Source bevorzugen. Zweitens: Daten offen legen. Drittens: Namen nennen."

    @Test func aLongContributionIsCutIntoSegmentsEachDecidedOnItsOwn() async throws {
        try await WebFixture.with { fixture in
            let jo = try await ContributionTests.participant(fixture)
            let sent = try await jo.post(ContributionTests.block + "/kommentar", ["kommentar": Self.text])
            let id = try #require(sent.location?.split(separator: "#beitrag-").last.flatMap { Int($0) })
            let strategy = try #require(try await fixture.catalogues.strategies().first { $0.slug == "smart-city" })
            let texts = SQLTextRepository(database: fixture.database)
            let second = try #require(try await texts.version(number: 2, of: strategy))
            let other = try #require(second.blocks.first { $0.id.text != "ethikpruefung" }).id.text
            let admin = try await fixture.browser(.admin)
            #expect(try await admin.get(Self.page).text.contains("Beitrag \(id) in Teile teilen"))
            let cut = Self.page + "/beitrag/\(id)"
            #expect(try await admin.get(cut).text.contains("Drittens: Namen nennen."))

            // Words not in the text, an unknown block, a block the editor may not decide: refused.
            for (fields, expected) in [
                (["wortlaut": "Viertens: nichts.", "abschnitt": "ethikpruefung"], "steht nicht im Beitrag"),
                (["wortlaut": "Erstens: Open Source bevorzugen.", "abschnitt": "gibt-es-nicht"], "gibt-es-nicht"),
            ] {
                let refused = try await admin.post(cut, fields)
                #expect(refused.status == .unprocessableContent && refused.text.contains(expected), "\(fields)")
            }
            let editor = try await fixture.browser(.editorOther)
            let notTheirs = try await editor.post(
                cut, ["wortlaut": "Erstens: Open Source bevorzugen.", "abschnitt": "ethikpruefung"])
            #expect(notTheirs.status == .unprocessableContent)
            for (words, block) in [
                ("Erstens: Open Source bevorzugen.", "ethikpruefung"), ("  Zweitens: Daten offen legen. ", other),
            ] {
                #expect(try await admin.post(cut, ["wortlaut": words, "abschnitt": block]).status == .seeOther)
            }
            let contributions = SQLContributionRepository(database: fixture.database)
            let segments = try #require(
                try await contributions.contributions(to: second)[BlockID("ethikpruefung")!]?.segments[Int64(id)])
            #expect(segments.map(\.text) == ["Erstens: Open Source bevorzugen.", "Zweitens: Daten offen legen."])
            #expect(segments.map(\.anchor.block.text) == ["ethikpruefung", other])
            #expect(try await contributions.contribution(id: Int64(id))?.text == Self.text, "the original stays intact")

            // The whole is no longer decided; its segments are, each on its own.
            let decisions = SQLDecisionRepository(database: fixture.database)
            let page = try await admin.get(Self.page).text
            #expect(!page.contains("Beitrag \(id) auswählen") && page.contains("Beitrag \(segments[0].id) auswählen"))
            let whole = try await admin.post(
                Self.page, ["beitrag-\(id)": "1", "ergebnis": "noted", "begruendung": "Als Ganzes."])
            #expect(whole.status == .unprocessableContent && whole.text.contains("in Teile geteilt"))
            let open = try await decisions.unsettledCount(on: second)
            for (segment, outcome) in zip(segments, ["adopted", "not-adopted"]) {
                let prepared = try await admin.post(
                    Self.page,
                    ["beitrag-\(segment.id)": "1", "ergebnis": outcome, "begruendung": "Zum Teil \(segment.id)."])
                #expect(prepared.status == .seeOther)
            }
            #expect(try await DecisionTests.publish(admin, Self.page).status == .seeOther)
            #expect(try await decisions.unsettledCount(on: second) == open - 2)
            let mails = try await SQLMailOutbox(database: fixture.database).recent(limit: 20).filter {
                $0.message.kind == "decision-published"
            }
            #expect(mails.count == 2 && mails.allSatisfy { $0.message.subject.contains("\(id)") })
            #expect(mails.contains { $0.message.body.contains("„Zweitens: Daten offen legen.“") })

            // The public sees the whole with its segments and their decisions; the table numbers them.
            let anonymous = try await fixture.browser(.anonymous)
            // The figures count the contribution once and decide it twice, and say so.
            let figures = try json(try await anonymous.get("/api/v1/strategies/smart-city/text/versions/2/figures"))
            let counted = try #require(figures["contributions"] as? Int)
            #expect(figures["decisions"] as? Int == counted + 1)
            let online = (figures["channels"] as? [[String: Any]])?.first { $0["channel"] as? String == "online" }
            let outcomes = try #require(online?["outcomes"] as? [String: Int])
            #expect(outcomes.values.reduce(0, +) == (online?["contributions"] as? Int ?? 0) + 1)
            let versionPage = try await anonymous.get("/strategien/smart-city/text/2").text
            #expect(versionPage.contains("\(counted + 1) Entscheidungen insgesamt"))
            let block = try await anonymous.get(ContributionTests.block).text
            #expect(block.contains("in 2 Teile geteilt") && block.contains("id=\"beitrag-\(segments[1].id)\""))
            #expect(block.contains("Zum Teil \(segments[1].id)."))
            let api = try json(try await anonymous.get("/api/v1/strategies/smart-city/text/versions/2/contributions"))
            let comments = try #require(
                (api["blocks"] as? [[String: Any]])?.first { $0["id"] as? String == "ethikpruefung" }?["comments"]
                    as? [[String: Any]])
            #expect(comments.filter { ($0["id"] as? Int) == id }.count == 1, "listed once, as the whole")
            let listed = try #require(comments.first { ($0["id"] as? Int) == id }?["segments"] as? [[String: Any]])
            #expect(listed.compactMap { $0["block"] as? String } == ["ethikpruefung", other])
            #expect(listed.allSatisfy { $0["decision"] != nil && ($0["segmentOf"] as? Int) == id })
            let table = try await anonymous.get("/strategien/smart-city/text/2/abwaegung.csv").text
            #expect(table.contains("in Teilen entschieden") && table.contains("\r\n") && table.contains(".2;"))
            let redirect = try await anonymous.get("/beitraege/\(segments[1].id)")
            #expect(redirect.location?.hasSuffix("/abschnitt/ethikpruefung#beitrag-\(segments[1].id)") == true)

            // A redaction of the whole reaches its segments, also across a segment's edge; hiding hides them.
            let moderator = try await fixture.browser(.moderator)
            let redacted = try await moderator.post(
                "/verwaltung/moderation/\(id)", ["aktion": "schwaerzen", "stelle": "bevorzugen. Zweitens"])
            #expect(redacted.status == .seeOther)
            let after = try #require(
                try await contributions.contributions(to: second)[BlockID("ethikpruefung")!]?.segments[Int64(id)])
            #expect(after.map(\.text) == ["Erstens: Open Source […]", "[…]: Daten offen legen."])
            let hidden = try await moderator.post(
                "/verwaltung/moderation/\(id)", ["aktion": "ausblenden", "grund": "Test des Ausblendens."])
            #expect(hidden.status == .seeOther)
            let gone = try await anonymous.get(ContributionTests.block).text
            #expect(!gone.contains("Daten offen legen"))

            // Shown again, the whole brings back its segments, but not one a moderator hid on its own.
            let single = "/verwaltung/moderation/\(segments[1].id)"
            let wholePath = "/verwaltung/moderation/\(id)"
            #expect(try await moderator.post(wholePath, ["aktion": "einblenden"]).status == .seeOther)
            #expect(
                try await moderator.post(single, ["aktion": "ausblenden", "grund": "Eigenes."]).status == .seeOther)
            _ = try await moderator.post(wholePath, ["aktion": "ausblenden", "grund": "Ganz."])
            #expect(try await moderator.post(wholePath, ["aktion": "einblenden"]).status == .seeOther)
            let back = try #require(
                try await contributions.contributions(to: second)[BlockID("ethikpruefung")!]?.segments[Int64(id)])
            #expect(back.map(\.state) == [.visible, .hidden])

            // A contribution with a published decision of its own is no longer cut.
            let decided = try await jo.post(ContributionTests.block + "/kommentar", ["kommentar": "Kurz und klar."])
            let other2 = try #require(decided.location?.split(separator: "#beitrag-").last.flatMap { Int($0) })
            _ = try await admin.post(
                Self.page, ["beitrag-\(other2)": "1", "ergebnis": "noted", "begruendung": "Zur Kenntnis."])
            _ = try await DecisionTests.publish(admin, Self.page)
            let late = try await admin.post(
                Self.page + "/beitrag/\(other2)", ["wortlaut": "Kurz", "abschnitt": "ethikpruefung"])
            #expect(late.status == .unprocessableContent && late.text.contains("nicht mehr geteilt"))
            await #expect(throws: (any Error).self) {
                try await fixture.database.write(.schema) { db in try await db.raw("DELETE FROM segment_log").run() }
            }
        }
    }

    /// A segment cut by mistake is taken back with a reason, logged, and leaves the contribution to be
    /// decided as a whole again; one with a published decision stays.
    @Test func aSegmentCutByMistakeIsTakenBack() async throws {
        try await WebFixture.with { fixture in
            let (admin, _, cut) = try await Self.longContribution(fixture)
            for words in ["Erstens: Open Source bevorzugen.", "Drittens: Namen nennen."] {
                #expect(
                    try await admin.post(cut, ["wortlaut": words, "abschnitt": "ethikpruefung"]).status == .seeOther)
            }
            let parts = try await admin.get(cut).text.matches(of: /teil\/(\d+)\/zuruecknehmen/).compactMap {
                Int($0.1)
            }
            #expect(parts.count == 2)
            let (first, second) = (cut + "/teil/\(parts[0])/zuruecknehmen", cut + "/teil/\(parts[1])/zuruecknehmen")

            // Without a reason, or by an editor of another department: refused, nothing changes.
            let bare = try await admin.post(first, ["grund": " "])
            #expect(bare.status == .unprocessableContent && bare.text.contains("Grund"))
            #expect(try await fixture.browser(.editorOther).post(first, ["grund": "Falsch."]).status != .seeOther)
            #expect(try await admin.get(cut).text.contains("teil/\(parts[0])/zuruecknehmen"))

            // One published decision keeps its segment; the other is taken back.
            _ = try await admin.post(
                Self.page, ["beitrag-\(parts[1])": "1", "ergebnis": "noted", "begruendung": "Zur Kenntnis."])
            #expect(try await DecisionTests.publish(admin, Self.page).status == .seeOther)
            let kept = try await admin.post(second, ["grund": "Doch nicht."])
            #expect(kept.status == .unprocessableContent && kept.text.contains("veröffentlicht"))
            #expect(try await admin.post(first, ["grund": "Falsch geschnitten."]).status == .seeOther)
            let after = try await admin.get(cut).text
            #expect(!after.contains("teil/\(parts[0])/zuruecknehmen") && after.contains("teil/\(parts[1])/"))
            #expect(try await admin.post(first, ["grund": "Nochmals."]).status == .unprocessableContent)
            let logged = try await fixture.database.read { db in
                try await db.raw("SELECT actor, reason FROM segment_takebacks").all().map {
                    try $0.decode(column: "reason", as: String.self)
                }
            }
            #expect(logged == ["Falsch geschnitten."])
            await #expect(throws: (any Error).self) {
                try await fixture.database.write(.schema) { db in
                    try await db.raw("DELETE FROM segment_takebacks").run()
                }
            }
        }
    }

    /// With every segment taken back, the contribution is decided as a whole again.
    @Test func withoutStandingSegmentsTheWholeIsDecidedAgain() async throws {
        try await WebFixture.with { fixture in
            let (admin, id, cut) = try await Self.longContribution(fixture)
            _ = try await admin.post(cut, ["wortlaut": "Drittens: Namen nennen.", "abschnitt": "ethikpruefung"])
            let part = try #require(
                try await admin.get(cut).text.firstMatch(of: /teil\/(\d+)\/zuruecknehmen/).map { String($0.1) })
            let whole = ["beitrag-\(id)": "1", "ergebnis": "noted", "begruendung": "Als Ganzes."]
            #expect(try await admin.post(Self.page, whole).status == .unprocessableContent)
            let takeBack = try await admin.post(cut + "/teil/\(part)/zuruecknehmen", ["grund": "Irrtum."])
            #expect(takeBack.status == .seeOther)
            #expect(try await admin.post(Self.page, whole).status == .seeOther)
            #expect(try await admin.get(Self.page).text.contains("Beitrag \(id) auswählen"))
        }
    }

    /// A participant's long contribution on version 2: the admin's browser, its id, its segments' page.
    static func longContribution(_ fixture: WebFixture) async throws -> (Browser, Int, String) {
        let jo = try await ContributionTests.participant(fixture)
        let sent = try await jo.post(ContributionTests.block + "/kommentar", ["kommentar": Self.text])
        let id = try #require(sent.location?.split(separator: "#beitrag-").last.flatMap { Int($0) })
        return (try await fixture.browser(.admin), id, Self.page + "/beitrag/\(id)")
    }

    @Test func aRedactionReachesOnlyTheSegmentsItTouches() {
        let original = "Eins zwei drei. Vier fünf sechs."
        #expect(SegmentRules.redacted("Vier fünf sechs.", in: original, passage: "zwei") == "Vier fünf sechs.")
        #expect(SegmentRules.redacted("Eins zwei drei.", in: original, passage: "zwei") == "Eins […] drei.")
        #expect(SegmentRules.redacted("drei. Vier", in: original, passage: "zwei drei") == "[…]. Vier")
        #expect(SegmentRules.redacted("fünf", in: original, passage: "Vier fünf sechs") == "[…]")
        // Two passages side by side: two marks, as in the contribution, so the segment stays part of it.
        let twice = "ab ab cd"
        let segment = SegmentRules.redacted("ab ab", in: twice, passage: "ab")
        #expect(segment == "[…] […]" && twice.replacingOccurrences(of: "ab", with: "[…]").contains(segment))
        #expect(SegmentRules.redacted("abab", in: "abab", passage: "ab") == "[…][…]")
        // Words redacted on their own before: the passage goes wherever it stands in them.
        #expect(SegmentRules.redacted("Eins […] drei", in: original, passage: "drei") == "Eins […] […]")
    }
}
