import FortschrittDocuments
import FortschrittDomain
import Foundation

/// Lays a version's Abwägungstabelle before the council: renders it once as DOCX, CSV and HTML,
/// keeps those bytes with their checksums, and makes them files of the chosen council paper
/// (OParl lists them there). What was published never changes; the live table goes on showing
/// today's state.
public struct DecisionTablePublisher: Sendable {
    let texts: any TextRepository
    let contributions: any ContributionRepository
    let decisions: any DecisionRepository
    let council: any CouncilRepository

    public init(
        texts: any TextRepository, contributions: any ContributionRepository, decisions: any DecisionRepository,
        council: any CouncilRepository
    ) {
        self.texts = texts
        self.contributions = contributions
        self.decisions = decisions
        self.council = council
    }

    /// The formats kept, in the order a paper lists them.
    public static let formats = ["docx", "csv", "html"]

    /// Where a published table's file lasts: its OParl File's content.
    public static func address(_ table: PublishedDecisionTable, _ format: String) -> String {
        "/oparl/v1/file/\(OParlGraph.fileID(table, format))/content"
    }

    public func publish(
        _ strategy: Strategy, version number: Int, paper: String, actor: String, today: CalendarDate
    ) async throws -> PublishedDecisionTable {
        let paper = try Input.text(paper.trimmingCharacters(in: .whitespaces), "vorlage", limit: 100)
        guard !paper.isEmpty else { throw RuleViolation("vorlage", .paperNeedsNumber) }
        // The council gets the table without names of private persons, as is practice in formal
        // participation (DEMOS-plan): the council weighs what was said, not who said it, and the
        // published file outlives any erasure of a participant's account. Organisations keep their
        // names; the contributions' text stays, since it is what the council decides on.
        guard
            let model = try await DecisionTableModel.load(
                strategy, number: number, texts: texts, contributions: contributions, decisions: decisions,
                council: council, siteName: "", withText: true, anonymised: true)
        else { throw RuleViolation("fassung", .versionNotPublished("\(number)")) }
        try DecisionTableRules.check(
            model.version, unsettled: try await decisions.unsettledCount(on: model.version), today: today)
        // In German, the council's language, like the report.
        let page = PageContext(language: .de, account: nil, csrfToken: "", location: model.path)
        let document = model.document(page, paper: paper)
        let documents = [
            "docx": try DocxReport.render(document), "csv": Data(model.csv(page).utf8),
            "html": Data(HTMLReport.render(document).utf8),
        ]
        return try await council.publish(
            NewPublishedDecisionTable(
                strategy: strategy.id, version: number, paper: paper, title: document.title, actor: actor,
                hashes: try DocumentHashes.of(documents), documents: documents))
    }
}
