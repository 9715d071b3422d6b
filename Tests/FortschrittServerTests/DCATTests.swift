import FortschrittDomain
import FortschrittExchange
import FortschrittStore
import FortschrittTestSupport
import Foundation
import Testing

@testable import FortschrittServer

/// The DCAT-AP.de catalogue as GovData harvests it: pages followed by their next links, stable
/// positions while datasets are added or closed, identifiers equal to the IRIs, `dct:modified` moving
/// only with a change, and every text escaped for each format.
@Suite struct DCATTests {
    static let configuration = ServerConfiguration(publicURL: "https://daten.stadt.example", dcatPageSize: 2)

    /// The datasets of a Turtle page, and its next page's address.
    static func read(_ turtle: String) -> (datasets: [String], next: String?) {
        let datasets = turtle.matches(
            of: /<https:\/\/daten\.stadt\.example\/daten\/((?:indikatoren\/)?[a-z0-9-]+)> a dcat:Dataset/
        )
        .map { String($0.1) }
        let next = turtle.firstMatch(of: /hydra:next "([^"]+)"/).map { String($0.1) }
        return (datasets, next)
    }

    static func sample(_ slug: String) -> Dataset {
        var dataset = DatasetTests.sample(access: .open, personal: .none, review: .notRequired)
        dataset.slug = slug
        dataset.title = "Harvest \(slug)"
        return dataset
    }

    /// GovData deletes what a complete run did not see: a run during which datasets are added and one
    /// is closed still sees every dataset that stayed open, each once.
    @Test func aHarvestWhileDatasetsAreAddedMissesNone() async throws {
        try await WebFixture.with(configuration: Self.configuration) { fixture in
            let anonymous = try await fixture.browser(.anonymous)
            let repository = SQLDatasetRepository(database: fixture.database)
            let indicators = SQLIndicatorRepository(database: fixture.database)
            let before = Set(try await repository.datasets(publicOnly: true).map(\.slug))
                .union(try await indicators.indicators().map { "indikatoren/" + $0.slug })
            #expect(before.contains("indikatoren/mobile-arbeit"), "indicators are datasets of their own")
            var seen: [String] = []
            var next: String? = "/dcat/catalog.ttl?page=1"
            var step = 0
            while let address = next, step < 50 {
                let page = try await anonymous.get(
                    address.replacingOccurrences(of: "https://daten.stadt.example", with: ""))
                #expect(page.status == .ok && page.headers[.contentType]?.hasPrefix("text/turtle") == true)
                let read = Self.read(page.text)
                seen += read.datasets
                next = read.next
                // Between the pages: a new dataset each time, and after the first page the demo's first
                // dataset closes (it was seen already; the others must not shift past the harvester).
                _ = try await repository.save(
                    Self.sample("neu-\(step)"), version: nil, reason: "", actor: "t", at: .now())
                // On the first pages also a new indicator (more would outrun the harvester for good).
                if step < 3 {
                    _ = try await indicators.save(
                        Indicator(
                            slug: "neu-\(step)", title: "Neu \(step)", description: "", unit: "Stück",
                            direction: .increase, baseline: nil, targets: [], department: "FB 12", measures: [],
                            datasets: []),
                        version: nil, reason: "", actor: "t", at: .now())
                }
                if step == 0, var first = try await repository.dataset(slug: "baumkataster", publicOnly: false) {
                    first.dataset.access = .internalOnly
                    _ = try await repository.save(
                        first.dataset, version: first.version, reason: "geschlossen", actor: "t", at: .now())
                }
                step += 1
            }
            #expect(next == nil, "the harvest ended")
            #expect(Set(seen).isSuperset(of: before), "missing: \(before.subtracting(seen))")
            #expect(seen.count == Set(seen).count, "each once: \(seen)")
            #expect(!seen.contains("energieverbrauch-gebaeude") && !seen.contains("buergerservice-anliegen"))
        }
    }

    @Test func identifiersAreTheIRIsAndModifiedMovesOnlyWithAChange() async throws {
        try await WebFixture.with(configuration: Self.configuration) { fixture in
            let anonymous = try await fixture.browser(.anonymous)
            let first = try await anonymous.get("/dcat/catalog.ttl?page=1").text
            #expect(
                first.contains(
                    "<https://daten.stadt.example/daten/baumkataster> a dcat:Dataset ;\n"
                        + "    dct:identifier \"https://daten.stadt.example/daten/baumkataster\""))
            #expect(try await anonymous.get("/dcat/catalog.ttl?page=1").text == first, "the same twice")
            let repository = SQLDatasetRepository(database: fixture.database)
            let tree = try #require(try await repository.dataset(slug: "baumkataster", publicOnly: false))
            var changed = tree.dataset
            changed.keywords.append("Neu")
            _ = try await repository.save(changed, version: tree.version, reason: "Schlagwort", actor: "t", at: .now())
            let after = try await anonymous.get("/dcat/catalog.ttl?page=1").text
            func modified(_ turtle: String, _ slug: String) -> String? {
                let block = turtle.components(separatedBy: "<https://daten.stadt.example/daten/\(slug)> a dcat:Dataset")
                return block.dropFirst().first?.firstMatch(of: /dct:modified "([^"]+)"/).map { String($0.1) }
            }
            #expect(modified(after, "baumkataster") != modified(first, "baumkataster"))
            #expect(modified(after, "temperatur-messnetz") == modified(first, "temperatur-messnetz"))
            #expect(try await anonymous.get("/dcat/catalog.ttl?page=99").status == .notFound)
            #expect(try await anonymous.get("/dcat/catalog.ttl?page=0").status == .badRequest)
            #expect(try await anonymous.get("/dcat/catalog.ttl?seite=1").status == .badRequest)
        }
    }

    /// A title with quotes, a backslash, a line break and markup stays text in every format.
    @Test func hostileTextIsEscapedForEachFormat() {
        var dataset = Self.sample("feindlich")
        dataset.title = "Ein \"Titel\" mit \\ und\nZeile <b>&amp;</b> '"
        let catalogue = DCATCatalogue(
            base: "https://daten.stadt.example", title: "T", publisherName: "Stadt", contributorID: "http://x/y")
        let graph = catalogue.graph(
            HarvestPage(datasets: [(dataset, .now())], allCount: 1, openCount: 1), number: 1, size: 10, suffix: "ttl")
        #expect(graph.turtle.contains(#"dct:title "Ein \"Titel\" mit \\ und\nZeile <b>&amp;</b> '"@de"#))
        #expect(graph.rdfXML.contains("Ein &quot;Titel&quot; mit \\ und\nZeile &lt;b&gt;&amp;amp;&lt;/b&gt; &apos;"))
        let json = try? JSONSerialization.jsonObject(with: graph.jsonLD) as? [[String: Any]]
        let node = json?.first { $0["@id"] as? String == "https://daten.stadt.example/daten/feindlich" }
        let title = (node?["http://purl.org/dc/terms/title"] as? [[String: String]])?.first?["@value"]
        #expect(title == dataset.title)
        #expect(RDFGraph.iriref("https://x.example/a b<c>") == "https://x.example/a%20b%3Cc%3E")
        // A markup character with a joiner or a combining mark after it is one Character, still markup.
        dataset.description = "<\u{200D}x \"\u{301}&\u{338}\r\n"
        let joined = catalogue.graph(
            HarvestPage(datasets: [(dataset, .now())], allCount: 1, openCount: 1), number: 1, size: 10, suffix: "rdf")
        #expect(joined.rdfXML.contains("&lt;\u{200D}x &quot;\u{301}&amp;\u{338}&#13;\n"))
    }
}
