import FortschrittDomain

extension MailMessage {
    /// A mail in German and English, for people who keep no language of their own (staff accounts,
    /// participants): the subjects joined by " / ", the bodies separated by a rule. `to` is filled in
    /// by the write that queues it where the address is read there.
    static func bilingual(
        kind: String, to: String = "", subject: (Language) -> String, body: (Language) -> String
    ) -> MailMessage {
        MailMessage(
            kind: kind, to: to, subject: subject(.de) + " / " + subject(.en),
            body: body(.de) + "\n\n---\n\n" + body(.en))
    }
}
