import FortschrittCLI
import FortschrittDomain
import FortschrittExchange
import FortschrittStore
import FortschrittTestSupport
import Foundation
import Testing

/// Runs commands as a user types them, collecting what they print.
final class Transcript: @unchecked Sendable {
    private let lock = NSLock()
    private var outLines: [String] = []
    private var errLines: [String] = []
    var out: String { lock.withLock { outLines.joined(separator: "\n") } }
    var err: String { lock.withLock { errLines.joined(separator: "\n") } }

    /// What the user types when a command asks for a password.
    let typed: String?

    init(typing typed: String? = nil) {
        self.typed = typed
    }

    var console: Console {
        Console(
            out: { line in self.lock.withLock { self.outLines.append(line) } },
            err: { line in self.lock.withLock { self.errLines.append(line) } },
            secret: { _ in self.typed })
    }
}

struct CLIRun {
    let location: String

    /// Runs `fortschritt ARGS --database …`; returns the transcript, or the error's message.
    @discardableResult
    func run(_ arguments: [String], typing: String? = nil) async throws -> Transcript {
        let transcript = Transcript(typing: typing)
        var command = try Fortschritt.parseAsRoot(arguments + ["--database", location])
        try await Console.$current.withValue(transcript.console) {
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        }
        return transcript
    }

    func fails(_ arguments: [String], typing: String? = nil) async -> String {
        do {
            try await run(arguments, typing: typing)
            return ""
        } catch {
            return Fortschritt.message(for: error)
        }
    }
}

@Suite struct CLITests {
    func withCLI(_ body: (CLIRun) async throws -> Void) async throws {
        let test = try await TestDatabase.make()
        await test.close()
        try await body(CLIRun(location: test.location))
    }

    func referenceFile() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ref-\(UUID().uuidString).csv").path
        try DemoData.catalogueCSV.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func importWantsAStrategyFirst() async throws {
        try await withCLI { cli in
            let message = await cli.fails(["import", try referenceFile()])
            // It names the one command to run, not the one that just failed.
            #expect(message.contains("create it first with 'fortschritt strategy add --slug"))
            #expect(!message.contains("import a catalogue"))
            // Then the README's order works.
            try await cli.run([
                "strategy", "add", "--slug", "digitalstrategie", "--title", "Digitalisierungsstrategie",
                "--body", "Stadt Mannheim", "--adopted", "2019-03-12",
            ])
            try await cli.run(["import", try referenceFile()])
            let report = try await cli.run(["report", "--as-of", "2020-12-31", "--format", "md"])
            #expect(report.out.contains("49"))
        }
    }

    @Test func aDatabasePasswordIsNeverPrinted() async throws {
        for url in [
            "postgres://stadt:geheim-123@[bad", "postgresql://stadt:geheim-123@db.example/x?schema=a b",
            "mysql://stadt:geheim-123@db.example/x",
        ] {
            let message = await CLIRun(location: url).fails(["strategy", "list"])
            #expect(!message.isEmpty && !message.contains("geheim-123"), "\(message)")
        }
        #expect(DatabaseLocation.redacted("postgres://stadt:geheim@db:5432/x") == "postgres://stadt:***@db:5432/x")
        #expect(DatabaseLocation.redacted("postgres://stadt@db/x") == "postgres://stadt@db/x")
        #expect(DatabaseLocation("postgres://stadt:geheim@db:5432/x")?.description == "postgres://stadt:***@db:5432/x")
    }

    @Test func controlCharactersAreRefusedOnTheCommandLineNamingTheField() async throws {
        try await withCLI { cli in
            try await cli.run([
                "strategy", "add", "--slug", "s", "--title", "S", "--body", "B", "--adopted", "2019-03-12",
            ])
            try await cli.run(["import", try referenceFile()])
            let message = await cli.fails([
                "measure", "change", "1.6", "--title", "Chat\u{0B}bot", "--since", "2021-01-15",
                "--reason", "präzisiert",
            ])
            #expect(message.contains("title") && message.contains("U+B"), "\(message)")
        }
    }

    @Test func importExportAndHistory() async throws {
        try await withCLI { cli in
            try await cli.run([
                "strategy", "add", "--slug", "digitalstrategie", "--title", "Digitalisierungsstrategie", "--body",
                "Stadt Mannheim", "--adopted", "2019-03-12",
            ])
            let file = try referenceFile()
            let first = try await cli.run(["import", file, "--actor", "Strategiebüro"])
            #expect(first.out.contains("49 measures read; recorded 98 events (49 new measures, 4 new fields of action"))
            let again = try await cli.run(["import", file])
            #expect(again.out.contains("nothing recorded"))

            let csv = try await cli.run(["export", "--format", "csv", "--as-of", "2019-12-31"])
            let lines = csv.out.split(separator: "\n")
            #expect(lines.count == 38)
            #expect(
                lines.first?.hasPrefix(
                    "Nr.;Maßnahme;Handlungsfeld;Federführung;Aufgenommen;Status;Status seit;Bemerkung;Status belegt")
                    == true)
            #expect(
                lines.contains {
                    $0.hasPrefix("1.12;Handyparken;E-Government (Bürger und Unternehmen);FB 31;2019-03-12;;;;")
                })

