import ArgumentParser
import FortschrittDomain

struct MeasureCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure",
        abstract: "Add, change or remove measures.",
        subcommands: [Add.self, Change.self, Remove.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a measure to the catalogue.",
            discussion:
                #"Example: fortschritt measure add 1.17 --title "Digitale Bauakte" --field 1 --lead "FB 60" "#
                + #"--entered 2021-05-01 --reason "Beschluss V200/2021""#
        )

        @OptionGroup var common: CommonOptions
        @Argument(help: "Catalogue number, e.g. 1.17.") var number: MeasureNumber
        @Option(help: "Title.") var title: String
        @Option(help: "Field of action, by number.") var field: Int
        @Option(help: "Lead department code.") var lead: String
        @Option(name: .customLong("partner"), help: "Partner department code (repeatable).") var partners: [String] = []
        @Option(help: "Date the measure entered the catalogue.") var entered: CalendarDate
        @Option(help: "Description.") var description = ""
        @Option(help: "Planned start.") var plannedStart: CalendarDate?
        @Option(help: "Planned end.") var plannedEnd: CalendarDate?
        @Option(help: "Why it is added.") var reason: String?

        func run() async throws {
            let details = MeasureDetails(
                title: title, description: description, field: field, leadDepartment: lead,
                partnerDepartments: partners, entryDate: entered, plannedStart: plannedStart, plannedEnd: plannedEnd)
            let actor = common.actorName
            try await common.withRepository { repository in
                try await repository.update(try await common.chosenStrategy(repository)) { current in
                    try CatalogueEditor(current: current).addMeasure(
                        number, details: details, actor: actor, reason: reason)
                }
            }
            say("Added measure \(number): \(title).")
        }
    }

    struct Change: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a measure's details from a date on.",
            discussion:
                #"Example: fortschritt measure change 1.6 --title "Chatbot für Bürgeranfragen" --since 2021-01-15 "#
                + #"--reason "Titel präzisiert""#
        )

        @OptionGroup var common: CommonOptions
        @Argument(help: "Catalogue number.") var number: MeasureNumber
        @Option(help: "New title.") var title: String?
        @Option(help: "New description.") var description: String?
        @Option(help: "New field of action, by number.") var field: Int?
        @Option(help: "New lead department code.") var lead: String?
        @Option(name: .customLong("partner"), help: "Partner department codes (repeatable; replaces the list).")
        var partners: [String] = []
        @Flag(help: "Clear the partner departments.") var noPartners = false
        @Option(help: "New planned start.") var plannedStart: CalendarDate?
        @Option(help: "New planned end.") var plannedEnd: CalendarDate?
        @Option(help: "Effective date of the change.") var since: CalendarDate
        @Option(help: "Why it changes.") var reason: String?

        func run() async throws {
            let change = DetailsChange(
                title: title, description: description, field: field, leadDepartment: lead,
                partnerDepartments: noPartners ? [] : (partners.isEmpty ? nil : partners),
                plannedStart: plannedStart.map { DateChange($0) }, plannedEnd: plannedEnd.map { DateChange($0) })
            let actor = common.actorName
            try await common.withRepository { repository in
                try await repository.update(try await common.chosenStrategy(repository)) { current in
                    try CatalogueEditor(current: current).changeMeasure(
                        number, change: change, effective: since, actor: actor, reason: reason)
                }
            }
            say("Changed \(change.changedFields.joined(separator: ", ")) of measure \(number) from \(since) on.")
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a measure from the catalogue from a date on (its history stays).",
            discussion:
                #"Example: fortschritt measure remove 4.10 --since 2021-06-30 --reason "in Maßnahme 4.9 aufgegangen""#
        )

        @OptionGroup var common: CommonOptions
        @Argument(help: "Catalogue number.") var number: MeasureNumber
        @Option(help: "Effective date.") var since: CalendarDate
        @Option(help: "Why it is removed (required).") var reason: String?

        func run() async throws {
            let actor = common.actorName
            try await common.withRepository { repository in
                try await repository.update(try await common.chosenStrategy(repository)) { current in
                    try CatalogueEditor(current: current).removeMeasure(
                        number, effective: since, actor: actor, reason: reason)
                }
            }
            say("Removed measure \(number) from \(since) on.")
        }
    }
}
