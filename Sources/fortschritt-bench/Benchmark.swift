import ArgumentParser
import FortschrittDocuments
import FortschrittDomain
import FortschrittExchange
import FortschrittServer
import FortschrittStore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Measures the catalogue's hot paths on a synthetic catalogue: import of a large spreadsheet,
/// recording a long history, the as-of catalogue at a past date and the current list.
/// Run with `swift run -c release fortschritt-bench`; results go to docs/benchmarks.md.
@main
struct Benchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fortschritt-bench",
        abstract: "Benchmarks import, history and as-of queries on a synthetic catalogue.",
        discussion:
            "Example: swift run -c release fortschritt-bench --measures 10000 --events 1000000 --postgres "
            + "postgres://fortschritt@127.0.0.1:5432/postgres"
    )

    @Option(help: "Measures in the synthetic catalogue.") var measures = 10_000
    @Option(help: "History events in all (including each measure's creation and first status).") var events = 1_000_000
    @Option(help: "Also run on this PostgreSQL database (its public schema is used; use a scratch database).")
    var postgres: String?
    @Option(help: "Repetitions of each query; the median is reported.") var repetitions = 5
    @Option(help: "Keep the SQLite database in this file (default: a temporary file, removed afterwards).") var sqlite:
        String?
    @Flag(help: "Only time the report, on the catalogue an earlier run left in --sqlite FILE (for profiling).")
    var reportOnly = false
    @Flag(help: "Only time a text version's page with 200 blocks and 2,000 comments (a cache miss).")
    var textPage = false

    func run() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fortschritt-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var locations: [(String, DatabaseLocation)] = [
            ("SQLite", .sqlite(path: sqlite ?? dir.appendingPathComponent("bench.sqlite").path))
        ]
        if let postgres {
            guard let location = DatabaseLocation(postgres) else {
                throw ValidationError("--postgres: not a postgres:// URL")
            }
            locations.append(("PostgreSQL", location))
        }
        if textPage {
            try await textPageTimes(locations)
            return
        }
        let generator = SyntheticCatalogue(measures: measures, events: events)
        let csv = generator.csv()
        var breakdown: [String] = []
        if reportOnly {
            guard let sqlite else { throw ValidationError("--report-only needs --sqlite FILE from an earlier run") }
            let database = try await Database.open(.sqlite(path: sqlite))
            let repository = SQLCatalogueRepository(database: database)
            guard let strategy = try await repository.strategies().last(where: { $0.title == "Benchmark" }) else {
                throw ValidationError("--sqlite \(sqlite): no benchmark catalogue in it")
            }
            let report = try await reportTime(repository, SQLCouncilRepository(database: database), strategy)
            print("report HTML + DOCX: \(Self.ms(report.time)) (\(report.bytes / 1_048_576) MiB)")
            print("step by step: " + (try await reportSteps(repository, strategy)).joined(separator: ", "))
            await database.close()
            return
        }
        print(
            "| engine | measures | events | import CSV | record history | as-of 2022-06-30 | as-of + known-at | "
                + "current list | report HTML + DOCX | peak RSS |"
        )
        print("|---|---|---|---|---|---|---|---|---|---|")
        for (name, location) in locations {
            let database = try await Database.open(location)
            let repository = SQLCatalogueRepository(database: database)
            let strategy = try await repository.createStrategy(
                NewStrategy(
                    slug: "bench-\(UUID().uuidString.prefix(8).lowercased())", title: "Benchmark", body: "Synthetic"))

            let importTime = try await Self.time {
                let file = try CatalogueImport(data: Data(csv.utf8), file: "synthetic.csv")
                let options = CatalogueImport.Options(
                    actor: "bench", changesEffective: CalendarDate(year: 2019, month: 3, day: 12)!)
                try await repository.update(strategy) { try file.plan(against: $0, options: options) }
            }
            let historyEvents = generator.history()
            let recordTime = try await Self.time {
                try await repository.update(strategy) { _ in ChangeSet(events: historyEvents) }
            }
            let total = try await repository.history(of: MeasureNumber("1.1")!, in: strategy).count
            let past = CalendarDate(year: 2022, month: 6, day: 30)!
            var count = 0
            let asOf = try await median(repetitions) {
                count = try await repository.catalogue(of: strategy, asOf: past, knownAt: nil).measures.count
            }
            let cutoff = RecordedTime(microseconds: RecordedTime.now().microseconds)
            let knownAt = try await median(repetitions) {
                _ = try await repository.catalogue(of: strategy, asOf: past, knownAt: cutoff)
            }
            let current = try await median(repetitions) {
                _ = try await repository.catalogue(of: strategy, asOf: nil, knownAt: nil)
            }
            let (report, reportBytes) = try await reportTime(
                repository, SQLCouncilRepository(database: database), strategy)
            let parts = try await reportSteps(repository, strategy)
            breakdown.append("\(name): " + parts.joined(separator: ", "))
            precondition(count > 0 && total > 2 && reportBytes > 0, "the benchmark's catalogue is empty")
            print(
                "| \(name) | \(measures) | \(historyEvents.count + 2 * measures) | \(Self.ms(importTime)) | "
                    + "\(Self.ms(recordTime)) | \(Self.ms(asOf)) | \(Self.ms(knownAt)) | \(Self.ms(current)) | "
                    + "\(Self.ms(report)) (\(reportBytes / 1_048_576) MiB) | \(Self.peakMemory()) |"
            )
            await database.close()
        }
        print("\nThe report, step by step (one run each, one after the other):")
        for line in breakdown { print("- " + line) }
    }

    /// The version page, rendered as on a cache miss: the discussion read and the HTML written.
    func textPageTimes(_ locations: [(String, DatabaseLocation)]) async throws {
        let text = SyntheticText()
        print("| engine | blocks | comments | version page (cache miss, median of \(repetitions * 4)) | page size |")
        print("|---|---|---|---|---|")
        for (name, location) in locations {
            let database = try await Database.open(location)
            let (strategy, version) = try await text.seed(database)
            var bytes = 0
            let time = try await median(repetitions * 4) {
                let html = try await PageRendering.textVersion(
                    strategy, number: version.number, texts: SQLTextRepository(database: database),
                    contributions: SQLContributionRepository(database: database), today: CalendarDate(Date()))
                bytes = html?.utf8.count ?? 0
            }
            precondition(bytes > 0, "the version page is empty")
            print("| \(name) | \(text.blocks) | \(text.comments) | \(Self.ms(time)) | \(bytes / 1024) KiB |")
            await database.close()
        }
    }

    /// A half-year council report over the whole catalogue, in HTML and DOCX from one model.
    func reportTime(_ catalogues: SQLCatalogueRepository, _ council: SQLCouncilRepository, _ strategy: Strategy)
        async throws -> (time: Duration, bytes: Int)
    {
        let generator = ReportGenerator(catalogues: catalogues, council: council)
        var bytes = 0
        let time = try await median(repetitions) {
            let key = try await generator.key(for: Self.reportRequest(strategy))
            let inputs = try await generator.currentInputs(strategy, key: key)
            let document = try await generator.document(strategy, key: key, inputs: inputs, knownAt: nil)
            bytes = try await ReportGenerator.render(
                document, as: [.html, .docx]
            ).values.map(\.count).reduce(0, +)
        }
        return (time, bytes)
    }

    /// Where the report's time goes: each step once, one after the other.
    func reportSteps(_ repository: SQLCatalogueRepository, _ strategy: Strategy) async throws -> [String] {
        let request = Self.reportRequest(strategy)
        let key = ReportKey(reportDate: request.reportDate, baseline: request.baseline!, paper: nil)
        var parts: [String] = []
        var catalogues: [Catalogue] = []
        var events: [MeasureEvent] = []
        let both = try await Self.time {
            catalogues = try await repository.catalogues(
                of: strategy, asOf: [key.reportDate, key.baseline], knownAt: nil)
        }
        parts.append("both catalogues \(Self.ms(both))")
        let period = try await Self.time {
            events = try await repository.history(
                of: strategy, knownAt: nil, effectiveAfter: key.baseline, through: key.reportDate,
                kinds: [.statusSet, .retracted])
        }
        parts.append("period status events \(Self.ms(period)) (\(events.count))")
        var document: ReportDocument?
        var model: StrategyReport?
        let modelTime = try await Self.time {
            model = StrategyReport(at: catalogues[0], baseline: catalogues[1], events: events)
        }
        parts.append("model \(Self.ms(modelTime))")
        parts.append(
            "text \(Self.ms(try await Self.time { document = CouncilReportWriter(report: model!).document() }))")
        typealias Generator = ReportGenerator
        parts.append("HTML \(Self.ms(try await Self.time { _ = try Generator.render(document!, as: .html) }))")
        parts.append("DOCX \(Self.ms(try await Self.time { _ = try Generator.render(document!, as: .docx) }))")
        return parts
    }

    static func reportRequest(_ strategy: Strategy) -> ReportRequest {
        ReportRequest(
            strategy: strategy, reportDate: CalendarDate(year: 2022, month: 6, day: 30)!,
            baseline: CalendarDate(year: 2021, month: 12, day: 31)!)
    }

    func median(_ n: Int, _ body: () async throws -> Void) async throws -> Duration {
        var times: [Duration] = []
        for _ in 0..<max(1, n) { times.append(try await Self.time(body)) }
        return times.sorted()[times.count / 2]
    }

    static func time(_ body: () async throws -> Void) async throws -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        try await body()
        return clock.now - start
    }

    static func ms(_ d: Duration) -> String {
        let ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        return ms >= 1000 ? String(format: "%.2f s", ms / 1000) : String(format: "%.0f ms", ms)
    }

    static func peakMemory() -> String {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return String(format: "%.0f MiB", Double(usage.ru_maxrss) / 1024)  // ru_maxrss is in KiB on Linux
    }
}
