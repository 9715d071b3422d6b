import FortschrittDomain

/// A text version's public page as a visitor gets it when it is not kept: the work of a cache miss,
/// model and HTML. For the benchmark, which measures it side by side on SQLite and PostgreSQL.
public enum PageRendering {
    public static func textVersion(
        _ strategy: Strategy, number: Int, texts: any TextRepository, contributions: any ContributionRepository,
        today: CalendarDate
    ) async throws -> String? {
        let page = PageContext(
            language: .de, account: nil, csrfToken: "", location: "/strategien/\(strategy.slug)/text/\(number)")
        return try await StrategyTextModel.load(
            strategy, number: number, texts: texts, siteName: strategy.title, portalStrategy: nil, today: today,
            contributions: contributions
        )?.render(page)
    }
}
