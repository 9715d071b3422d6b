import FortschrittDomain

/// The published council reports, newest first, with their documents.
struct ReportsModel: Sendable {
    var strategy: Strategy
    var reports: [PublishedReport]

    static func load(_ strategy: Strategy, council: some CouncilRepository) async throws -> ReportsModel {
        ReportsModel(
            strategy: strategy,
            reports: try await council.publishedReports(of: strategy)
                .sorted { ($0.key.reportDate, $0.publishedAt) > ($1.key.reportDate, $1.publishedAt) })
    }
}
