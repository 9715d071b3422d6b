import Foundation

/// A dataset of the city's data platform: what it holds and who publishes it, where it can be had,
/// what of the strategy it serves, who may see it, and its ethics record. Its slug names it for
/// good: the dataset's address (and its IRI in DCAT) never changes.
public struct Dataset: Hashable, Sendable, Codable {
    /// Who may see it, as DCAT-AP's access rights: open to everyone (PUBLIC), restricted to those
    /// granted access (RESTRICTED), internal to the city (NON_PUBLIC).
    public enum Access: String, Hashable, Sendable, Codable, CaseIterable {
        case open, restricted
        case internalOnly = "internal"

        public var dcatCode: String {
            switch self {
            case .open: "PUBLIC"
            case .restricted: "RESTRICTED"
            case .internalOnly: "NON_PUBLIC"
            }
        }
    }

    /// Where the data can be had: an address (a download or a service) in a file format.
    public struct Distribution: Hashable, Sendable, Codable {
        public var title: String
        public var url: String
        public var format: FileFormat
        /// The size in bytes, where known.
        public var byteSize: Int?

        public init(title: String, url: String, format: FileFormat, byteSize: Int? = nil) {
            self.title = title
            self.url = url
            self.format = format
            self.byteSize = byteSize
        }
    }

    /// A block of a strategy's text the dataset serves: the strategy's slug and the block's id.
    public struct BlockReference: Hashable, Sendable, Codable {
        public var strategy: String
        public var block: String

        public init(strategy: String, block: String) {
            self.strategy = strategy
            self.block = block
        }

        /// As written in forms and files: "smart-city/datenethik".
        public var text: String { "\(strategy)/\(block)" }
    }

    public var slug: String
    public var title: String
    public var description: String
    public var keywords: [String]
    public var theme: DataTheme
    /// The publishing department's code ("FB 12").
    public var department: String
    /// A functional contact (a team's mailbox, never a person's own address): name and address.
    public var contactName: String
    public var contactEmail: String
    public var licence: DataLicence
    public var frequency: UpdateFrequency
    public var distributions: [Distribution]
    /// The catalogue numbers of the measures it serves.
    public var measures: [String]
    public var blocks: [BlockReference]
    public var access: Access
    public var ethics: EthicsRecord

    public init(
        slug: String, title: String, description: String, keywords: [String], theme: DataTheme, department: String,
        contactName: String, contactEmail: String, licence: DataLicence, frequency: UpdateFrequency,
        distributions: [Distribution], measures: [String], blocks: [BlockReference], access: Access,
        ethics: EthicsRecord
    ) {
        self.slug = slug
        self.title = title
        self.description = description
        self.keywords = keywords
        self.theme = theme
        self.department = department
        self.contactName = contactName
        self.contactEmail = contactEmail
        self.licence = licence
        self.frequency = frequency
        self.distributions = distributions
        self.measures = measures
        self.blocks = blocks
        self.access = access
        self.ethics = ethics
    }

    /// Whether anyone may see it: pages, API, feeds and DCAT show only these.
    public var isPublic: Bool { access == .open }
}

/// One change of a dataset as its history keeps it: the whole new state, its number (1 for the
/// first), the day it took effect, when it was recorded, by whom and why.
public struct DatasetEvent: Hashable, Sendable {
    public var dataset: Dataset
    public var number: Int
    public var effectiveOn: CalendarDate
    public var recordedAt: RecordedTime
    public var actor: String
    public var reason: String

    public init(
        dataset: Dataset, number: Int, effectiveOn: CalendarDate, recordedAt: RecordedTime, actor: String,
        reason: String
    ) {
        self.dataset = dataset
        self.number = number
        self.effectiveOn = effectiveOn
        self.recordedAt = recordedAt
        self.actor = actor
        self.reason = reason
    }
}