            let json = try await cli.run(["export", "--format", "json"])
            let document = try #require(JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
            let measures = try #require(document["measures"] as? [[String: Any]])
            #expect(measures.count == 49)
            #expect((measures[0]["history"] as? [Any])?.count == 2)

            try await cli.run(["status", "set", "1.2", "etabliert", "--since", "2021-03-01", "--actor", "FB 12"])
            let history = try await cli.run(["history", "1.2"])
            #expect(history.out.contains("2021-03-01"))
            #expect(history.out.contains("FB 12\tstatus etabliert"))
            #expect(history.out.contains("Strategiebüro\tcreated: Open Data Portal"))
        }
    }

    @Test func writesAreCheckedAndNameWhatIsWrong() async throws {
        try await withCLI { cli in
            try await cli.run(["strategy", "add", "--slug", "ds", "--title", "DS", "--body", "Stadt"])
            try await cli.run(["import", try referenceFile()])
            #expect(
                await cli.fails(["status", "set", "1.2", "verzögert", "--since", "2021-03-01"]).contains(
                    "reason: status 'verzögert' needs a reason"))
            #expect(
                await cli.fails(["status", "set", "1.2", "fertig", "--since", "2021-03-01"]).contains(
                    "unknown status 'fertig'"))
            #expect(
                await cli.fails(["status", "set", "9.9", "etabliert", "--since", "2021-03-01"]).contains(
                    "no measure 9.9"))
            #expect(await cli.fails(["status", "set", "1.2", "etabliert", "--since", "morgen"]).contains("morgen"))
            #expect(
                await cli.fails([
                    "measure", "add", "1.17", "--title", "X", "--field", "1", "--lead", "FB 99", "--entered",
                    "2021-01-01",
                ]).contains("unknown department 'FB 99'"))
            try await cli.run(["department", "add", "FB 99", "Testamt"])
            try await cli.run([
                "measure", "add", "1.17", "--title", "X", "--field", "1", "--lead", "FB 99", "--entered", "2021-01-01",
            ])
            try await cli.run([
                "measure", "change", "1.17", "--title", "Y", "--since", "2021-02-01", "--reason", "Umbenannt",
            ])
            #expect(await cli.fails(["measure", "remove", "1.17", "--since", "2021-03-01"]).contains("needs a reason"))
            try await cli.run(["measure", "remove", "1.17", "--since", "2021-03-01", "--reason", "doppelt"])
            let history = try await cli.run(["history", "1.17"])
            #expect(history.out.split(separator: "\n").count == 4)
        }
    }

    @Test func aBadFileIsRefusedWithEveryProblem() async throws {
        try await withCLI { cli in
            try await cli.run(["strategy", "add", "--slug", "ds", "--title", "DS", "--body", "Stadt"])
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).csv")
                .path
            let text =
                "Nr.;Maßnahme;Handlungsfeld;Federführung;Aufgenommen;Status;Status seit\n"
                + "1.1;A;E;FB 1;2019-03-12;fertig;2019-03-12\n1.2;B;E;FB 1;12.13.2019;;\n"
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            let message = await cli.fails(["import", path])
            #expect(message.contains("nothing was changed (2 problems)"))
            #expect(message.contains(":2: column 'Status': unknown status 'fertig'"))
            #expect(message.contains(":3: column 'Aufgenommen': '12.13.2019' is not a date"))
            let export = try await cli.run(["export", "--format", "csv"])
            #expect(export.out.split(separator: "\n").count == 1)
        }
    }

    @Test func everyCommandHasHelpWithAnExample() throws {
        func check(_ command: any ParsableCommand.Type, path: [String]) {
            let help = Fortschritt.helpMessage(for: command)
            if command.configuration.subcommands.isEmpty {
                #expect(help.contains("Example: fortschritt \(path.joined(separator: " "))"), "\(path)")
            }
            for sub in command.configuration.subcommands {
                check(sub, path: path + [sub._commandName])
            }
        }
        for sub in Fortschritt.configuration.subcommands {
            check(sub, path: [sub._commandName])
        }
    }
}
