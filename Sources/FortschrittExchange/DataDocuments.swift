import FortschrittDomain

/// An open dataset as the API gives it: its description with the vocabularies' IRIs, its
/// distributions, what it serves and its ethics record.
public struct DatasetDocument: Codable, Sendable, Equatable {
    public struct Distribution: Codable, Sendable, Equatable {
        public var title: String
        public var url: String
        public var format: String
        public var mediaType: String
        public var byteSize: Int?
    }

    public var id: String
    public var title: String
    public var description: String
    public var keywords: [String]
    public var theme: String
    public var department: String
    public var contact: [String: String]
    public var licence: String
    public var frequency: String
    public var access: String
    public var distributions: [Distribution]
    public var measures: [String]
    public var blocks: [String]
    public var ethics: EthicsRecord

    public init(_ dataset: Dataset) {
        id = dataset.slug
        title = dataset.title
        description = dataset.description
        keywords = dataset.keywords
        theme = dataset.theme.iri
        department = dataset.department
        contact = ["name": dataset.contactName, "email": dataset.contactEmail]
        licence = dataset.licence.iri
        frequency = dataset.frequency.iri
        access = dataset.access.rawValue
        distributions = dataset.distributions.map {
            Distribution(
                title: $0.title, url: $0.url, format: $0.format.iri, mediaType: $0.format.mediaType,
                byteSize: $0.byteSize)
        }
        measures = dataset.measures
        blocks = dataset.blocks.map(\.text)
        ethics = dataset.ethics
    }
}

/// One entry of the public ethics register: every dataset, also one that is not public, with its
/// ethics record but without its distributions or contact.
public struct EthicsEntryDocument: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var description: String
    public var department: String
    public var access: String
    public var ethics: EthicsRecord

    public init(_ dataset: Dataset) {
        id = dataset.slug
        title = dataset.title
        description = dataset.description
        department = dataset.department
        access = dataset.access.rawValue
        ethics = dataset.ethics
    }
}
