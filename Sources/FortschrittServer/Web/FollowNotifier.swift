import FortschrittDomain
import Logging
import ServiceLifecycle

/// Runs the notification job every minute beside the server (`fortschritt notify` runs it once, for
/// cron); two instances on one database take turns, so nothing is mailed twice.
public struct FollowNotifier: Service {
    let participants: any ParticipantRepository
    let mails: FollowMails
    let logger: Logger
    var interval: Duration = .seconds(60)

    /// Links in the mails start with `publicURL` (`--public-url`); without it they are paths only.
    public init(participants: any ParticipantRepository, publicURL: String?, logger: Logger) {
        self.participants = participants
        self.mails = Self.mails(publicURL: publicURL)
        self.logger = logger
    }

    /// One run of the job.
    public func once() async throws -> FollowRun {
        try await participants.notifyFollowers(at: .now(), mails: mails)
    }

    public func run() async throws {
        while !Task.isCancelledOrShuttingDown {
            do {
                let run = try await once()
                if run != FollowRun() {
                    logger.info(
                        "notified followers",
                        metadata: [
                            "immediate": .stringConvertible(run.immediate),
                            "collected": .stringConvertible(run.collected), "digests": .stringConvertible(run.digests),
                        ])
                }
            } catch {
                logger.warning("could not notify followers", metadata: ["error": .string(String(describing: error))])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }

    /// The mails, in German and English like every participant mail.
    static func mails(publicURL: String?) -> FollowMails {
        let base = publicURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 } ?? ""
        @Sendable func line(_ event: FollowEvent, _ language: Language) -> String {
            switch event.kind {
            case .newVersion: return language.text(.followNewVersion(event.name, event.detail))
            case .newContribution: return language.text(.followNewContribution(event.name, event.detail))
            case .statusChange: return language.text(.followStatusChange(event.name, event.detail))
            }
        }
        @Sendable func footer(_ language: Language) -> String {
            language.text(.followMailFooter(base + "/beteiligung/konto#folgen"))
        }
        return FollowMails(
            immediate: { event in
                MailMessage.bilingual(
                    kind: "follow-\(event.kind.rawValue)", subject: { line(event, $0) },
                    body: { line(event, $0) + "\n" + base + event.path + "\n\n" + footer($0) })
            },
            digest: { events in
                MailMessage.bilingual(
                    kind: "follow-digest", subject: { $0.text(.followDigestSubject("\(events.count)")) },
                    body: { language in
                        events.map { "- " + line($0, language) + "\n  " + base + $0.path }.joined(separator: "\n")
                            + "\n\n" + footer(language)
                    })
            })
    }
}
