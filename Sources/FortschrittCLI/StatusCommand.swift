import ArgumentParser
import FortschrittDomain

struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Set a measure's status, or list and define the strategy's statuses.",
        subcommands: [SetStatus.self, List.self, Define.self]
    )

    struct SetStatus: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Set a measure's status from a date on.",
            discussion: #"""
                Example: fortschritt status set 1.3 verzögert --since 2020-04-01 \#
                --reason "coronabedingt verzögert"
                """#
        )

        @OptionGroup var common: CommonOptions
        @Argument(help: "Catalogue number.") var number: MeasureNumber
        @Argument(help: "Status, by key or label, e.g. verzögert.") var status: String
        @Option(help: "Since when the status holds.") var since: CalendarDate
        @Option(help: "Why; required for delayed, handed-over and discarded statuses.") var reason: String?
        @Option(help: "A remark shown with the status (default: the reason).") var remark: String?
        @Flag(help: "The status is assumed, not stated by the department.") var assumed = false

        func run() async throws {
            let actor = common.actorName
            try await common.withRepository { repository in
                try await repository.update(try await common.chosenStrategy(repository)) { current in
                    try CatalogueEditor(current: current).setStatus(
                        number, status: status, since: since, reason: reason,
                        remark: remark ?? reason ?? "", assumed: assumed, actor: actor)
                }
            }
            say("Measure \(number): \(status) since \(since).")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the strategy's statuses.", discussion: "Example: fortschritt status list")

        @OptionGroup var common: CommonOptions

        func run() async throws {
            let statuses = try await common.withRepository { repository in
                try await repository.catalogue(of: try await common.chosenStrategy(repository), asOf: nil, knownAt: nil)
                    .statuses
            }
            for s in statuses.all {
                let note = s.kind.requiresReason ? "\treason required" : ""
                say("\(s.key)\t\(s.labelDE)\t\(s.labelEN)\t\(s.kind.rawValue)\(note)")
            }
        }
    }

    struct Define: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a status to the strategy's set, or relabel one.",
            discussion: #"Example: fortschritt status define pausiert --de pausiert --en paused --kind delayed"#
        )

        @OptionGroup var common: CommonOptions
        @Argument(help: "Stable key.") var key: String
        @Option(help: "German label.") var de: String
        @Option(help: "English label.") var en: String
        @Option(help: "Kind: \(StatusKind.allCases.map(\.rawValue).joined(separator: ", ")).") var kind: StatusKind

        func run() async throws {
            try await common.withRepository { repository in
                try await repository.defineStatus(
                    StatusDefinition(key: key, labelDE: de, labelEN: en, kind: kind),
                    in: try await common.chosenStrategy(repository), actor: common.actorName)
            }
            say("Status \(key) (\(de) / \(en), \(kind.rawValue)) saved.")
        }
    }
}
