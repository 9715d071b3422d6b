import ArgumentParser
import FortschrittDomain
import FortschrittServer
import FortschrittStore
import Logging

/// One run of the notification job, for cron when no server runs it (`serve` runs it every minute).
struct NotifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify",
        abstract: "Mail followers what happened since the last run, and the daily digests once it is time.",
        discussion: """
            Daily digests go out on the first run of a day from 06:00 Europe/Berlin. Safe beside running \
            servers: runs take turns, and nothing is mailed twice.
            Example: fortschritt notify --public-url https://fortschritt.stadt.example
            """
    )

    @OptionGroup var database: DatabaseOption
    @Option(help: "The site's public address (https://…), for the links in the mails.") var publicURL: String?

    func run() async throws {
        if let publicURL, !(publicURL.hasPrefix("https://") || publicURL.hasPrefix("http://")) {
            throw ValidationError("--public-url: an http(s):// address")
        }
        let database = try await Database.open(try self.database.location())
        do {
            let notifier = FollowNotifier(
                participants: SQLParticipantRepository(database: database), publicURL: publicURL,
                logger: Logger(label: "fortschritt"))
            let run = try await notifier.once()
            say("Queued \(run.immediate) mails and \(run.digests) digests; kept \(run.collected) for digests.")
        } catch {
            await database.close()
            throw error
        }
        await database.close()
    }
}
