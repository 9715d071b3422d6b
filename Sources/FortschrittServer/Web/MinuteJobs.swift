import FortschrittDomain
import Logging
import ServiceLifecycle

/// What runs every minute beside the server (`fortschritt notify` runs it once, for cron): the
/// publications of decisions whose time has come, then the followers' notifications. Instances on
/// one database take turns, so nothing is published or mailed twice.
public struct MinuteJobs: Service {
    let publications: DuePublications
    let followers: FollowNotifier
    let logger: Logger
    var interval: Duration = .seconds(60)

    /// Links in the mails start with `publicURL` (`--public-url`); without it they are paths only.
    public init(repositories: Repositories, publicURL: String?, logger: Logger) {
        self.publications = DuePublications(decisions: repositories.decisions, publicURL: publicURL)
        self.followers = FollowNotifier(participants: repositories.participants, publicURL: publicURL)
        self.logger = logger
    }

    /// One run of both jobs; one failing does not keep the other from running.
    public func once() async -> (published: Int?, followers: FollowRun?) {
        var published: Int?
        var told: FollowRun?
        do {
            published = try await publications.once()
        } catch {
            logger.warning("could not publish decisions set for now", metadata: ["error": "\(error)"])
        }
        do {
            told = try await followers.once()
        } catch {
            logger.warning("could not notify followers", metadata: ["error": "\(error)"])
        }
        return (published, told)
    }

    public func run() async throws {
        while !Task.isCancelledOrShuttingDown {
            let run = await once()
            if let published = run.published, published > 0 {
                logger.info("published decisions set for now", metadata: ["decisions": "\(published)"])
            }
            if let told = run.followers, told != FollowRun() {
                logger.info(
                    "notified followers",
                    metadata: [
                        "immediate": "\(told.immediate)", "collected": "\(told.collected)",
                        "digests": "\(told.digests)",
                    ])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }
}

/// Carries out the publications of decisions set for a time that has come, each author told by mail.
public struct DuePublications: Sendable {
    let decisions: any DecisionRepository
    let base: String

    public init(decisions: any DecisionRepository, publicURL: String?) {
        self.decisions = decisions
        self.base = PublicAddress(configured: publicURL, trustForwarded: false).configured ?? ""
    }

    /// Returns how many decisions were published.
    public func once(at time: RecordedTime = .now()) async throws -> Int {
        let base = base
        return try await decisions.publishDue(at: time) { contribution, decision in
            DecisionController.notice(contribution, decision, base: base)
        }
    }
}
