/// Text split into words and the spaces and punctuation between them, for comparing versions word
/// by word. Joining the tokens gives the text back exactly.
public enum Words {
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var currentIsWord = false
        for character in text {
            let isWord = character.isLetter || character.isNumber
            if !current.isEmpty, isWord != currentIsWord || !isWord {
                tokens.append(current)
                current = ""
            }
            current.append(character)
            currentIsWord = isWord
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// The words alone, lower-cased: what similarity is measured on.
    public static func words(_ text: String) -> [String] {
        tokens(text).filter { $0.first?.isLetter == true || $0.first?.isNumber == true }.map { $0.lowercased() }
    }

    /// How alike two texts are, 0…1: twice the words they share (as a multiset) over all their words.
    public static func similarity(_ a: String, _ b: String) -> Double {
        let (x, y) = (words(a), words(b))
        guard !x.isEmpty || !y.isEmpty else { return 1 }
        var counts: [String: Int] = [:]
        for word in x { counts[word, default: 0] += 1 }
        var shared = 0
        for word in y where (counts[word] ?? 0) > 0 {
            counts[word, default: 0] -= 1
            shared += 1
        }
        return Double(2 * shared) / Double(x.count + y.count)
    }

    /// One piece of a word-by-word comparison.
    public struct Change: Hashable, Sendable, Codable {
        public enum Kind: String, Hashable, Sendable, Codable { case same, inserted, deleted }
        public var kind: Kind
        public var text: String

        public init(_ kind: Kind, _ text: String) {
            self.kind = kind
            self.text = text
        }
    }

    /// The longest common subsequence of the two texts' tokens, as same / deleted / inserted runs.
    /// Texts too long to compare token by token (over four million token pairs) are shown as one
    /// deletion and one insertion.
    public static func diff(_ old: String, _ new: String) -> [Change] {
        let (a, b) = (tokens(old), tokens(new))
        let pairs = a.count.multipliedReportingOverflow(by: b.count)
        guard !pairs.overflow, pairs.partialValue <= 4_000_000 else {
            return merged([Change(.deleted, old), Change(.inserted, new)])
        }
        // lengths[i][j]: the common subsequence of a[i...] and b[j...], in one flat array.
        let width = b.count + 1
        var lengths = [Int32](repeating: 0, count: (a.count + 1) * width)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i * width + j] =
                    a[i] == b[j]
                    ? lengths[(i + 1) * width + j + 1] + 1
                    : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
            }
        }
        var changes: [Change] = []
        var (i, j) = (0, 0)
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                changes.append(Change(.same, a[i]))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
                // Deletions before insertions: "old new" reads as a replacement.
                changes.append(Change(.deleted, a[i]))
                i += 1
            } else {
                changes.append(Change(.inserted, b[j]))
                j += 1
            }
        }
        return merged(changes)
    }

    /// Neighbouring pieces of one kind joined; a space alone between two changes joins them, so a
    /// changed phrase reads as one deletion and one insertion.
    static func merged(_ changes: [Change]) -> [Change] {
        var result: [Change] = []
        for change in changes where !change.text.isEmpty {
            if let last = result.last, last.kind == change.kind {
                result[result.count - 1].text += change.text
            } else {
                result.append(change)
            }
        }
        return result
    }
}
