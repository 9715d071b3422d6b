import FortschrittDomain
import FortschrittStore
import Foundation
import HummingbirdTesting
import Testing

@testable import FortschrittServer

/// The Atom feeds: what the public pages show and nothing more, renewed when it changes, with ids
/// that never change, every text escaped, and named in the head of the pages they belong to.
@Suite struct FeedTests {
    static let versions = "/strategien/smart-city/versionen.atom"
    static let decisions = "/strategien/smart-city/abwaegung.atom"
    static let catalogue = "/strategien/digitalstrategie/statusaenderungen.atom"
    static let field = "/strategien/digitalstrategie/handlungsfelder/1/statusaenderungen.atom"
    static let measure = "/strategien/digitalstrategie/massnahmen/1.4/statusaenderungen.atom"

    /// The feed's id and its entries' ids, in order.
    static func ids(_ feed: String) -> [String] {
        feed.matches(of: /<id>([^<]*)<\/id>/).map { String($0.1) }
    }

    static func entries(_ feed: String) -> Int { feed.components(separatedBy: "<entry>").count - 1 }

    @Test func publishedVersionsAndDecisionsAppearAndPreparedOnesNever() async throws {
        try await WebFixture.with { fixture in
            let anonymous = try await fixture.browser(.anonymous)
            _ = try await fixture.draftSmartCity(title: "Unveröffentlichter Entwurf")
            let versions = try await anonymous.get(Self.versions)
            #expect(versions.status == .ok && versions.headers[.contentType] == "application/atom+xml; charset=utf-8")
            #expect(Self.entries(versions.text) == 2 && versions.text.contains("<title>Fassung 2: "))
            #expect(versions.text.contains(#"href="/strategien/smart-city/text/1""#))
            #expect(!versions.text.contains("Unveröffentlichter Entwurf"), "a draft is not in the feed")

            // The demo's eight published decisions on version 1 (three on letters and the forum);
            let before = try await anonymous.get(Self.decisions).text
            #expect(Self.entries(before) == 8 && before.contains("teilweise berücksichtigt"))
            #expect(before.contains("Von der Moderation ausgeblendet. Grund: Enthielt persönliche Daten"))
            #expect(!before.contains("Telefon 0621"), "a hidden contribution's text stays hidden")

            // A decision prepared on version 2 stays out until it is published.
            let jo = try await ContributionTests.participant(fixture)
            let sent = try await jo.post(ContributionTests.block + "/kommentar", ["kommentar": "Bitte Open Data."])
            let id = try #require(sent.location?.split(separator: "#beitrag-").last.flatMap { Int($0) })
            let admin = try await fixture.browser(.admin)
            let page = "/verwaltung/abwaegung/smart-city/2"
            let prepared = try await admin.post(
                page, ["beitrag-\(id)": "1", "ergebnis": "noted", "begruendung": "Noch intern <vorbereitet>."])
            #expect(prepared.status == .seeOther)
            let unpublished = try await anonymous.get(Self.decisions).text
            #expect(Self.entries(unpublished) == 8 && !unpublished.contains("intern"), "prepared is internal")
            #expect(try await DecisionTests.publish(admin, page).status == .seeOther)
            let published = try await anonymous.get(Self.decisions).text
            #expect(Self.entries(published) == 9 && published.contains("Noch intern &lt;vorbereitet&gt;."))
            #expect(published.contains("Bitte Open Data.") && published.contains("#beitrag-\(id)"))
            // Signed-in visitors get the same feed, never kept.
            let own = try await jo.get(Self.decisions)
            #expect(own.headers[.cacheControl] == "no-store" && Self.ids(own.text) == Self.ids(published))
        }
    }

