import FortschrittDomain
import FortschrittExchange
import Foundation

public enum ReportFormat: String, CaseIterable, Sendable {
    case html, md, docx
    /// Anlage 1, the catalogue on the reporting date.
    case csv
    /// Anlage 2, every status change in the period.
    case changesCSV = "changes-csv"

    public var fileExtension: String { self == .changesCSV ? "csv" : rawValue }
    public var mediaType: String {
        switch self {
        case .html: return "text/html; charset=utf-8"
        case .md: return "text/markdown; charset=utf-8"
        case .docx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .csv, .changesCSV: return "text/csv; charset=utf-8"
        }
    }
}

/// Which report: a strategy's catalogue at a reporting date, compared with a baseline, optionally
/// issued as a council paper.
public struct ReportRequest: Sendable {
    public var strategy: Strategy
    public var reportDate: CalendarDate
    /// Nil: the last published report before the reporting date, else the strategy's adoption.
    public var baseline: CalendarDate?
    public var paper: String?
    /// The discussions of text versions to include, with their figures now.
    public var participation: [ParticipationSection]
    /// The indicators to show, with their values and forecasts now; the generator adds those of the
    /// catalogue's measures where it knows the indicators.
    public var indicators: [IndicatorSection]

    public init(
        strategy: Strategy, reportDate: CalendarDate, baseline: CalendarDate? = nil, paper: String? = nil,
        participation: [ParticipationSection] = [], indicators: [IndicatorSection] = []
    ) {
        self.participation = participation
        self.indicators = indicators
        self.strategy = strategy
        self.reportDate = reportDate
        self.baseline = baseline
        self.paper = paper
    }
}

/// Generates council reports from the repositories, publishes them, and regenerates published
/// ones byte for byte from their frozen inputs and recorded-time cutoff.
public struct ReportGenerator: Sendable {
    public let catalogues: any CatalogueRepository
    public let council: any CouncilRepository
    /// Where the indicators a published report shows come from; nil: reports without indicators.
    public let indicators: (any IndicatorRepository)?

