import ArgumentParser
import FortschrittDocuments
import FortschrittDomain
import FortschrittStore
import Foundation

extension ReportFormat: ExpressibleByArgument {}

/// Which report: the options every report command shares.
struct ReportOptions: ParsableArguments {
    @Option(help: "The reporting date (Stichtag).") var asOf: CalendarDate
    @Option(help: "The baseline to compare with (default: the last published report, else the strategy's adoption).")
    var since: CalendarDate?
    @Option(help: "Issue the report as this council paper, e.g. V111/2021.") var paper: String?

    func request(_ strategy: Strategy) -> ReportRequest {
        ReportRequest(strategy: strategy, reportDate: asOf, baseline: since, paper: paper)
    }
}

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Generate, annotate, publish and list council reports.",
        subcommands: [Generate.self, Note.self, Publish.self, List.self, Show.self],
        defaultSubcommand: Generate.self
    )

    static func write(_ data: Data, to output: String?) throws {
        if let output {
            try data.write(to: URL(fileURLWithPath: output))
            Console.current.err("Wrote \(output).")
        } else if let text = String(data: data, encoding: .utf8) {
            Console.current.out(text)
        } else {
            throw CommandFailure("this format is binary: give a file with -o")
        }
    }

    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate",
            abstract: "Generate the report as it stands now (the default subcommand).",
            discussion:
                "Example: fortschritt report generate --as-of 2020-12-31 --since 2019-03-12 --paper V111/2021 "
                + "--format html -o V111-2021.html"
        )

        @OptionGroup var common: CommonOptions
        @OptionGroup var which: ReportOptions
        @Option(help: "html, md, docx, csv (Anlage 1) or changes-csv (Anlage 2).") var format: ReportFormat = .html
        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

        func run() async throws {
            let data = try await common.withRepositories { catalogues, council in
                let strategy = try await common.chosenStrategy(catalogues)
                return try await ReportGenerator(
                    catalogues: catalogues, council: council,
                    indicators: SQLIndicatorRepository(database: catalogues.database)
                ).generate(
                    which.request(strategy), as: format)
            }
            try ReportCommand.write(data, to: output)
        }
    }

    struct Note: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Add staff text to a report: an introduction, commentary on a field of action, or a closing remark.",
            discussion:
                #"Example: fortschritt report note --as-of 2020-12-31 --paper V111/2021 --field 1 --text "Der "#
                + #"Ausbau des Bürgerportals hat Vorrang.""#
        )

        @OptionGroup var common: CommonOptions
        @OptionGroup var which: ReportOptions
        @Option(help: "The introduction.") var introduction: String?
        @Option(help: "Field of action the --text comments on.") var field: Int?
        @Option(help: "Commentary on --field.") var text: String?
        @Option(help: "The closing remark.") var closing: String?

        func validate() throws {
            if (field == nil) != (text == nil) { throw ValidationError("--field and --text go together") }
            if introduction == nil && field == nil && closing == nil {
                throw ValidationError("give --introduction, --field with --text, or --closing")
            }
        }

        func run() async throws {
            try await common.withRepositories { catalogues, council in
                let strategy = try await common.chosenStrategy(catalogues)
                let key = try await ReportGenerator(catalogues: catalogues, council: council).key(
                    for: which.request(strategy))
                if let field, try await catalogues.catalogue(of: strategy, asOf: nil, knownAt: nil).field(field) == nil
                {
                    throw CommandFailure("--field: no field of action \(field)")
                }
                var notes = try await council.reportNotes(of: strategy, report: key)
                if let introduction { notes.introduction = introduction }
                if let field, let text { notes.fields[field] = text }
                if let closing { notes.closing = closing }
                try await council.saveReportNotes(notes, of: strategy, report: key)
                say("Saved the notes of report \(key.text).")
            }
        }
    }

    struct Publish: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Publish a report: freeze its data cutoff and inputs, so that it regenerates byte for byte later.",
            discussion: "Example: fortschritt report publish --as-of 2020-12-31 --since 2019-03-12 --paper V111/2021"
        )

        @OptionGroup var common: CommonOptions
        @OptionGroup var which: ReportOptions

        func run() async throws {
            let published = try await common.withRepositories { catalogues, council in
                let strategy = try await common.chosenStrategy(catalogues)
                return try await ReportGenerator(
                    catalogues: catalogues, council: council,
                    indicators: SQLIndicatorRepository(database: catalogues.database)
                ).publish(
                    which.request(strategy), actor: common.actorName)
            }
            say(
                "Published report \(published.id) (\(published.key.text), data as recorded up to \(published.knownAt))."
            )
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List published reports.", discussion: "Example: fortschritt report list")

        @OptionGroup var common: CommonOptions

        func run() async throws {
            let reports = try await common.withRepositories { catalogues, council in
                try await council.publishedReports(of: try await common.chosenStrategy(catalogues))
            }
            if reports.isEmpty { say("No published reports yet.") }
            for r in reports {
                say(
                    "\(r.id)\t\(r.key.paper ?? "–")\tStichtag \(r.key.reportDate)\tseit \(r.key.baseline)\tpublished "
                        + "\(r.publishedAt) by \(r.actor)"
                )
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Regenerate a published report exactly as it was published.",
            discussion: "Example: fortschritt report show 1 --format md -o V111-2021.md"
        )

        @OptionGroup var common: CommonOptions
        @Argument(help: "The published report's number (see 'report list').") var id: Int64
        @Option(help: "html, md, docx, csv (Anlage 1) or changes-csv (Anlage 2).") var format: ReportFormat = .html
        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

        func run() async throws {
            let data = try await common.withRepositories { catalogues, council in
                guard let published = try await council.publishedReport(id: id) else {
                    throw CommandFailure("no published report \(id)")
                }
                return try await ReportGenerator(catalogues: catalogues, council: council).published(
                    published, as: format)
            }
            try ReportCommand.write(data, to: output)
        }
    }
}
