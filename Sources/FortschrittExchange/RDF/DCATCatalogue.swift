import FortschrittDomain

/// The open datasets as DCAT-AP.de 3.0, one page at a time, as GovData's harvester reads them: each
/// page a whole catalogue of its datasets with their distributions, publisher and contact, plus the
/// Hydra paging block with both generations of predicates. A dataset's IRI is its public page, which
/// never changes, and also its `dct:identifier`; `dct:modified` is the time of its last change.
public struct DCATCatalogue: Sendable {
    /// The site's public address (no trailing slash), the catalogue's title, the city that publishes
    /// and GovData's ID of the delivering system.
    public var base: String
    public var title: String
    public var publisherName: String
    public var contributorID: String
    /// Where questions about the indicators go (the site operator's address).
    public var contactEmail: String

    public init(
        base: String, title: String, publisherName: String, contributorID: String,
        contactEmail: String = "opendata@example.org"
    ) {
        self.base = base
        self.title = title
        self.publisherName = publisherName
        self.contributorID = contributorID
        self.contactEmail = contactEmail
    }

    static let namespaces: [(prefix: String, namespace: String)] = [
        ("dcat", "http://www.w3.org/ns/dcat#"), ("dct", "http://purl.org/dc/terms/"),
        ("dcatde", "http://dcat-ap.de/def/dcatde/"), ("foaf", "http://xmlns.com/foaf/0.1/"),
        ("vcard", "http://www.w3.org/2006/vcard/ns#"), ("hydra", "http://www.w3.org/ns/hydra/core#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ]
    static let dcat = "http://www.w3.org/ns/dcat#"
    static let dct = "http://purl.org/dc/terms/"
    static let foaf = "http://xmlns.com/foaf/0.1/"
    static let vcard = "http://www.w3.org/2006/vcard/ns#"
    static let hydra = "http://www.w3.org/ns/hydra/core#"
    static let xsd = "http://www.w3.org/2001/XMLSchema#"
    static let german = "http://publications.europa.eu/resource/authority/language/DEU"

    public var catalogIRI: String { base + "/dcat/catalog" }
    public var publisherIRI: String { base + "/#stadt" }

    public func datasetIRI(_ slug: String) -> String { base + "/daten/" + slug }

    /// The address of page `number` in the format of `suffix` ("ttl", "rdf", "jsonld").
    public func pageAddress(_ number: Int, suffix: String) -> String {
        "\(base)/dcat/catalog.\(suffix)?page=\(number)"
    }

    /// How many pages `allCount` dataset positions fill, at least one.
    public static func pageCount(allCount: Int, size: Int) -> Int {
        max(1, (allCount + size - 1) / size)
    }

    public func graph(_ page: HarvestPage, number: Int, size: Int, suffix: String) -> RDFGraph {
        var graph = RDFGraph(prefixes: Self.namespaces)
        graph.add(catalogIRI, type: Self.dcat + "Catalog")
        graph.add(catalogIRI, Self.dct + "title", .text(title, language: "de"))
        graph.add(catalogIRI, Self.dct + "description", .text("Offene Daten: \(title)", language: "de"))
        graph.add(catalogIRI, Self.dct + "publisher", .iri(publisherIRI))
        graph.add(catalogIRI, Self.dct + "language", .iri(Self.german))
        let published = page.datasets + page.indicators.map { (dataset($0.indicator), $0.modified) }
        for (dataset, _) in published {
            graph.add(catalogIRI, Self.dcat + "dataset", .iri(datasetIRI(dataset.slug)))
        }
        paging(&graph, page, number: number, size: size, suffix: suffix)
        graph.add(publisherIRI, type: Self.foaf + "Organization")
        graph.add(publisherIRI, type: Self.foaf + "Agent")
        graph.add(publisherIRI, Self.foaf + "name", .text(publisherName, language: "de"))
        for (dataset, modified) in published { add(dataset, modified: modified, to: &graph) }
        return graph
    }

    /// An indicator as a dataset of its own: its page is its IRI, its values as CSV its distribution,
    /// published by the city under the Datenlizenz Deutschland with the site operator as contact.
    func dataset(_ indicator: Indicator) -> Dataset {
        let path = "indikatoren/" + indicator.slug
        let about = indicator.description.isEmpty ? indicator.title : indicator.description
        return Dataset(
            slug: path, title: indicator.title, description: about + " Einheit: \(indicator.unit).",
            keywords: ["Indikator", "Digitalisierungsstrategie"], theme: .government,
            department: indicator.department, contactName: publisherName, contactEmail: contactEmail,
            licence: .attributionGermany, frequency: .irregular,
            distributions: [.init(title: "Werte (CSV)", url: "\(base)/daten/\(path)/werte.csv", format: .csv)],
            measures: indicator.measures, blocks: [], access: .open,
            ethics: EthicsRecord(
                purpose: "", legalBasis: "", personalData: .none, retention: "", reviewOutcome: .notRequired))
    }

    func paging(_ graph: inout RDFGraph, _ page: HarvestPage, number: Int, size: Int, suffix: String) {
        let here = pageAddress(number, suffix: suffix)
        let last = Self.pageCount(allCount: page.allCount, size: size)
        graph.add(here, type: Self.hydra + "PagedCollection")
        graph.add(here, Self.hydra + "totalItems", .typed("\(page.openCount)", datatype: Self.xsd + "integer"))
        graph.add(here, Self.hydra + "itemsPerPage", .typed("\(size)", datatype: Self.xsd + "integer"))
        var links = [("first", 1), ("last", last)]
        if number > 1 { links.append(("previous", number - 1)) }
        if number < last { links.append(("next", number + 1)) }
        for (name, target) in links {
            let address = RDFGraph.Term.text(pageAddress(target, suffix: suffix), language: nil)
            graph.add(here, Self.hydra + name, address)
            graph.add(here, Self.hydra + name + "Page", address)
        }
    }

    func add(_ dataset: Dataset, modified: RecordedTime, to graph: inout RDFGraph) {
        let iri = datasetIRI(dataset.slug)
        let contact = iri + "#kontakt"
        graph.add(iri, type: Self.dcat + "Dataset")
        graph.add(iri, Self.dct + "identifier", .text(iri, language: nil))
        graph.add(iri, Self.dct + "title", .text(dataset.title, language: "de"))
        graph.add(iri, Self.dct + "description", .text(dataset.description, language: "de"))
        graph.add(iri, "http://dcat-ap.de/def/dcatde/contributorID", .iri(contributorID))
        graph.add(iri, Self.dct + "modified", .typed(modified.iso, datatype: Self.xsd + "dateTime"))
        for keyword in dataset.keywords { graph.add(iri, Self.dcat + "keyword", .text(keyword, language: "de")) }
        graph.add(iri, Self.dcat + "theme", .iri(dataset.theme.iri))
        graph.add(iri, Self.dct + "publisher", .iri(publisherIRI))
        graph.add(iri, Self.dcat + "contactPoint", .iri(contact))
        graph.add(iri, Self.dct + "language", .iri(Self.german))
        graph.add(
            iri, Self.dct + "accessRights",
            .iri("http://publications.europa.eu/resource/authority/access-right/\(dataset.access.dcatCode)"))
        graph.add(iri, Self.dct + "accrualPeriodicity", .iri(dataset.frequency.iri))
        graph.add(iri, Self.dcat + "landingPage", .iri(iri))
        for index in dataset.distributions.indices {
            graph.add(iri, Self.dcat + "distribution", .iri("\(iri)/verteilung/\(index + 1)"))
        }
        graph.add(contact, type: Self.vcard + "Organization")
        graph.add(contact, type: Self.vcard + "Kind")
        graph.add(contact, Self.vcard + "fn", .text(dataset.contactName, language: nil))
        graph.add(contact, Self.vcard + "hasEmail", .iri("mailto:" + dataset.contactEmail))
        for (index, distribution) in dataset.distributions.enumerated() {
            let node = "\(iri)/verteilung/\(index + 1)"
            graph.add(node, type: Self.dcat + "Distribution")
            if !distribution.title.isEmpty {
                graph.add(node, Self.dct + "title", .text(distribution.title, language: "de"))
            }
            graph.add(node, Self.dcat + "accessURL", .iri(distribution.url))
            graph.add(node, Self.dcat + "downloadURL", .iri(distribution.url))
            graph.add(node, Self.dct + "format", .iri(distribution.format.iri))
            graph.add(
                node, Self.dcat + "mediaType",
                .iri("https://www.iana.org/assignments/media-types/" + distribution.format.mediaType))
            graph.add(node, Self.dct + "license", .iri(dataset.licence.iri))
            if let size = distribution.byteSize {
                graph.add(node, Self.dcat + "byteSize", .typed("\(size)", datatype: Self.xsd + "nonNegativeInteger"))
            }
        }
    }
}
