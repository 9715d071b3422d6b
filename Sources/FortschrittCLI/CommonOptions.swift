import ArgumentParser
import FortschrittDomain
import FortschrittStore
import Foundation

/// Options every data command takes: which database, which strategy, who is acting.
struct CommonOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOption

    @Option(name: .long, help: "The strategy's slug; may be left out while there is only one.")
    var strategy: String?

    @Option(name: .long, help: "Who makes the change (default: $USER).")
    var actor: String?

    var actorName: String {
        actor ?? ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "cli"
    }

    /// Opens the database, runs `body` with its repository, and closes it again.
    @discardableResult
    func withRepository<T>(_ body: (SQLCatalogueRepository) async throws -> T) async throws -> T {
        try await withRepositories { catalogues, _ in try await body(catalogues) }
    }

    /// Opens the database, runs `body` with both repositories, and closes it again.
    @discardableResult
    func withRepositories<T>(_ body: (SQLCatalogueRepository, SQLCouncilRepository) async throws -> T) async throws -> T
    {
        try await withDatabase { database in
            try await body(SQLCatalogueRepository(database: database), SQLCouncilRepository(database: database))
        }
    }

    /// Opens the database, runs `body` with it, and closes it again.
    @discardableResult
    func withDatabase<T>(_ body: (Database) async throws -> T) async throws -> T {
        let database = try await Database.open(try self.database.location())
        do {
            let result = try await body(database)
            await database.close()
            return result
        } catch {
            await database.close()
            throw error
        }
    }

    /// The strategy named, or the only one; for work on a catalogue (`forCatalogue`), the only one
    /// that has a catalogue.
    func chosenStrategy(_ repository: some CatalogueRepository, forCatalogue: Bool = true) async throws -> Strategy {
        let choice =
            forCatalogue
            ? try await StrategyChoice.chooseCatalogue(strategy, in: repository)
            : StrategyChoice.choose(strategy, from: try await repository.strategies())
        switch choice {
        case .success(let strategy): return strategy
        case .failure(.none): throw CommandFailure(StrategyChoice.Problem.none.description)
        case .failure(let problem): throw CommandFailure("--strategy: \(problem)")
        }
    }
}

extension ExpressibleByArgument where Self: TextCoded {
    public init?(argument: String) { self.init(argument) }
}

extension CalendarDate: ExpressibleByArgument {}
extension MeasureNumber: ExpressibleByArgument {}
extension RecordedTime: ExpressibleByArgument {}
extension StatusKind: ExpressibleByArgument {}

func say(_ line: String) { Console.current.out(line) }