    public init(
        catalogues: any CatalogueRepository, council: any CouncilRepository,
        indicators: (any IndicatorRepository)? = nil
    ) {
        self.catalogues = catalogues
        self.council = council
        self.indicators = indicators
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The report key with its baseline resolved.
    public func key(for request: ReportRequest) async throws -> ReportKey {
        if let paper = request.paper, try await council.paper(number: paper) == nil {
            throw RuleViolation("paper", .noPaper(paper))
        }
        let baseline: CalendarDate
        if let given = request.baseline {
            baseline = given
        } else if let previous = try await council.publishedReports(of: request.strategy).map(\.key.reportDate).filter({
            $0 < request.reportDate
        }).max() {
            baseline = previous
        } else if let adopted = request.strategy.adoptedOn {
            baseline = adopted
        } else {
            throw RuleViolation("since", .noBaseline)
        }
        guard baseline <= request.reportDate else {
            throw RuleViolation(
                "since", .baselineAfterReportDate(baseline: baseline.iso, reportDate: request.reportDate.iso))
        }
        return ReportKey(reportDate: request.reportDate, baseline: baseline, paper: request.paper)
    }

    /// The current inputs besides the catalogue: the paper, the funding and the staff's notes.
    public func currentInputs(_ strategy: Strategy, key: ReportKey) async throws -> FrozenReportInputs {
        let paper = try await key.paper.asyncMap { try await council.paper(number: $0) } ?? nil
        return FrozenReportInputs(
            paper: paper, funding: try await council.fundingProgrammes(of: strategy),
            notes: try await council.reportNotes(of: strategy, report: key))
    }

    /// The current inputs with the request's discussions and indicators (those of the catalogue's
    /// measures on the reporting date, as known now, where the generator knows the indicators).
    func requestedInputs(_ request: ReportRequest, key: ReportKey) async throws -> FrozenReportInputs {
        var inputs = try await currentInputs(request.strategy, key: key)
        inputs.participation = request.participation.isEmpty ? nil : request.participation
        var shown = request.indicators
        if let indicators, shown.isEmpty {
            let measures = try await catalogues.catalogue(of: request.strategy, asOf: key.reportDate, knownAt: nil)
                .measures.map { "\($0.number)" }
            shown = IndicatorSection.sections(
                try await indicators.indicators(), events: try await indicators.valueEvents(of: nil),
                measures: Set(measures), reportDate: key.reportDate, knownAt: .now())
        }
        inputs.indicators = shown.isEmpty ? nil : shown
        return inputs
    }

    public func document(_ strategy: Strategy, key: ReportKey, inputs: FrozenReportInputs, knownAt: RecordedTime?)
        async throws -> ReportDocument
    {
        try await report(strategy, key: key, inputs: inputs, knownAt: knownAt).document
    }

    /// The document, and the names of statuses, fields and departments it used (the frozen ones
    /// when the inputs carry them).
    func report(_ strategy: Strategy, key: ReportKey, inputs: FrozenReportInputs, knownAt: RecordedTime?) async throws
        -> (document: ReportDocument, labels: CatalogueLabels)
    {
        // Two independent reads, each on a connection of its own, side by side: the catalogue on
        // both dates, and the period's status changes (all the report takes from the history).
        async let both = catalogues.catalogues(of: strategy, asOf: [key.reportDate, key.baseline], knownAt: knownAt)
        async let events = catalogues.history(
            of: strategy, knownAt: knownAt, effectiveAfter: key.baseline, through: key.reportDate,
            kinds: [.statusSet, .retracted])
        let (current, baseline) = try await (both[0], both[1])
        let labels = inputs.labels ?? CatalogueLabels(of: current)
        let report = StrategyReport(
            at: labels.applied(to: current), baseline: labels.applied(to: baseline), events: try await events)
        let document = CouncilReportWriter(
            report: report, paper: inputs.paperContext, funding: inputs.funding, notes: inputs.notes,
            participation: inputs.participation ?? [], indicators: inputs.indicators ?? []
        ).document()
        return (document, labels)
    }

    public static func render(_ document: ReportDocument, as format: ReportFormat) throws -> Data {
        switch format {
        case .html: return Data(HTMLReport.render(document).utf8)
        case .md: return Data(MarkdownReport.render(document).utf8)
        case .docx: return try DocxReport.render(document)
        case .csv: return Data(AnnexCSV.render(document, annex: 0).utf8)
        case .changesCSV: return Data(AnnexCSV.render(document, annex: 1).utf8)
        }
    }

    /// Several formats of one document, rendered side by side.
    public static func render(_ document: ReportDocument, as formats: [ReportFormat]) async throws -> [ReportFormat:
        Data]
    {
        try await withThrowingTaskGroup(of: (ReportFormat, Data).self) { group in
            for format in formats { group.addTask { (format, try render(document, as: format)) } }
            var rendered: [ReportFormat: Data] = [:]
            for try await (format, data) in group { rendered[format] = data }
            return rendered
        }
    }

    /// The report as it stands now: the latest data, paper, funding and notes.
    public func generate(_ request: ReportRequest, as format: ReportFormat) async throws -> Data {
        let key = try await key(for: request)
        let inputs = try await requestedInputs(request, key: key)
        return try Self.render(try await document(request.strategy, key: key, inputs: inputs, knownAt: nil), as: format)
    }

    /// Freezes the report: the cutoff is the last recorded event, the inputs are copied, every
    /// format's hash is stored.
    public func publish(_ request: ReportRequest, actor: String) async throws -> PublishedReport {
        let key = try await key(for: request)
        var inputs = try await requestedInputs(request, key: key)
        let cutoff = try await catalogues.lastRecorded(in: request.strategy) ?? RecordedTime(microseconds: 0)
        let (document, labels) = try await report(request.strategy, key: key, inputs: inputs, knownAt: cutoff)
        inputs.labels = labels
        var documents: [String: Data] = [:]
        for (format, data) in try await Self.render(document, as: ReportFormat.allCases) {
            documents[format.rawValue] = data
        }
        return try await council.publish(
            NewPublishedReport(
                strategy: request.strategy.id, key: key, knownAt: cutoff, actor: actor,
                inputs: inputs, hashes: try DocumentHashes.of(documents), documents: documents))
    }

    /// A published report's document as it was published: kept bytes, or (for reports published
    /// before documents were kept) regenerated and checked.
    public func published(_ report: PublishedReport, as format: ReportFormat) async throws -> Data {
        if let kept = try await council.publishedDocument(report: report.id, format: format.rawValue) { return kept }
        return try await regenerate(report, as: format)
    }

    /// A published report's document in a format, regenerated from the data and checked against the
    /// hash stored at publication: proof that the history behind it was not altered.
    public func regenerate(_ published: PublishedReport, as format: ReportFormat) async throws -> Data {
        guard let strategy = try await catalogues.strategies().first(where: { $0.id == published.strategy }) else {
            throw Failure(description: "the report's strategy no longer exists")
        }
        let data = try Self.render(
            try await document(strategy, key: published.key, inputs: published.inputs, knownAt: published.knownAt),
            as: format)
        guard try await matches(data, published, as: format) else {
            throw Failure(
                description:
                    "published report \(published.id) no longer regenerates identically in \(format.rawValue); its "
                    + "history was altered"
            )
        }
        return data
    }

    /// Whether regenerated bytes say what was published: the same bytes, or for a DOCX the same parts.
    func matches(_ data: Data, _ published: PublishedReport, as format: ReportFormat) async throws -> Bool {
        guard let expected = published.hashes[format.rawValue], expected != Self.sha256(data) else { return true }
        guard format == .docx else { return false }
        let parts = try OfficePackage.contentHash(of: data)
        if let expectedParts = published.hashes[DocumentHashes.docxParts] { return parts == expectedParts }
        guard let kept = try await council.publishedDocument(report: published.id, format: format.rawValue) else {
            return false
        }
        return try OfficePackage.contentHash(of: kept) == parts
    }

    public static func sha256(_ data: Data) -> String { DocumentHashes.sha256(data) }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}

/// A data annex as CSV, in the import's separator and quoting: 0 is Anlage 1, 1 is Anlage 2.
public enum AnnexCSV {
    public static func render(_ document: ReportDocument, annex: Int) -> String {
        guard document.dataAnnexes.indices.contains(annex) else { return "" }
        let table = document.dataAnnexes[annex].table
        return CSVTable.format([table.header] + table.rows)
    }
}
