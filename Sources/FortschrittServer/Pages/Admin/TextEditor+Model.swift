import FortschrittDomain
import Foundation

/// The strategy office's editor of a strategy's next text version: the draft's Markdown in a text
/// field, checked first — how each block is matched to the last published version is shown for
/// confirmation — then saved, and published with its discussion phase.
struct TextEditorModel: Sendable {
    var siteName: String
    var strategy: Strategy
    var draft: TextVersion?
    var latest: TextVersion?
    var title: String
    var note: String
    var markdown: String
    /// After a check: how the blocks would be saved, and the digest of the text checked.
    var matching: BlockMatching?
    var error: String?
    var notice: String?

    var path: String { "/verwaltung/texte/\(strategy.slug)" }
    var checkedDigest: String { Self.digest(title: title, note: note, markdown: markdown) }

    /// The draft as saved, else the latest published version's text to begin the next one from.
    static func load(_ strategy: Strategy, texts: any TextRepository, siteName: String) async throws
        -> TextEditorModel
    {
        let versions = try await texts.versions(of: strategy)
        let draft = versions.last { $0.state == .draft }
        let latest = versions.last { $0.state == .published }
        let source = draft ?? latest
        return TextEditorModel(
            siteName: siteName, strategy: strategy, draft: draft, latest: latest, title: source?.title ?? "",
            note: draft?.note ?? "", markdown: source.map { TextMarkdownWriter.markdown($0.blocks) } ?? "")
    }

    /// What a confirmation names: the text as it was checked, so that a changed text is checked again.
    static func digest(title: String, note: String, markdown: String) -> String {
        let text = [title, note, markdown].joined(separator: "\u{0}")
        return Digest.sha256(text)
    }
}

/// The strategies whose texts the office writes, each with its latest version and draft.
struct TextsModel: Sendable {
    var siteName: String
    var strategies: [(strategy: Strategy, latest: TextVersion?, draft: TextVersion?)]
}
