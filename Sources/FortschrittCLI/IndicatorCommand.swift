import ArgumentParser
import FortschrittDomain
import FortschrittExchange
import FortschrittStore
import Foundation

struct IndicatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicator",
        abstract: "Keep indicators' values.",
        subcommands: [IndicatorImportCommand.self, IndicatorListCommand.self]
    )
}

struct IndicatorImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import indicator values from CSV: adds new values, records changed ones as corrections.",
        discussion: """
            The file is UTF-8 or Windows-1252, separated by ';' or ',', with the headers Indikator;Zeitraum;Wert \
            and optionally Dimensionen and Quelle (a dataset's identifier). Periods are 2020, 2020-Q3, 2020-07 or \
            2020-07-15. Idempotent: a value the database already holds is left alone, and values the file does not \
            list are never removed. A line that repeats another's indicator, period and dimensions refuses the \
            whole file, naming both lines.

            Example: fortschritt indicator import werte-2025.csv --reason "Jahreswerte 2025" --dry-run
            """
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "The CSV file.")
    var file: String

    @Option(name: .long, help: "Why these values are recorded (kept with every value).")
    var reason = "import"

    @Flag(name: .long, help: "Show what would be added and changed, without recording anything.")
    var dryRun = false

    func run() async throws {
        let url = URL(fileURLWithPath: file)
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw CommandFailure("cannot read \(file): \(error.localizedDescription)")
        }
        let rows = try IndicatorValuesCSV.rows(data: data, file: url.lastPathComponent)
        try await common.withDatabase { database in
            let plan = try await SQLIndicatorRepository(database: database).importValues(
                rows, reason: reason, actor: common.actorName, at: .now(), dryRun: dryRun)
            for row in plan.added { say("+ line \(row.line): \(row.key.text) = \(row.value.text)") }
            for change in plan.changed {
                say(
                    "~ line \(change.row.line): \(change.row.key.text) \(change.old.value.text) → "
                        + "\(change.new.value.text)"
                        + (change.old.source != change.new.source
                            ? " (source \(change.old.source ?? "–") → \(change.new.source ?? "–"))" : ""))
            }
            let counts =
                "\(rows.count) values read: \(plan.added.count) new, \(plan.changed.count) changed, "
                + "\(plan.unchanged.count) unchanged"
            say(dryRun ? counts + " (dry run, nothing recorded)." : counts + "; recorded.")
        }
    }
}

struct IndicatorListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the indicators with their latest value and forecast.",
        discussion: "Example: fortschritt indicator list")

    @OptionGroup var common: CommonOptions

    func run() async throws {
        try await common.withDatabase { database in
            let repository = SQLIndicatorRepository(database: database)
            let events = try await repository.valueEvents(of: nil)
            for indicator in try await repository.indicators() {
                let forecast = Forecast.forecast(indicator, events: events, cutoff: Forecast.Cutoff())
                let latest = IndicatorSeries.totals(
                    of: indicator.slug, in: IndicatorSeries.values(from: events, asOf: nil)
                ).last
                say(
                    "\(indicator.slug)\t\(latest.map { "\($0.value.text) (\($0.period.text))" } ?? "–")\t"
                        + forecast.status.rawValue)
            }
        }
    }
}
