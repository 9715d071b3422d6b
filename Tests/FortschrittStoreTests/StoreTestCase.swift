import FortschrittDomain
import FortschrittExchange
import FortschrittStore
import FortschrittTestSupport
import Foundation

/// A fresh database holding the demo strategy, with a clock the test moves by hand.
struct StoreFixture {
    let test: TestDatabase
    let clock: TestClock
    let repository: SQLCatalogueRepository
    let strategy: Strategy

    static func make(seeded: Bool = true) async throws -> StoreFixture {
        let test = try await TestDatabase.make()
        let clock = TestClock()
        let repository = SQLCatalogueRepository(database: test.database, now: { clock.now })
        if seeded {
            try await DemoData.seed(repository)
        } else {
            _ = try await repository.createStrategy(DemoData.strategy)
        }
        let strategy = try await repository.strategies()[0]
        return StoreFixture(test: test, clock: clock, repository: repository, strategy: strategy)
    }

    /// Runs `body` on a fresh fixture and closes its database afterwards, also when `body` throws.
    static func with(seeded: Bool = true, _ body: (StoreFixture) async throws -> Void) async throws {
        let fixture = try await make(seeded: seeded)
        do {
            try await body(fixture)
        } catch {
            await fixture.close()
            throw error
        }
        await fixture.close()
    }

    func importCSV(_ text: String, file: String = "test.csv", effective: String = "2021-01-31") async throws
        -> RecordedChanges
    {
        let spreadsheet = try CatalogueImport(data: Data(text.utf8), file: file)
        let options = CatalogueImport.Options(actor: "test", changesEffective: CalendarDate(effective)!)
        return try await repository.update(strategy) { try spreadsheet.plan(against: $0, options: options) }
    }

    func catalogue(asOf: String? = nil, knownAt: RecordedTime? = nil) async throws -> Catalogue {
        try await repository.catalogue(of: strategy, asOf: asOf.flatMap(CalendarDate.init), knownAt: knownAt)
    }

    func eventCount() async throws -> Int {
        try await test.database.read { db in
            try await db.raw("SELECT COUNT(*) AS n FROM measure_events").first()!.decode(column: "n", as: Int.self)
        }
    }

    func close() async { await test.close() }
}

func measure(_ text: String) -> MeasureNumber { MeasureNumber(text)! }
