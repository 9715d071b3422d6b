/// What became of a comment on one version in the next: it is never deleted and never moved to
/// another block or another occurrence of its words.
public enum CommentFate: Hashable, Sendable {
    /// Its block, and its quoted words, are still there as they were.
    case unchanged
    /// Its block changed: the old and the new wording of what it points to (the quote, or the block).
    case textChanged(old: String, new: String)
    /// Its block or its quoted words are gone: it stays on its version and is listed on the new one
    /// under "on earlier versions".
    case earlierVersion

    /// Follows `anchor` (on `old`) into `new`. Only the same block is searched: first for the quote as
    /// it was; then for the words between the quote's old context (what stood before and after it),
    /// which is how a corrected name is found; then, for quotes of at least 12 characters, for a
    /// passage at least 75 % alike and of about the same length. Short quotes are never matched
    /// approximately: "Linus" must not land on "chines".
    public static func of(_ anchor: QuoteAnchor, from old: TextBlock, in new: TextVersion) -> CommentFate {
        guard let block = new.block(anchor.block) else { return .earlierVersion }
        guard let quote = anchor.quote else {
            return block.text == old.text ? .unchanged : .textChanged(old: old.text, new: block.text)
        }
        let text = Array(block.text)
        if !QuoteAnchor.occurrences(of: Array(QuoteAnchor.normalised(quote)), in: text).isEmpty {
            return .unchanged
        }
        if let between = between(anchor.prefix, anchor.suffix, in: text), !between.isEmpty,
            between.count <= quote.count * 3 + 20
        {
            return .textChanged(old: quote, new: between)
        }
        if quote.count >= 12, let similar = similarPassage(to: quote, in: text) {
            return .textChanged(old: quote, new: similar)
        }
        return .earlierVersion
    }

    /// The text between the last characters of `prefix` and the first of `suffix`, when both are
    /// still in the text, in that order. At least 8 characters of context on a side must remain
    /// (a quote at the start of a block has no prefix; then the suffix alone decides).
    static func between(_ prefix: String, _ suffix: String, in text: [Character]) -> String? {
        let before = Array(prefix.suffix(16))
        let after = Array(suffix.prefix(16))
        guard before.count >= 8 || after.count >= 8 else { return nil }
        let start: Int
        if before.isEmpty {
            start = 0
        } else {
            let found = QuoteAnchor.occurrences(of: before, in: text)
            guard found.count == 1, let only = found.first else { return nil }
            start = only.upperBound
        }
        let end: Int
        if after.isEmpty {
            end = text.count
        } else {
            let found = QuoteAnchor.occurrences(of: after, in: text).filter { $0.lowerBound >= start }
            guard let first = found.first else { return nil }
            end = first.lowerBound
        }
        guard start <= end else { return nil }
        return String(text[start..<end]).trimmingCharacters(in: .whitespaces)
    }

    /// The most alike passage of the quote's length (±50 %, in word steps), if at least 75 % alike.
    static func similarPassage(to quote: String, in text: [Character]) -> String? {
        let words = Words.tokens(String(text))
        let length = quote.count
        var best: (String, Double)?
        for start in words.indices {
            var passage = ""
            for end in start..<words.count {
                passage += words[end]
                if passage.count > length * 3 / 2 { break }
                guard passage.count >= length / 2 else { continue }
                let score = Words.similarity(passage, quote)
                if score >= 0.75, score > (best?.1 ?? 0) {
                    best = (passage.trimmingCharacters(in: .whitespaces), score)
                }
            }
        }
        return best?.0
    }
}
