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

/// An application as the API gives it: the open datasets it uses by id (the others only counted), the
/// measures it serves, and its findings with the contribution each question became.
public struct ApplicationDocument: Codable, Sendable, Equatable {
    public struct FindingDocument: Codable, Sendable, Equatable {
        public var id: Int64
        public var text: String
        public var question: String
        public var recordedAt: String
        public var contribution: Int64?
    }

    public var id: String
    public var title: String
    public var purpose: String
    public var field: String
    public var status: String
    public var department: String
    public var datasets: [String]
    public var nonPublicDatasets: Int
    public var measures: [String]
    public var findings: [FindingDocument]

    public init(_ application: DataApplication, openDatasets: Set<String>, findings: [Finding]) {
        id = application.slug
        title = application.title
        purpose = application.purpose
        field = application.field.rawValue
        status = application.status.rawValue
        department = application.department
        datasets = application.datasets.filter(openDatasets.contains)
        nonPublicDatasets = application.datasets.count - datasets.count
        measures = application.measures
        self.findings = findings.map {
            FindingDocument(
                id: $0.id, text: $0.text, question: $0.question, recordedAt: $0.recordedAt.iso,
                contribution: $0.contribution)
        }
    }
}

/// An indicator as the API gives it: its definition, its current values (numbers as exact decimal
/// text), and the forecast on them with method, parameters and cutoff.
public struct IndicatorDocument: Codable, Sendable, Equatable {
    public struct Value: Codable, Sendable, Equatable {
        public var period: String
        public var start: String
        public var end: String
        public var dimensions: [String: String]
        public var value: String
        public var source: String?
    }

    public var id: String
    public var title: String
    public var description: String
    public var unit: String
    public var direction: Indicator.Direction
    public var baseline: IndicatorBaseline?
    public var targets: [IndicatorTarget]
    public var department: String
    public var measures: [String]
    public var sources: [String]
    public var sample: Bool
    public var values: [Value]
    public var forecast: ForecastResult

    /// `openDatasets`: only those are named as sources.
    public init(_ indicator: Indicator, values: [IndicatorValue], forecast: ForecastResult, openDatasets: Set<String>) {
        id = indicator.slug
        title = indicator.title
        description = indicator.description
        unit = indicator.unit
        direction = indicator.direction
        baseline = indicator.baseline
        targets = indicator.targets
        department = indicator.department
        measures = indicator.measures
        sources = indicator.datasets.filter(openDatasets.contains)
        sample = indicator.sample
        self.values = values.map {
            Value(
                period: $0.period.text, start: $0.period.start.iso, end: $0.period.end.iso,
                dimensions: Dictionary(
                    $0.dimensions.entries.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a }),
                value: $0.value.text, source: $0.source.flatMap { openDatasets.contains($0) ? $0 : nil })
        }
        self.forecast = forecast
    }
}
