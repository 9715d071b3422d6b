import ArgumentParser
import FortschrittExchange
import FortschrittServer
import FortschrittStore
import Logging

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web server and API.",
        discussion: "Example: fortschritt serve --port 8080 --demo"
    )

    @OptionGroup var database: DatabaseOption

    @Option(name: .long, help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on.")
    var port = 8080

    @Flag(name: .long, help: "On an empty database, first load the Mannheim catalogue as demo data.")
    var demo = false

    func run() async throws {
        let logger = Logger(label: "fortschritt")
        let location = try database.location()
        let database = try await Database.open(location, logger: logger)
        let repository = SQLCatalogueRepository(database: database)
        do {
            if demo, try await DemoData.seed(repository) {
                try await DemoData.seedCouncil(SQLCouncilRepository(database: database), strategy: try await repository.strategies()[0])
                say("Demo data loaded: \(DemoData.strategy.title)")
            }
            say("Fortschritt on http://\(host):\(port) (database \(location))")
            try await buildApplication(repository: repository, configuration: ServerConfiguration(host: host, port: port), logger: logger).runService()
        } catch {
            await database.close()
            throw error
        }
        await database.close()
    }
}

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Bring the database schema up to date (the server also does this on start).",
        discussion: "Example: fortschritt migrate --database postgres://fortschritt@localhost/fortschritt"
    )

    @OptionGroup var database: DatabaseOption

    func run() async throws {
        let database = try await Database.open(try self.database.location(), migrate: false)
        do {
            let applied = try await Migrations.run(on: database)
            let all = try await Migrations.applied(on: database)
            say(applied.isEmpty ? "Schema is up to date (version \(all.last ?? 0))." : "Applied migrations \(applied.map(String.init).joined(separator: ", ")).")
        } catch {
            await database.close()
            throw error
        }
        await database.close()
    }
}
