import Foundation

/// An application built on the data platform (a heat map, a parking view, an energy dashboard): what
/// it is for, in which field the seed names, how far it is, who runs it, the datasets it uses (by
/// their ids, never by address) and the measures it serves. What it teaches is kept as findings.
public struct DataApplication: Hashable, Sendable, Codable {
    public enum Field: String, Hashable, Sendable, Codable, CaseIterable {
        case climateResilience = "climate-resilience"
        case mobilityTransparency = "mobility-transparency"
        case resourceEfficiency = "resource-efficiency"
        case other
    }

    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case planned, pilot, live, retired
    }

    public var slug: String
    public var title: String
    public var purpose: String
    public var field: Field
    public var status: Status
    public var department: String
    public var datasets: [String]
    public var measures: [String]

    public init(
        slug: String, title: String, purpose: String, field: Field, status: Status, department: String,
        datasets: [String], measures: [String]
    ) {
        self.slug = slug
        self.title = title
        self.purpose = purpose
        self.field = field
        self.status = status
        self.department = department
        self.datasets = datasets
        self.measures = measures
    }
}

/// What an application taught, recorded once: the finding and the new question it raises for the
/// strategy; a question can be put to a version's discussion as a contribution (channel "data
/// platform"), once.
public struct Finding: Hashable, Sendable {
    public typealias ID = Int64

    public var id: ID
    public var application: String
    public var text: String
    public var question: String
    public var recordedAt: RecordedTime
    public var actor: String
    /// The contribution its question became.
    public var contribution: Contribution.ID?

    public init(
        id: ID, application: String, text: String, question: String, recordedAt: RecordedTime, actor: String,
        contribution: Contribution.ID?
    ) {
        self.id = id
        self.application = application
        self.text = text
        self.question = question
        self.recordedAt = recordedAt
        self.actor = actor
        self.contribution = contribution
    }
}

/// The rules of applications and findings.
public enum ApplicationRules {
    public static func checked(
        _ application: DataApplication, departments: [String], measures: Set<String>, datasets: Set<String>
    ) throws(RuleViolation) -> DataApplication {
        var checked = application
        checked.slug = application.slug.trimmed
        guard DatasetRules.isSlug(checked.slug) else {
            throw RuleViolation("kennung", .datasetSlug(Input.excerpt(checked.slug)))
        }
        checked.title = try Input.text(application.title.trimmed, "titel", limit: 200)
        if checked.title.isEmpty { throw RuleViolation("titel", .fieldRequired) }
        checked.purpose = try Input.text(application.purpose.trimmed, "zweck", limit: 5_000, multiline: true)
        if checked.purpose.isEmpty { throw RuleViolation("zweck", .fieldRequired) }
        checked.department = application.department.trimmed
        guard departments.contains(checked.department) else {
            throw RuleViolation(
                "fachbereich",
                .unknownDepartment(Input.excerpt(checked.department), known: departments.joined(separator: ", ")))
        }
        let used = application.datasets.map(\.trimmed).filter { !$0.isEmpty }
        if let unknown = used.first(where: { !datasets.contains($0) }) {
            throw RuleViolation("datensaetze", .noSuchDataset(Input.excerpt(unknown)))
        }
        checked.datasets = Array(Set(used)).sorted()
        let served = application.measures.map(\.trimmed).filter { !$0.isEmpty }
        let unknown = served.filter { !measures.contains($0) }
        if !unknown.isEmpty { throw RuleViolation("massnahmen", .unknownMeasures(unknown.joined(separator: ", "))) }
        checked.measures = Array(Set(served)).sorted { $0.compare($1, options: .numeric) == .orderedAscending }
        return checked
    }

    /// A finding of 1 to 5,000 characters; its question, if any, of at most 5,000.
    public static func finding(_ text: String, question: String) throws(RuleViolation) -> (String, String) {
        let finding = try Input.text(text.trimmed, "befund", limit: 5_000, multiline: true)
        if finding.isEmpty { throw RuleViolation("befund", .fieldRequired) }
        return (finding, try Input.text(question.trimmed, "frage", limit: 5_000, multiline: true))
    }
}

/// Where applications and their findings are kept: each application's states as events (whole state,
/// append-only, like datasets), findings recorded once, and which contribution a question became.
public protocol ApplicationRepository: Sendable {
    func applications() async throws -> [DataApplication]
    func application(slug: String) async throws -> (application: DataApplication, version: Int)?
    /// A new application (`version` nil) or a change of the one read in `version`, checked by
    /// `ApplicationRules` inside the write against departments, measures and datasets as stored then.
    func save(_ application: DataApplication, version: Int?, reason: String, actor: String, at time: RecordedTime)
        async throws -> Int
    /// The findings of one application (or of all, nil), newest first.
    func findings(of slug: String?) async throws -> [Finding]
    func addFinding(to slug: String, text: String, question: String, actor: String, at time: RecordedTime)
        async throws -> Finding.ID
    /// Puts a finding's question to the discussion of `version` as a contribution to `block` (channel
    /// data platform), once; the version must be open for discussion.
    func putToDiscussion(
        _ finding: Finding.ID, version: TextVersion, block: BlockID, actor: String, today: CalendarDate,
        at time: RecordedTime
    ) async throws -> Contribution.ID
    /// When an application, a finding or a question put to discussion was last recorded.
    func lastChange() async throws -> RecordedTime?
}
