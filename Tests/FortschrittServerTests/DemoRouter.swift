import FortschrittCLI
import FortschrittDocuments
import FortschrittDomain
import FortschrittExchange
import FortschrittServer
import FortschrittStore
import FortschrittTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Runs `body` against a router over a fresh database with the demo catalogue; with `council`, also
/// the paper V111/2021 and its published report.
func withDemoRouter(
    council withCouncil: Bool = false, publicURL: String? = nil,
    _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void
) async throws {
    let test = try await TestDatabase.make()
    let catalogues = SQLCatalogueRepository(database: test.database)
    let council = SQLCouncilRepository(database: test.database)
    do {
        try await DemoData.seed(catalogues)
        try await DemoData.seedText(
            catalogues, SQLTextRepository(database: test.database), catalogue: try await catalogues.strategies()[0],
            today: CalendarDate(Date()))
        try await DemoData.seedDatasets(SQLDatasetRepository(database: test.database), today: CalendarDate(Date()))
        try await DemoData.seedApplications(SQLApplicationRepository(database: test.database))
        try await DemoData.seedIndicators(SQLIndicatorRepository(database: test.database))
        if withCouncil {
            let strategy = try await catalogues.strategies()[0]
            try await DemoData.seedCouncil(council, strategy: strategy)
            _ = try await ReportGenerator(catalogues: catalogues, council: council).publish(
                ReportRequest(
                    strategy: strategy, reportDate: CalendarDate("2020-12-31")!, baseline: CalendarDate("2019-03-12")!,
                    paper: "V111/2021"),
                actor: "test")
        }
        let app = Application(
            router: buildRouter(
                Repositories(database: test.database, hasher: BcryptPasswordHasher(cost: 4)),
                configuration: ServerConfiguration(publicURL: publicURL)))
        try await app.test(.router, body)
    } catch {
        await test.close()
        throw error
    }
    await test.close()
}

func json(_ response: TestResponse) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
}
