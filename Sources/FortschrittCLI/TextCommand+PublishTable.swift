import ArgumentParser
import FortschrittDomain
import FortschrittServer
import FortschrittStore
import Foundation

extension TextCommand {
    struct PublishTable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "publish-table",
            abstract: "Lay a version's Abwägungstabelle before the council: kept as DOCX, CSV and HTML, as files of "
                + "a paper.",
            discussion:
                "Published once, without names of private persons; refused while the version's discussion is open "
                + "or a contribution lacks a published decision that settles it.\n"
                + "Example: fortschritt text publish-table 1 --paper V111/2021 --strategy smart-city")

        @OptionGroup var common: CommonOptions
        @Argument(help: "The version's number.") var number: Int
        @Option(help: "The council paper the table is a file of, e.g. V111/2021.") var paper: String

        func run() async throws {
            let table = try await common.withDatabase { database in
                let strategy = try await common.chosenStrategy(
                    SQLCatalogueRepository(database: database), forCatalogue: false)
                let repositories = Repositories(database: database)
                return try await DecisionTablePublisher(
                    texts: repositories.texts, contributions: repositories.contributions,
                    decisions: repositories.decisions, council: repositories.council
                ).publish(
                    strategy, version: number, paper: paper, actor: common.actorName, today: CalendarDate(Date()))
            }
            say("Published the Abwägungstabelle of version \(number) with \(table.paper) (table \(table.id)):")
            for format in DecisionTablePublisher.formats {
                let address = DecisionTablePublisher.address(table, format)
                say("  \(format)\t\(address)\tSHA-256 \(table.hashes[format] ?? "")")
            }
        }
    }
}