    @Test func statusChangesRenewTheFeedsOfTheStrategyFieldAndMeasureEscaped() async throws {
        try await WebFixture.with { fixture in
            let anonymous = try await fixture.browser(.anonymous)
            let before = try await anonymous.get(Self.measure)
            #expect(before.status == .ok && before.text.contains("Digitales Wahlmanagement"))
            let etag = try #require(before.headers[.eTag])
            #expect(try await anonymous.get(Self.measure, headers: [.ifNoneMatch: etag]).status == .notModified)
            #expect(Self.entries(try await anonymous.get(Self.catalogue).text) == 49, "one status per measure")

            let editor = try await fixture.browser(.editorOwn)
            let saved = try await editor.post(
                "/massnahmen/1.4/status",
                [
                    "status": "verzoegert", "seit": "2026-02-01", "grund": #"Verzug <script>alert("x")</script> & ]]>"#,
                    "gesehen": try await EditingTests.seen(editor, "1.4"),
                ])
            #expect(saved.status == .seeOther)
            for path in [Self.measure, Self.field, Self.catalogue] {
                let feed = try await anonymous.get(path).text
                #expect(
                    feed.contains("Grund: Verzug &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;"), "\(path)")
                #expect(!feed.contains("<script>") && !feed.contains(Person.editorOwn.email), "\(path)")
                #expect(feed.contains("<title>1.4 Digitales Wahlmanagement: verzögert</title>"), "\(path)")
                #expect(Self.entries(feed) <= AtomFeed.entryLimit)
            }
            #expect(try await anonymous.get(Self.measure, headers: [.ifNoneMatch: etag]).status == .ok, "renewed")
            // Another field's feed does not list it.
            let other = try await anonymous.get("/strategien/digitalstrategie/handlungsfelder/2/statusaenderungen.atom")
            #expect(other.status == .ok && !other.text.contains("1.4 Digitales Wahlmanagement"))
            // A strategy's own name is text too.
            _ = try await fixture.catalogues.createStrategy(
                NewStrategy(slug: "feindlich", title: #"A & B <i>"x"</i>"#, body: "Stadt <Beispiel>"))
            let named = try await anonymous.get("/strategien/feindlich/statusaenderungen.atom").text
            #expect(named.contains("<title>A &amp; B &lt;i&gt;&quot;x&quot;&lt;/i&gt;: Statusänderungen der "))
            #expect(named.contains("<name>Stadt &lt;Beispiel&gt;</name>") && !named.contains("<i>"))
        }
    }

    @Test func idsStayTheSameAcrossRequestsHostsLanguagesAndChanges() async throws {
        try await WebFixture.with(live: true) { fixture in
            let port = try #require(fixture.client.port)
            let anonymous = try await fixture.browser(.anonymous)
            for path in [Self.versions, Self.decisions, Self.catalogue, Self.field, Self.measure] {
                let first = try await anonymous.get(path).text
                let ids = Self.ids(first)
                #expect(ids.count > 1 && ids.allSatisfy { $0.hasPrefix("urn:uuid:") } && Set(ids).count == ids.count)
                let elsewhere = try await RawHTTP.get(port: port, path: path, headers: ["Host: anderswo.example:8443"])
                let english = Browser(client: fixture.client)
                english.set(cookie: Language.cookie, "en")
                let translated = try await english.get(path).text
                #expect(Self.ids(elsewhere) == ids && Self.ids(translated) == ids, "\(path)")
                #expect(translated.contains(#"xml:lang="en""#) && first.contains(#"xml:lang="de""#))
                #expect(!elsewhere.contains("anderswo"), "no Host header in a feed")
            }
            // A new status change adds an entry; the feed and every other entry keep their ids.
            let before = Self.ids(try await anonymous.get(Self.measure).text)
            let editor = try await fixture.browser(.editorOwn)
            _ = try await editor.post(
                "/massnahmen/1.4/status",
                [
                    "status": "etabliert", "seit": "2026-03-01", "grund": "Eingeführt",
                    "gesehen": try await EditingTests.seen(editor, "1.4"),
                ])
            let after = Self.ids(try await anonymous.get(Self.measure).text)
            #expect(after.count == before.count + 1 && after.first == before.first)
            #expect(Set(before).isSubset(of: Set(after)))
        }
        // With a public address, links are absolute under it; without, relative.
        try await WebFixture.with(configuration: ServerConfiguration(publicURL: "https://stadt.example/")) { fixture in
            let feed = try await fixture.browser(.anonymous).get(Self.versions).text
            #expect(
                feed.contains(#"rel="self" type="application/atom+xml; charset=utf-8" href="https://stadt.example"#))
            #expect(feed.contains(#"href="https://stadt.example/strategien/smart-city/text/2""#))
        }
    }

    /// Readers poll, they do not archive: a feed lists its latest entries only.
    @Test func aFeedListsItsLatestFiftyEntries() {
        let entries = (1...60).map { index in
            AtomFeed.Entry(
                id: "urn:x:\(index)", title: "\(index)", updated: RecordedTime(microseconds: Int64(index)), page: nil,
                content: "")
        }
        let feed = AtomFeed(
            id: "urn:x", title: "t", language: .de, author: "a", path: "/f.atom", page: "/", base: "",
            entries: entries.shuffled())
        #expect(feed.entries.map(\.title) == (11...60).reversed().map { "\($0)" })
        #expect(feed.updated == RecordedTime(microseconds: 60))
        #expect(Self.entries(feed.xml) == AtomFeed.entryLimit)
    }

    @Test func pagesNameTheirFeedsAndUnknownOnesAreNotFound() async throws {
        try await WebFixture.with { fixture in
            let anonymous = try await fixture.browser(.anonymous)
            for (page, feeds) in [
                ("/", [Self.catalogue]), ("/massnahmen", [Self.catalogue]), ("/massnahmen?feld=1", [Self.field]),
                ("/massnahmen/1.4", [Self.measure, Self.catalogue]), ("/strategien", [Self.versions, Self.catalogue]),
                ("/strategien/smart-city/text/2", [Self.versions, Self.decisions]),
                ("/strategien/smart-city/text/1/vergleich/2", [Self.versions]),
                ("/strategien/smart-city/text/1/abwaegung", [Self.decisions]),
                ("/strategien/smart-city/text/2/abschnitt/datenethik", [Self.decisions]),
            ] {
                let html = try await anonymous.get(page).text
                for feed in feeds {
                    let named = html.matches(
                        of: /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="([^"]+)"\/>/)
                    #expect(named.contains { $0.1 == feed }, "\(page) names \(feed)")
                }
            }
            #expect(try await anonymous.get("/massnahmen").text.contains("Statusänderungen der Maßnahmen"))
            for missing in [
                "/strategien/gibt-es-nicht/versionen.atom",
                "/strategien/digitalstrategie/handlungsfelder/99/statusaenderungen.atom",
                "/strategien/digitalstrategie/massnahmen/9.99/statusaenderungen.atom",
            ] {
                #expect(try await anonymous.get(missing).status == .notFound, "\(missing)")
            }
            #expect(
                try await anonymous.get("/strategien/digitalstrategie/handlungsfelder/0/statusaenderungen.atom").status
                    == .badRequest)
        }
    }
}
