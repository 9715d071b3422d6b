import ArgumentParser
import FortschrittDomain
import FortschrittServer
import FortschrittStore
import Logging

/// One run of the minute's jobs, for cron when no server runs them (`serve` runs them every minute):
/// decisions whose publication time has come, then the followers' notifications.
struct NotifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify",
        abstract: """
            Publish the decisions set for now, mail followers what happened since the last run, and the \
            daily digests once it is time.
            """,
        discussion: """
            Daily digests go out on the first run of a day from 06:00 Europe/Berlin. Safe beside running \
            servers: runs take turns, and nothing is mailed twice.
            Example: fortschritt notify --public-url https://fortschritt.stadt.example
            """
    )

    @OptionGroup var database: DatabaseOption
    // Required: the mails' links cannot be taken from a request here, and a bare path leads nowhere.
    @Option(help: "The site's public address (https://…), for the links in the mails.") var publicURL: String

    func run() async throws {
        if !(publicURL.hasPrefix("https://") || publicURL.hasPrefix("http://")) {
            throw ValidationError("--public-url: an http(s):// address")
        }
        let database = try await Database.open(try self.database.location())
        do {
            let jobs = MinuteJobs(
                repositories: Repositories(database: database), publicURL: publicURL,
                logger: Logger(label: "fortschritt"))
            let run = await jobs.once()
            guard let published = run.published, let told = run.followers else {
                throw ExitCode.failure  // the job that failed said why in a warning
            }
            say("Published \(published) decisions set for now.")
            say("Queued \(told.immediate) mails and \(told.digests) digests; kept \(told.collected) for digests.")
        } catch {
            await database.close()
            throw error
        }
        await database.close()
    }
}
