import FortschrittDocuments
import FortschrittDomain
import FortschrittExchange
import FortschrittStore
import Foundation
import Testing

@testable import FortschrittServer

@Suite struct FigureTests {
    /// The demo's first version in figures: each channel counted on its own, decisions by outcome,
    /// agreement per block, the published review — on the page (chart and table) and in the API.
    @Test func theDemosFirstVersionInFigures() async throws {
        try await WebFixture.with { fixture in
            let anonymous = try await fixture.browser(.anonymous)
            let api = try await anonymous.get("/api/v1/strategies/smart-city/text/versions/1/figures")
            #expect(api.status == .ok)
            let figures = try JSONDecoder().decode(VersionFiguresDocument.self, from: Data(api.text.utf8))
            let channels = Dictionary(uniqueKeysWithValues: figures.channels.map { ($0.channel, $0.contributions) })
            #expect(channels == ["online": 5, "letter": 2, "email": 0, "event": 1, "data-platform": 0])
            #expect(figures.contributions == 8 && figures.participants == 6, "three online, three entered senders")
            #expect(figures.outcomes["partly-adopted"] == 3 && figures.outcomes["not-adopted"] == 1)
            #expect(figures.outcomes["noted"] == 3 && figures.outcomes["adopted"] == 1 && figures.outcomes["open"] == 0)
            let letters = try #require(figures.channels.first { $0.channel == "letter" })
            #expect(letters.outcomes["partly-adopted"] == 1 && letters.outcomes["noted"] == 1)
            let sovereignty = try #require(figures.blocks.first { $0.id == "hoheit-ueber-daten" })
            #expect(sovereignty.agree == 3 && sovereignty.contributions == 1)
            #expect(
                figures.acceptance.reviews == 1 && figures.acceptance.counts == [0, 0, 0, 1, 0]
                    && figures.acceptance.mean == "4.0")
            #expect(figures.reviews.count == 1 && figures.reviews[0].block == nil)

            let page = try await anonymous.get("/strategien/smart-city/text/1").text
            #expect(page.contains("Beteiligung in Zahlen") && page.contains(#"id="figures-chart-title""#))
            #expect(page.contains("Beiträge nach Kanal und Entscheidung: online:"))
            #expect(page.contains(#"<td data-label="Mittelwert">4,0</td>"#))
        }
    }

    /// An unpublished review counts nowhere; published, it counts at once (on every instance: the
    /// kept pages follow the latest publication).
    @Test func onlyPublishedReviewsAreCounted() async throws {
        try await WebFixture.with { fixture in
            let anonymous = try await fixture.browser(.anonymous)
            let path = "/api/v1/strategies/smart-city/text/versions/2/figures"
            let before = try JSONDecoder().decode(
                VersionFiguresDocument.self, from: Data(try await anonymous.get(path).text.utf8))
            #expect(before.acceptance.reviews == 0 && before.reviews.isEmpty, "the demo's review of 2 is internal")
            #expect(!(try await anonymous.get("/strategien/smart-city/text/2").text.contains("Interne Notiz")))
            let admin = try await fixture.browser(.admin)
            let page = try await admin.get(ReviewTests.page).text
            let box = try #require(page.firstMatch(of: /name="(gutachten-\d+)"/).map { String($0.1) })
            #expect(try await admin.post(ReviewTests.page + "/veroeffentlichen", [box: "1"]).status == .seeOther)
            let after = try JSONDecoder().decode(
                VersionFiguresDocument.self, from: Data(try await anonymous.get(path).text.utf8))
            #expect(after.practicality.counts == [0, 1, 0, 0, 0] && after.practicality.mean == "2.0")
            #expect(try await anonymous.get("/strategien/smart-city/text/2").text.contains("Interne Notiz"))
        }
    }

    @Test func meansAreRoundedHalfUpInTenths() {
        let version = TextVersion(id: 1, strategy: 1, number: 1, title: "T", state: .published, blocks: [])
        func mean(_ values: [Int]) -> Int? {
            VersionFigures(
                version: version, tallies: [:], participants: 0, channels: [:], outcomes: [:],
                reviews: values.map {
                    ExpertReview(
                        version: 1, block: nil, acceptance: $0, practicality: 1, reason: "r", publishedAt: .now())
                }
            ).acceptance.meanInTenths
        }
        #expect(mean([]) == nil && mean([4]) == 40 && mean([3, 4]) == 35 && mean([1, 1, 2]) == 13)
        #expect(mean([2, 2, 3]) == 23 && mean([1, 2, 2, 2, 2, 2]) == 18)
    }
}

@Suite struct ReportParticipationTests {
    /// The office includes version 1's discussion in a council report: a section with the figures as
    /// they stood, frozen with the report, so that it regenerates byte for byte; an unknown version is
    /// refused and publishes nothing.
    @Test func aCouncilReportIncludesAVersionsDiscussion() async throws {
        try await WebFixture.with { fixture in
            let admin = try await fixture.browser(.admin)
            #expect(try await admin.get("/verwaltung/katalog").text.contains(#"<option value="smart-city/1">"#))
            let council = SQLCouncilRepository(database: fixture.database)
            let strategy = try #require(try await fixture.catalogues.strategies().first)
            let before = try await council.publishedReports(of: strategy).count
            let refused = try await admin.post(
                "/verwaltung/berichte", ["stichtag": "2021-12-31", "beteiligung": "smart-city/9"])
            #expect(refused.status == .unprocessableContent && refused.text.contains("smart-city/9"))
            #expect(try await council.publishedReports(of: strategy).count == before)

            let sent = try await admin.post(
                "/verwaltung/berichte", ["stichtag": "2021-12-31", "beteiligung": "smart-city/1"])
            #expect(sent.status == .seeOther)
            let report = try #require(try await council.publishedReports(of: strategy).last)
            #expect(report.inputs.participation?.first?.contributions == 8)
            let generator = ReportGenerator(catalogues: fixture.catalogues, council: council)
            let html = String(decoding: try await generator.regenerate(report, as: .html), as: UTF8.self)
            #expect(html.contains("Beteiligung: Smart-City-Strategie Mannheim (Beispiel), Fassung 1"))
            #expect(html.contains("haben sich 6 Personen beteiligt, mit Beiträgen oder ihrer Zustimmung"))
            #expect(html.contains("eingebracht wurden 8 Beiträge (5 online, 2 Brief und 1 Veranstaltung)"))
            #expect(html.contains("Akzeptanz 4,0 und Praxistauglichkeit 3,0 von 5"))
            _ = try await generator.regenerate(report, as: .docx)
            _ = try await generator.regenerate(report, as: .md)
        }
    }
}
