import FortschrittDomain

/// The mail to a comment's author when a new version changed or dropped the block they wrote about,
/// in German and English (participants keep no language of their own), with the address to read it.
public enum CommentFateMail {
    public static func notice(base: String, strategy: Strategy) -> CommentFateNotice {
        { comment, fate, version in
            let number = "\(comment.id)"
            let gone = fate == .earlierVersion
            let block = comment.anchor.block.text
            let link =
                base + "/strategien/\(strategy.slug)/text/"
                + (gone ? "\(comment.anchor.version)/abschnitt/\(block)" : "\(version.number)/abschnitt/\(block)")
            return .bilingual(
                kind: "comment-block-changed",
                subject: { $0.text(.blockChangedMailSubject(number, "\(version.number)")) },
                body: {
                    $0.text(
                        gone
                            ? .blockGoneMailBody(number, block, "\(version.number)", link)
                            : .blockChangedMailBody(number, block, "\(version.number)", link))
                })
        }
    }
}
