import FortschrittDocuments
import FortschrittDomain
import FortschrittExchange
import FortschrittServer
import Foundation

/// What `serve --demo` loads into an empty database: the Mannheim catalogue with the council paper
/// V111/2021 and its published report; the sample Smart City text with its discussion, decisions
/// and events; and the Abwägungstabelle of its first version, laid before the council with a
/// sample paper of its own.
public enum DemoSeed {
    /// Does nothing (and returns false) where any strategy exists.
    @discardableResult
    public static func load(_ repositories: Repositories, today: CalendarDate) async throws -> Bool {
        guard try await DemoData.seed(repositories.catalogues) else { return false }
        let strategy = try await repositories.catalogues.strategies()[0]
        try await DemoData.seedCouncil(repositories.council, strategy: strategy)
        // The reference paper, published as V111/2021 was: Stichtag 31.12.2020, since the adoption.
        _ = try await ReportGenerator(catalogues: repositories.catalogues, council: repositories.council).publish(
            ReportRequest(
                strategy: strategy, reportDate: CalendarDate(year: 2020, month: 12, day: 31)!,
                baseline: strategy.adoptedOn, paper: "V111/2021"), actor: "demo")
        guard
            let smartCity = try await DemoData.seedText(
                repositories.catalogues, repositories.texts, catalogue: strategy, today: today,
                discussion: DemoDiscussion(
                    participants: repositories.participants, contributions: repositories.contributions,
                    moderation: repositories.moderation, accounts: repositories.accounts,
                    decisions: repositories.decisions, events: repositories.events, reviews: repositories.reviews))
        else { return true }
        try await DemoData.seedDatasets(repositories.datasets, today: today)
        try await DemoData.seedApplications(repositories.applications)
        try await DemoData.seedIndicators(repositories.indicators)
        // The parking view's question, put to the open version's discussion as the strategy office would.
        if let version = try await repositories.texts.version(number: 2, of: smartCity), version.isOpen(on: today),
            let block = BlockID("ethikpruefung"), version.block(block) != nil,
            let finding = try await repositories.applications.findings(of: "parkhaus-auslastung").first
        {
            _ = try await repositories.applications.putToDiscussion(
                finding.id, version: version, block: block, actor: "demo", today: today, at: .now())
        }
        let paper = try await DemoData.seedDecisionPaper(repositories.council, today: today)
        _ = try await DecisionTablePublisher(
            texts: repositories.texts, contributions: repositories.contributions, decisions: repositories.decisions,
            council: repositories.council
        ).publish(smartCity, version: 1, paper: paper.number, actor: "demo", today: today)
        return true
    }
}
