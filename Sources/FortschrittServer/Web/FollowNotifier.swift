import FortschrittDomain

/// Tells followers what happened since its last run and sends the daily digests once it is time;
/// part of the jobs that run every minute (`MinuteJobs`).
public struct FollowNotifier: Sendable {
    let participants: any ParticipantRepository
    let mails: FollowMails

    /// Links in the mails start with `publicURL` (`--public-url`); without it they are paths only.
    public init(participants: any ParticipantRepository, publicURL: String?) {
        self.participants = participants
        self.mails = Self.mails(publicURL: publicURL)
    }

    /// One run of the job.
    public func once() async throws -> FollowRun {
        try await participants.notifyFollowers(at: .now(), mails: mails)
    }

    /// The mails, in German and English like every participant mail.
    static func mails(publicURL: String?) -> FollowMails {
        let base = PublicAddress(configured: publicURL, trustForwarded: false).configured ?? ""
        @Sendable func line(_ event: FollowEvent, _ language: Language) -> String {
            switch event.kind {
            case .newVersion: return language.text(.followNewVersion(event.name, event.detail))
            case .newContribution: return language.text(.followNewContribution(event.name, event.detail))
            case .statusChange:
                let label = language == .en ? event.detailEnglish ?? event.detail : event.detail
                return language.text(.followStatusChange(event.name, label))
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
