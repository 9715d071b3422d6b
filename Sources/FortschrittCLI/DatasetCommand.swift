import ArgumentParser
import FortschrittDomain
import FortschrittStore
import Foundation

struct DatasetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dataset",
        abstract: "Keep the data platform's datasets (all of them: this is the staff's side).",
        subcommands: [DatasetListCommand.self, DatasetShowCommand.self, DatasetSaveCommand.self]
    )
}

struct DatasetListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List every dataset with its access level, department and version.",
        discussion: "Example: fortschritt dataset list")

    @OptionGroup var common: CommonOptions

    func run() async throws {
        try await common.withDatabase { database in
            let repository = SQLDatasetRepository(database: database)
            for dataset in try await repository.datasets(publicOnly: false) {
                let version = try await repository.dataset(slug: dataset.slug, publicOnly: false)?.version ?? 0
                say("\(dataset.slug)\t\(dataset.access.rawValue)\t\(dataset.department)\tv\(version)\t\(dataset.title)")
            }
        }
    }
}

struct DatasetShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print a dataset as JSON, in the form `dataset save` reads.",
        discussion: "Example: fortschritt dataset show parkhaus-belegung > parkhaus-belegung.json")

    @OptionGroup var common: CommonOptions

    @Argument(help: "The dataset's identifier.")
    var id: String

    func run() async throws {
        try await common.withDatabase { database in
            guard let found = try await SQLDatasetRepository(database: database).dataset(slug: id, publicOnly: false)
            else { throw RuleViolation("kennung", .noSuchDataset(Input.excerpt(id))) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            say(String(decoding: try encoder.encode(found.dataset), as: UTF8.self))
        }
    }
}

struct DatasetSaveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "save",
        abstract: "Record a dataset from a JSON file: a new one, or a change of the one with its identifier.",
        discussion: """
            The file has the form `dataset show` prints. A change needs --reason and is checked against the \
            version given with --version (default: the current one); the publication gate and every other rule \
            apply as in the forms, and a refused file changes nothing.

            Example: fortschritt dataset save parkhaus-belegung.json --reason "Neue Verteilung"
            """)

    @OptionGroup var common: CommonOptions

    @Argument(help: "The JSON file.")
    var file: String

    @Option(name: .long, help: "Why it changes (required for a change).")
    var reason = ""

    @Option(name: .long, help: "The version the change is based on (default: the current one).")
    var version: Int?

    func run() async throws {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
            throw CommandFailure("cannot read \(file): \(error.localizedDescription)")
        }
        guard data.count <= 1_000_000 else { throw CommandFailure("\(file): larger than 1 MB") }
        let dataset: Dataset
        do { dataset = try JSONDecoder().decode(Dataset.self, from: data) } catch {
            throw CommandFailure("\(file): not a dataset in the form `dataset show` prints (\(error))")
        }
        try await common.withDatabase { database in
            let repository = SQLDatasetRepository(database: database)
            let current = try await repository.dataset(slug: dataset.slug, publicOnly: false)?.version
            let number = try await repository.save(
                dataset, version: current.map { version ?? $0 }, reason: reason, actor: common.actorName, at: .now())
            say("\(dataset.slug): recorded version \(number).")
        }
    }
}
