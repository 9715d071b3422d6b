import FortschrittDomain
import FortschrittServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A repository whose database is gone: every call fails.
struct UnreachableRepository: CatalogueRepository {
    struct Down: Error {}
    func strategies() async throws -> [Strategy] { throw Down() }
    func createStrategy(_ new: NewStrategy) async throws -> Strategy { throw Down() }
    func catalogue(of strategy: Strategy, asOf: CalendarDate?, knownAt: RecordedTime?) async throws -> Catalogue { throw Down() }
    func history(of measure: MeasureNumber, in strategy: Strategy) async throws -> [MeasureEvent] { throw Down() }
    func history(of strategy: Strategy, knownAt: RecordedTime?) async throws -> [MeasureEvent] { throw Down() }
    func update(_ strategy: Strategy, _ plan: @escaping @Sendable (Catalogue) throws -> ChangeSet) async throws -> RecordedChanges { throw Down() }
    func defineStatus(_ status: StatusDefinition, in strategy: Strategy) async throws { throw Down() }
    func saveDepartment(_ department: Department) async throws { throw Down() }
}

@Suite struct UnavailableStoreTests {
    @Test func healthSaysTheDatabaseIsDownAndErrorsRevealNoInternals() async throws {
        let app = Application(router: buildRouter(repository: UnreachableRepository()))
        try await app.test(.router) { client in
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .serviceUnavailable)
            #expect(health.headers[.contentType] == "application/problem+json")
            let list = try await client.execute(uri: "/api/v1/measures", method: .get)
            #expect(list.status == .internalServerError)
            #expect(!String(buffer: list.body).contains("Down"))
            // Bad parameters are still the client's fault, checked before the store is asked.
            #expect(try await client.execute(uri: "/api/v1/measures?colour=red", method: .get).status == .badRequest)
        }
    }
}
