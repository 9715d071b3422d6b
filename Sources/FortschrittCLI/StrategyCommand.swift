import ArgumentParser
import FortschrittDomain

struct StrategyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "strategy",
        abstract: "Create and list strategies.",
        subcommands: [Add.self, List.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a strategy with the default six statuses.",
            discussion:
                #"Example: fortschritt strategy add --slug digitalstrategie --title "Digitalisierungsstrategie" "#
                + #"--body "Stadt Mannheim" --adopted 2019-03-12"#
        )

        @OptionGroup var common: CommonOptions
        @Option(help: "Short name for URLs and the command line: lower-case letters, digits, hyphens.") var slug: String
        @Option(help: "Title of the strategy.") var title: String
        @Option(help: "The city or body that adopted it.") var body: String
        @Option(help: "Date the council adopted it.") var adopted: CalendarDate?
        @Option(help: "The adopting resolution, e.g. a council paper number.") var resolution: String?

        func run() async throws {
            let strategy = try await common.withRepository { repository in
                try await repository.createStrategy(
                    NewStrategy(slug: slug, title: title, body: body, adoptedOn: adopted, resolution: resolution))
            }
            say("Created strategy \(strategy.slug): \(strategy.title).")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List strategies.", discussion: "Example: fortschritt strategy list")

        @OptionGroup var common: CommonOptions

        func run() async throws {
            let strategies = try await common.withRepository { try await $0.strategies() }
            if strategies.isEmpty { say("No strategies yet.") }
            for s in strategies {
                say("\(s.slug)\t\(s.title)\t\(s.body)\t\(s.adoptedOn.map { "adopted \($0)" } ?? "")")
            }
        }
    }
}

struct DepartmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "department",
        abstract: "Add or rename a department.",
        subcommands: [Add.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a department, or rename the one with this code.",
            discussion: #"Example: fortschritt department add "FB 12" "Informationstechnologie""#
        )

        @OptionGroup var common: CommonOptions
        @Argument(help: "Code, e.g. \"FB 12\".") var code: String
        @Argument(help: "Name.") var name: String

        func run() async throws {
            try await common.withRepository {
                try await $0.saveDepartment(Department(code: code, name: name), actor: common.actorName)
            }
            say("Saved department \(code): \(name).")
        }
    }
}
