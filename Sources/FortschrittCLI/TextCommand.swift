import ArgumentParser
import FortschrittDomain
import FortschrittServer
import FortschrittStore
import Foundation

struct TextCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Write a strategy's text in versions: import a draft from Markdown, publish it for discussion.",
        subcommands: [Import.self, Publish.self, Adopt.self, PublishTable.self, List.self, Show.self]
    )

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make (or replace) the draft of the next version from a Markdown file.",
            discussion:
                "Example: fortschritt text import smart-city-v2.md --strategy smart-city --title "
                + "\"Smart-City-Strategie\" --reason \"Ergebnisse der Beteiligung\"\n\n"
                + "Blocks are headings (#), paragraphs and list items. Give a block its id with {#id} at its end, "
                + "and the measures it serves with {measures=1.4,2.3}; blocks without an id are matched to the "
                + "last published version and the matching is printed for you to check (--dry-run saves nothing)."
        )

        @OptionGroup var common: CommonOptions
        @Argument(help: "The Markdown file.") var file: String
        @Option(help: "The version's title.") var title: String
        @Option(help: "What changed against the last version, in your words.") var note: String = ""
        @Option(help: "Why this draft is saved (kept in the log).") var reason: String?
        @Option(help: "The strategy whose catalogue measures= refers to (default: --strategy).") var catalogue: String?
        @Flag(help: "Only print how the blocks would be matched.") var dryRun = false

        func run() async throws {
            let markdown: String
            do {
                markdown = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw CommandFailure("cannot read \(file) as UTF-8 text: \(error.localizedDescription)")
            }
            let matching = try await common.withDatabase { database in
                let catalogues = SQLCatalogueRepository(database: database)
                let strategy = try await common.chosenStrategy(catalogues, forCatalogue: false)
                let all = try await catalogues.strategies()
                let catalogueID = try catalogue.map { slug in
                    guard let found = all.first(where: { $0.slug == slug }) else {
                        throw CommandFailure("--catalogue: no strategy '\(slug)'")
                    }
                    return found.id
                }
                do {
                    return try await SQLTextRepository(database: database).saveDraft(
                        DraftText(title: title, markdown: markdown, note: note, reason: reason, catalogue: catalogueID),
                        of: strategy, actor: common.actorName, dryRun: dryRun)
                } catch let violation as RuleViolation where violation.subject == "markdown" {
                    throw CommandFailure("\(file): \(violation.message)")
                }
            }
            for entry in matching.entries { say(Self.describe(entry)) }
            for block in matching.removed { say("removed    \(block.id)  \(Self.excerpt(block.text))") }
            say(dryRun ? "Nothing saved (--dry-run)." : "Saved the draft: \(matching.entries.count) blocks.")
        }

        static func describe(_ entry: BlockMatching.Entry) -> String {
            let outcome: String
            switch entry.outcome {
            case .unchanged: outcome = "unchanged "
            case .edited(let similarity): outcome = "edited \(Int((similarity * 100).rounded()))% "
            case .given: outcome = "given id  "
            case .new: outcome = "new       "
            }
            return "line \(entry.line)\t\(outcome) \(entry.block.id)  \(excerpt(entry.block.text))"
        }

        static func excerpt(_ text: String) -> String { text.count > 60 ? text.prefix(59) + "…" : text }
    }

    struct Publish: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Publish the draft; from then on it never changes. Optionally open it for discussion.",
            discussion:
                "Example: fortschritt text publish --strategy smart-city --opens 2027-01-10 --closes 2027-02-28"
        )

        @OptionGroup var common: CommonOptions
        @Option(help: "First day contributions are taken.") var opens: CalendarDate?
        @Option(help: "Last day contributions are taken.") var closes: CalendarDate?
        @Flag(help: "Contributions appear only after a moderator approved them.") var preModeration = false
        @Option(
            help: ArgumentHelp(
                "The site's public address (https://…): with it, the authors of comments whose section changed "
                    + "are mailed a link to it."))
        var publicURL: String?

        func run() async throws {
            if let publicURL, !(publicURL.hasPrefix("https://") || publicURL.hasPrefix("http://")) {
                throw ValidationError("--public-url: an http(s):// address")
            }
            let version = try await common.withDatabase { database in
                let strategy = try await common.chosenStrategy(
                    SQLCatalogueRepository(database: database), forCatalogue: false)
                let base = publicURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
                return try await SQLTextRepository(database: database).publishDraft(
                    of: strategy,
                    phase: try DiscussionPhase(
                        opensOn: opens, closesOn: closes, moderation: preModeration ? .pre : .post),
                    actor: common.actorName, notice: base.map { CommentFateMail.notice(base: $0, strategy: strategy) })
            }
            let phase = version.opensOn.map { " (discussion \($0) to \(version.closesOn.map(\.iso) ?? ""))" } ?? ""
            say("Published version \(version.number) of the text: \(version.blocks.count) blocks\(phase).")
        }
    }

    struct Adopt: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that the council adopted a published version.",
            discussion:
                "Refused while a contribution to the version before it has no published decision that settles it.\n"
                + "Example: fortschritt text adopt 2 --on 2027-03-15 --strategy smart-city")

        @OptionGroup var common: CommonOptions
        @Argument(help: "The version's number.") var number: Int
        @Option(help: "The day of the council's decision.") var on: CalendarDate

        func run() async throws {
            try await common.withDatabase { database in
                let strategy = try await common.chosenStrategy(
                    SQLCatalogueRepository(database: database), forCatalogue: false)
                let versions = try await SQLTextRepository(database: database).versions(of: strategy)
                guard let version = versions.first(where: { $0.number == number && $0.state == .published }) else {
                    throw CommandFailure("no published version \(number)")
                }
                try await SQLDecisionRepository(database: database).adopt(
                    version, on: on, strategyVersions: versions, actor: common.actorName, at: .now())
            }
            say("Version \(number) adopted on \(on.iso).")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the text's versions.", discussion: "Example: fortschritt text list --strategy smart-city")

        @OptionGroup var common: CommonOptions

        func run() async throws {
            let versions = try await common.withDatabase { database in
                let strategy = try await common.chosenStrategy(
                    SQLCatalogueRepository(database: database), forCatalogue: false)
                return try await SQLTextRepository(database: database).versions(of: strategy)
            }
            if versions.isEmpty { say("No text yet: import one with 'fortschritt text import FILE --title …'.") }
            for version in versions {
                let phase = version.opensOn.map { "\tdiscussion \($0)–\(version.closesOn.map(\.iso) ?? "")" } ?? ""
                let blocks = "\(version.blocks.count) blocks"
                say(
                    ["\(version.number)", version.state.rawValue, blocks, version.title].joined(separator: "\t") + phase
                )
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a version as Markdown with every block's id (to edit and import again).",
            discussion: "Example: fortschritt text show 1 --strategy smart-city > smart-city-v2.md"
        )

        @OptionGroup var common: CommonOptions
        @Argument(help: "The version's number (default: the latest).") var number: Int?

        func run() async throws {
            let versions = try await common.withDatabase { database in
                let strategy = try await common.chosenStrategy(
                    SQLCatalogueRepository(database: database), forCatalogue: false)
                return try await SQLTextRepository(database: database).versions(of: strategy)
            }
            guard let version = number.map({ n in versions.first { $0.number == n } }) ?? versions.last else {
                throw CommandFailure(number.map { "no version \($0)" } ?? "no text yet")
            }
            var markdown = TextMarkdownWriter.markdown(version.blocks)
            if markdown.hasSuffix("\n") { markdown.removeLast() }
            say(markdown)
        }
    }
}
