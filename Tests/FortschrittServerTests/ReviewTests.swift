import FortschrittDomain
import FortschrittStore
import Foundation
import Testing

@testable import FortschrittServer

@Suite struct ReviewTests {
    static let page = "/verwaltung/gutachten/smart-city/2"
    static let publicPages = [
        "/strategien/smart-city/text/2", "/strategien/smart-city/text", ContributionTests.block,
        "/api/v1/strategies/smart-city/text/versions/2/contributions",
        "/api/v1/strategies/smart-city/text/versions/2/figures", "/strategien/smart-city/text/2/abwaegung",
    ]

    /// An expert rates a block and the whole version; the reviews stay internal — on no public page
    /// and in no public answer — until the strategy office publishes them, and published they stay.
    @Test func anUnpublishedReviewIsNeverPublic() async throws {
        try await WebFixture.with { fixture in
            let expert = try await fixture.browser(.expert)
            #expect(try await expert.get("/arbeitsbereich").location == "/verwaltung/gutachten")
            #expect(try await expert.get("/verwaltung/gutachten").text.contains(Self.page))
            let block = try await expert.post(
                Self.page,
                [
                    "abschnitt": "ethikpruefung", "akzeptanz": "4", "praxistauglichkeit": "2",
                    "begruendung": "Die Kommission braucht <b>Personal</b>.",
                ])
            #expect(block.status == .seeOther)
            let whole = try await expert.post(
                Self.page, ["akzeptanz": "5", "praxistauglichkeit": "4", "begruendung": "Insgesamt tragfähig."])
            #expect(whole.status == .seeOther)
            // Changed before publication: the last word counts, the log keeps both.
            #expect(
                try await expert.post(
                    Self.page, ["akzeptanz": "3", "praxistauglichkeit": "4", "begruendung": "Insgesamt brauchbar."]
                ).status == .seeOther)

            let anonymous = try await fixture.browser(.anonymous)
            let reader = try await fixture.browser(.reader)
            for browser in [anonymous, reader] {
                for page in Self.publicPages {
                    let text = try await browser.get(page).text
                    #expect(!text.contains("Personal") && !text.contains("brauchbar"), "\(page) shows nothing yet")
                    #expect(!text.contains("Interne Notiz"), "\(page): the demo's internal review")
                }
            }
            #expect(try await reader.get(Self.page).status == .forbidden, "internal means staff reviewers only")

            let admin = try await fixture.browser(.admin)
            let all = try await admin.get(Self.page).text
            #expect(all.contains("Die Kommission braucht &lt;b&gt;Personal&lt;/b&gt;.") && all.contains("brauchbar"))
            #expect(all.matches(of: /name="(gutachten-\d+)"/).count == 3, "the demo's, and the expert's two")
            let chosen = try await fixture.database.read { db in
                try #require(
                    try await db.raw(
                        """
                        SELECT r.id FROM expert_reviews r JOIN accounts a ON a.id = r.account_id
                        WHERE a.email = 'expert@example.org' AND r.block_id = 'ethikpruefung'
                        """
                    ).first()
                ).decode(column: "id", as: Int64.self)
            }
            #expect(
                try await admin.post(Self.page + "/veroeffentlichen", ["gutachten-\(chosen)": "1"]).status == .seeOther)
            let version = try await anonymous.get("/strategien/smart-city/text/2").text
            #expect(version.contains("Bewertungen von Expertinnen und Experten") && version.contains("Personal"))
            #expect(version.contains("Akzeptanz 4 von 5, Praxistauglichkeit 2 von 5") && !version.contains("brauchbar"))
            // Published, it stays as it is.
            let again = try await expert.post(
                Self.page,
                ["abschnitt": "ethikpruefung", "akzeptanz": "1", "praxistauglichkeit": "1", "begruendung": "Anders."])
            #expect(again.status == .unprocessableContent && again.text.contains("veröffentlicht"))
            let log = try await fixture.database.read { db in
                try await db.raw("SELECT action FROM expert_review_log ORDER BY id").all().map {
                    try $0.decode(column: "action", as: String.self)
                }
            }
            #expect(log.suffix(4) == ["submitted", "submitted", "submitted", "published"])
            await #expect(throws: (any Error).self) {
                try await fixture.database.write(.schema) { db in
                    try await db.raw("UPDATE expert_review_log SET reason = ''").run()
                }
            }
        }
    }

    /// Ratings off the scale, an unknown block and a missing reason are refused with the field
    /// named; staff who are not experts cannot review.
    @Test func wrongReviewsAreRefused() async throws {
        try await WebFixture.with { fixture in
            let expert = try await fixture.browser(.expert)
            let count = {
                try await fixture.database.read { db in
                    try #require(try await db.raw("SELECT COUNT(*) AS n FROM expert_reviews").first())
                        .decode(column: "n", as: Int.self)
                }
            }
            let before = try await count()
            let good = ["akzeptanz": "3", "praxistauglichkeit": "3", "begruendung": "Gut."]
            for (fields, says) in [
                (["akzeptanz": "6"], "akzeptanz"), (["praxistauglichkeit": "0"], "praxistauglichkeit"),
                (["akzeptanz": "drei"], "akzeptanz"), (["begruendung": " "], "begründen"),
                (["abschnitt": "gibt-es-nicht"], "gibt-es-nicht"),
            ] {
                let refused = try await expert.post(Self.page, good.merging(fields) { $1 })
                #expect(refused.status == .unprocessableContent && refused.text.contains(says), "\(fields)")
            }
            let admin = try await fixture.browser(.admin)
            #expect(try await admin.post(Self.page, good).status == .forbidden)
            #expect(try await count() == before)
        }
    }
}
