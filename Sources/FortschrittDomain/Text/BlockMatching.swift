/// Gives every block of a new text its id. Ids written in the Markdown are kept as given. The
/// other blocks are matched to the previous version's blocks not yet taken: first the same text
/// (unchanged or moved), then the most alike of the same kind with at least half their words in
/// common (edited) — each match is listed for the author to confirm. What matches nothing is new
/// and gets an id made from its first words, never one the strategy's text used before.
public struct BlockMatching: Sendable, Hashable {
    public enum Outcome: Hashable, Sendable {
        /// Kept from the previous version, text unchanged (possibly moved).
        case unchanged
        /// Kept from the previous version, text edited; how alike the two are (0…1).
        case edited(similarity: Double)
        /// The id was written in the Markdown.
        case given
        case new
    }

    public struct Entry: Hashable, Sendable {
        public var block: TextBlock
        public var outcome: Outcome
        /// Where the Markdown wrote it.
        public var line: Int
    }

    public var entries: [Entry]
    /// Blocks of the previous version the new text no longer has.
    public var removed: [TextBlock]

    public var blocks: [TextBlock] { entries.map(\.block) }

    /// - Parameters:
    ///   - usedBefore: every id any version of this text has had, so a new block never takes the
    ///     id of one removed earlier (whose comments would then seem to be about it).
    public init(_ written: [TextMarkdown.Written], previous: [TextBlock], usedBefore: Set<BlockID>) {
        var taken = Set(written.compactMap(\.id))
        var available = previous.filter { !taken.contains($0.id) }
        var assigned: [Int: (BlockID, Outcome)] = [:]
        for (index, block) in written.enumerated() {
            if let id = block.id {
                let before = previous.first { $0.id == id }
                assigned[index] = (id, before.map { $0.text == block.text ? .unchanged : .given } ?? .given)
            }
        }
        // The same text first, in order.
        for (index, block) in written.enumerated() where assigned[index] == nil {
            if let match = available.firstIndex(where: { $0.kind == block.kind && $0.text == block.text }) {
                assigned[index] = (available[match].id, .unchanged)
                available.remove(at: match)
            }
        }
        // Then the most alike pairs, best first.
        var candidates: [(index: Int, previous: Int, similarity: Double)] = []
        for (index, block) in written.enumerated() where assigned[index] == nil {
            for (position, old) in available.enumerated() where old.kind == block.kind {
                let similarity = Words.similarity(old.text, block.text)
                if similarity >= 0.5 { candidates.append((index, position, similarity)) }
            }
        }
        candidates.sort { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.index < $1.index }
        var usedPrevious = Set<Int>()
        for candidate in candidates where assigned[candidate.index] == nil && !usedPrevious.contains(candidate.previous)
        {
            assigned[candidate.index] = (available[candidate.previous].id, .edited(similarity: candidate.similarity))
            usedPrevious.insert(candidate.previous)
        }
        available = available.enumerated().filter { !usedPrevious.contains($0.offset) }.map(\.element)
        taken.formUnion(assigned.values.map(\.0))
        taken.formUnion(usedBefore)
        taken.formUnion(previous.map(\.id))
        entries = written.enumerated().map { index, block in
            let (id, outcome) = assigned[index] ?? (Self.newID(for: block.text, avoiding: &taken), .new)
            return Entry(
                block: TextBlock(
                    id: id, kind: block.kind, level: block.level, text: block.text, measures: block.measures),
                outcome: outcome, line: block.line)
        }
        removed = available
    }

    /// A readable id from the first words (ASCII, umlauts spelled out), unique among `taken`.
    static func newID(for text: String, avoiding taken: inout Set<BlockID>) -> BlockID {
        let spelled = text.lowercased().replacingOccurrences(of: "ä", with: "ae")
            .replacingOccurrences(of: "ö", with: "oe").replacingOccurrences(of: "ü", with: "ue")
            .replacingOccurrences(of: "ß", with: "ss")
        let words = Words.words(spelled).map { word in
            String(String.UnicodeScalarView(word.unicodeScalars.filter { $0.isASCII }))
        }.filter { !$0.isEmpty }
        var base = words.prefix(4).joined(separator: "-")
        if base.count > 40 { base = String(base.prefix(40)) }
        while base.hasSuffix("-") { base.removeLast() }
        if base.first?.isLetter != true { base = "abschnitt" + (base.isEmpty ? "" : "-" + base) }
        if BlockID(base) == nil { base = "abschnitt" }
        var id = BlockID(unchecked: base)
        var counter = 2
        while taken.contains(id) {
            id = BlockID(unchecked: "\(base)-\(counter)")
            counter += 1
        }
        taken.insert(id)
        return id
    }
}
