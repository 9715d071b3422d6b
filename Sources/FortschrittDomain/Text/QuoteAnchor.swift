/// Where a comment points: a block of a version and, optionally, the words it quotes — kept with up
/// to 32 characters before and after them and their position in the block, so that the comment can
/// be followed into the next version without being moved to another occurrence of the same words.
public struct QuoteAnchor: Hashable, Sendable, Codable {
    public var version: Int
    public var block: BlockID
    public var quote: String?
    public var prefix: String
    public var suffix: String
    /// Characters before the quote in the block's text.
    public var position: Int

    public static let contextLength = 32

    public struct Problem: Error, Hashable, Sendable {
        public enum Kind: Hashable, Sendable {
            case notInBlock
            /// The words appear this many times: quote a few more around them.
            case ambiguous(Int)
            case tooLong
        }
        public var kind: Kind
        public init(kind: Kind) { self.kind = kind }
    }

    /// An anchor on a whole block.
    public init(version: Int, block: BlockID) {
        self.version = version
        self.block = block
        self.quote = nil
        self.prefix = ""
        self.suffix = ""
        self.position = 0
    }

    /// An anchor on words typed or pasted by the commenter: they must appear in the block exactly
    /// once (blanks may differ), so that there is no doubt which are meant.
    public init(version: Int, block: TextBlock, quoting typed: String) throws(Problem) {
        let wanted = Self.normalised(typed)
        guard wanted.count <= 1_000 else { throw Problem(kind: .tooLong) }
        let text = Array(block.text)
        let matches = Self.occurrences(of: Array(wanted), in: text)
        guard let match = matches.first else { throw Problem(kind: .notInBlock) }
        guard matches.count == 1 else { throw Problem(kind: .ambiguous(matches.count)) }
        self.version = version
        self.block = block.id
        self.quote = String(text[match])
        self.prefix = String(text[max(0, match.lowerBound - Self.contextLength)..<match.lowerBound])
        self.suffix = String(text[match.upperBound..<min(text.count, match.upperBound + Self.contextLength)])
        self.position = match.lowerBound
    }

    static func normalised(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Ranges of `text` that equal `wanted`, any run of blanks in `text` matching one space.
    static func occurrences(of wanted: [Character], in text: [Character]) -> [Range<Int>] {
        guard !wanted.isEmpty else { return [] }
        var found: [Range<Int>] = []
        for start in text.indices where text[start] == wanted[0] {
            var (i, j) = (start, 0)
            while i < text.count, j < wanted.count {
                if wanted[j] == " ", text[i].isWhitespace {
                    while i < text.count, text[i].isWhitespace { i += 1 }
                    j += 1
                } else if text[i] == wanted[j] {
                    i += 1
                    j += 1
                } else {
                    break
                }
            }
            if j == wanted.count { found.append(start..<i) }
        }
        return found
    }
}
