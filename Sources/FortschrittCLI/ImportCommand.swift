import ArgumentParser
import FortschrittDomain
import FortschrittExchange
import Foundation

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a measure catalogue spreadsheet (CSV); records only what differs from the stored catalogue.",
        discussion: """
            The file is UTF-8 (with or without BOM) or Windows-1252, separated by ';' or ',', with the \
            headers Nr.;Maßnahme;Handlungsfeld;Federführung;Aufgenommen;Status;Status seit and optionally \
            Bemerkung, Status belegt, Beschreibung, Beginn geplant, Ende geplant. All or nothing: any bad \
            row refuses the whole file and lists every problem.

            Example: fortschritt import massnahmen-2020-12.csv --actor "FB 12"
            """
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "The CSV file.")
    var file: String

    @Option(
        name: .long, help: "Effective date for changes the file gives no date for, e.g. a new title (default: today).")
    var changesEffective: CalendarDate?

    @Flag(name: .long, help: "Remove stored measures the file does not list.")
    var removeMissing = false

    @Flag(name: .long, help: "Check the file and show what would change, without recording anything.")
    var dryRun = false

    func run() async throws {
        let url = URL(fileURLWithPath: file)
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw CommandFailure("cannot read \(file): \(error.localizedDescription)")
        }
        let spreadsheet = try CatalogueImport(data: data, file: url.lastPathComponent)
        let options = CatalogueImport.Options(
            actor: common.actorName, changesEffective: changesEffective ?? CalendarDate(Date()),
            removeMissing: removeMissing)
        try await common.withRepository { repository in
            let strategy = try await common.chosenStrategy(repository)
            if dryRun {
                let current = try await repository.catalogue(of: strategy, asOf: nil, knownAt: nil)
                let changes = try spreadsheet.plan(against: current, options: options)
                say(
                    "\(file): \(spreadsheet.numbers.count) measures read; would record "
                        + "\(changes.events.count + changes.retractions.count) changes (dry run, nothing recorded)."
                )
                return
            }
            let recorded = try await repository.update(strategy) { current in
                try spreadsheet.plan(against: current, options: options)
            }
            if recorded.events == 0 {
                say(
                    "\(file): \(spreadsheet.numbers.count) measures read; the catalogue already says the same, "
                        + "nothing recorded."
                )
            } else {
                say(
                    "\(file): \(spreadsheet.numbers.count) measures read; recorded \(recorded.events) events "
                        + "(\(recorded.newMeasures) new measures, \(recorded.newFields) new fields of action, "
                        + "\(recorded.newDepartments) new departments)."
                )
            }
            let missing = spreadsheet.missing(
                from: try await repository.catalogue(of: strategy, asOf: nil, knownAt: nil))
            if !missing.isEmpty {
                say(
                    "Kept \(missing.count) stored measures the file does not list: "
                        + "\(missing.map(\.text).joined(separator: ", ")) (use --remove-missing to remove them)."
                )
            }
        }
    }
}

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the catalogue as CSV (the import's own shape) or JSON (with each measure's history).",
        discussion: "Example: fortschritt export --format csv --as-of 2020-12-31 -o anlage1.csv"
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "csv or json.")
    var format: Format

    @Option(name: .long, help: "The catalogue as it stood on this date (default: today's state).")
    var asOf: CalendarDate?

    @Option(name: .long, help: "Only what was recorded up to this time (ISO 8601, or a date for the end of that day).")
    var knownAt: RecordedTime?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() async throws {
        let data: Data = try await common.withRepository { repository in
            let strategy = try await common.chosenStrategy(repository)
            let catalogue = try await repository.catalogue(of: strategy, asOf: asOf, knownAt: knownAt)
            switch format {
            case .csv: return Data(CatalogueExport.csv(catalogue).utf8)
            case .json:
                return try CatalogueExport.json(
                    catalogue, history: try await repository.history(of: strategy, knownAt: knownAt))
            }
        }
        if let output {
            try data.write(to: URL(fileURLWithPath: output))
            Console.current.err("Wrote \(output).")
        } else {
            Console.current.out(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines))
        }
    }
}
