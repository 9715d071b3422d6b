import Foundation

/// Where council papers, their bodies and meetings, funding and published reports are kept.
public protocol CouncilRepository: Sendable {
    func organizations() async throws -> [Organization]
    /// Adds the body, or returns the one with this name.
    func saveOrganization(name: String, classification: String) async throws -> Organization
    func meetings() async throws -> [Meeting]
    /// Adds the meeting, or returns the one of this body on this date.
    func saveMeeting(organization: Int64, date: CalendarDate, isPublic: Bool, name: String) async throws -> Meeting

    func legislativeTerms() async throws -> [LegislativeTerm]
    /// Adds the term, or returns the one with this name.
    func saveLegislativeTerm(name: String, startDate: CalendarDate, endDate: CalendarDate?) async throws
        -> LegislativeTerm

    func papers() async throws -> [CouncilPaper]
    func paper(number: String) async throws -> PaperContext?
    /// Adds or replaces the paper with this number (its Beratungsfolge included).
    func savePaper(_ paper: CouncilPaper) async throws -> CouncilPaper

    func fundingProgrammes(of strategy: Strategy) async throws -> [FundingProgramme]
    /// Adds or replaces the programme with this name.
    func saveFundingProgramme(_ programme: FundingProgramme, in strategy: Strategy) async throws

    func reportNotes(of strategy: Strategy, report: ReportKey) async throws -> ReportNotes
    func saveReportNotes(_ notes: ReportNotes, of strategy: Strategy, report: ReportKey) async throws

    func publishedReports(of strategy: Strategy) async throws -> [PublishedReport]
    /// When the strategy's latest report or Abwägungstabelle was published; nil while none was.
    func lastPublished(in strategy: Strategy) async throws -> RecordedTime?
    func publishedReport(id: Int64) async throws -> PublishedReport?
    func publish(_ report: NewPublishedReport) async throws -> PublishedReport
    /// A published report's document in a format ("html", "docx" …) as it was published; nil for
    /// reports published before documents were kept.
    func publishedDocument(report id: Int64, format: String) async throws -> Data?

    /// Every published Abwägungstabelle, oldest first.
    func publishedDecisionTables() async throws -> [PublishedDecisionTable]
    /// Publishes a version's table as a file of its paper: refused when the paper does not exist or
    /// the version's table was published already.
    func publish(_ table: NewPublishedDecisionTable) async throws -> PublishedDecisionTable
    /// A published table's document in a format ("docx", "csv", "html"), as it was published.
    func publishedDocument(decisionTable id: Int64, format: String) async throws -> Data?
}

/// Which report a set of notes belongs to: its paper, or else its reporting date and baseline.
public struct ReportKey: Hashable, Sendable, Codable {
    public var reportDate: CalendarDate
    public var baseline: CalendarDate
    public var paper: String?

    public init(reportDate: CalendarDate, baseline: CalendarDate, paper: String?) {
        self.reportDate = reportDate
        self.baseline = baseline
        self.paper = paper
    }

    public var text: String { paper ?? "\(reportDate.iso)/\(baseline.iso)" }
}

/// A report as issued: its parameters, the recorded-time cutoff of the data it used, the paper,
/// funding and notes as they were, and the hash of each document, so that it regenerates
/// byte for byte however the data changes afterwards.
public struct PublishedReport: Hashable, Sendable, Codable {
    public var id: Int64
    public var strategy: Int64
    public var key: ReportKey
    public var knownAt: RecordedTime
    public var publishedAt: RecordedTime
    public var actor: String
    public var inputs: FrozenReportInputs
    /// SHA-256 of each format's bytes, by format name.
    public var hashes: [String: String]

    public init(
        id: Int64, strategy: Int64, key: ReportKey, knownAt: RecordedTime, publishedAt: RecordedTime, actor: String,
        inputs: FrozenReportInputs, hashes: [String: String]
    ) {
        self.id = id
        self.strategy = strategy
        self.key = key
        self.knownAt = knownAt
        self.publishedAt = publishedAt
        self.actor = actor
        self.inputs = inputs
        self.hashes = hashes
    }
}

public struct NewPublishedReport: Sendable {
    public var strategy: Int64
    public var key: ReportKey
    public var knownAt: RecordedTime
    public var actor: String
    public var inputs: FrozenReportInputs
    public var hashes: [String: String]
    /// The documents by format, kept as published.
    public var documents: [String: Data]

    public init(
        strategy: Int64, key: ReportKey, knownAt: RecordedTime, actor: String, inputs: FrozenReportInputs,
        hashes: [String: String],
        documents: [String: Data] = [:]
    ) {
        self.strategy = strategy
        self.key = key
        self.knownAt = knownAt
        self.actor = actor
        self.inputs = inputs
        self.hashes = hashes
        self.documents = documents
    }
}

/// A catalogue's names for its statuses, fields of action and departments. They are not history:
/// a status relabelled today is relabelled in every view, except in published reports, which keep
/// the names they were published with.
public struct CatalogueLabels: Hashable, Sendable, Codable {
    public var statuses: [StatusDefinition]
    public var fields: [FieldOfAction]
    public var departments: [Department]

    public init(of catalogue: Catalogue) {
        statuses = catalogue.statuses.all
        fields = catalogue.fields
        departments = catalogue.departments
    }

    /// The catalogue with these names.
    public func applied(to catalogue: Catalogue) -> Catalogue {
        var named = catalogue
        named.statuses = StatusSet(statuses)
        named.fields = fields
        named.departments = departments
        return named
    }
}

/// What a report says besides the catalogue, as it was when it was published.
public struct FrozenReportInputs: Hashable, Sendable, Codable {
    public var paper: CouncilPaper?
    public var organizations: [Organization]
    public var meetings: [Meeting]
    public var funding: [FundingProgramme]
    public var notes: ReportNotes
    /// The names the report gave statuses, fields and departments; nil until published (and in
    /// reports published before names were kept), when the current ones are used.
    public var labels: CatalogueLabels?
    /// The discussions of text versions the report includes, with their figures as published; nil in
    /// reports published before reports could include them.
    public var participation: [ParticipationSection]?
    /// The indicators the report shows, with values and forecasts as published; nil in reports
    /// published before reports showed indicators.
    public var indicators: [IndicatorSection]?

    public init(paper: PaperContext?, funding: [FundingProgramme], notes: ReportNotes, labels: CatalogueLabels? = nil) {
        self.paper = paper?.paper
        self.organizations = paper?.organizations ?? []
        self.meetings = paper?.meetings ?? []
        self.funding = funding
        self.notes = notes
        self.labels = labels
    }

    public var paperContext: PaperContext? {
        paper.map { PaperContext(paper: $0, organizations: organizations, meetings: meetings) }
    }
}
