/// Two versions compared block by block (by id) and, within a changed block, word by word.
public struct TextDiff: Hashable, Sendable {
    public struct Block: Hashable, Sendable {
        public enum Status: String, Hashable, Sendable, Codable {
            case unchanged, changed, added, removed
        }

        public var id: BlockID
        public var status: Status
        /// Kept, but in another place relative to the other kept blocks.
        public var moved: Bool
        public var old: TextBlock?
        public var new: TextBlock?
        /// For changed blocks: the text word by word; otherwise empty.
        public var words: [Words.Change]
    }

    public var old: TextVersion
    public var new: TextVersion
    /// In the new version's order, each removed block after the block that preceded it.
    public var blocks: [Block]

    public init(old: TextVersion, new: TextVersion) {
        self.old = old
        self.new = new
        let oldByID = Dictionary(old.blocks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(new.blocks.map(\.id))
        let kept = new.blocks.filter { oldByID[$0.id] != nil }.map(\.id)
        let stayed = Self.inOrder(kept, oldOrder: old.blocks.map(\.id))
        var result: [Block] = []
        var removedAfter: [BlockID?: [TextBlock]] = [:]
        var previous: BlockID?
        for block in old.blocks {
            if !newIDs.contains(block.id) {
                removedAfter[previous, default: []].append(block)
            } else {
                previous = block.id
            }
        }
        func removed(after id: BlockID?) {
            for block in removedAfter[id] ?? [] {
                result.append(Block(id: block.id, status: .removed, moved: false, old: block, new: nil, words: []))
            }
        }
        removed(after: nil)
        for block in new.blocks {
            if let before = oldByID[block.id] {
                let same = before.sameContent(as: block)
                result.append(
                    Block(
                        id: block.id, status: same ? .unchanged : .changed, moved: !stayed.contains(block.id),
                        old: before,
                        new: block, words: same ? [] : Words.diff(before.text, block.text)))
                removed(after: block.id)
            } else {
                result.append(Block(id: block.id, status: .added, moved: false, old: nil, new: block, words: []))
            }
        }
        blocks = result
    }

    /// The kept blocks that did not move: the longest run of them in the old order (a longest
    /// increasing subsequence); the others moved.
    static func inOrder(_ kept: [BlockID], oldOrder: [BlockID]) -> Set<BlockID> {
        let position = Dictionary(oldOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let positions = kept.compactMap { position[$0] }
        guard !positions.isEmpty else { return [] }
        var tails: [Int] = []  // index into positions of the smallest tail of each length
        var parent = [Int](repeating: -1, count: positions.count)
        for (index, value) in positions.enumerated() {
            var (low, high) = (0, tails.count)
            while low < high {
                let middle = (low + high) / 2
                if positions[tails[middle]] < value { low = middle + 1 } else { high = middle }
            }
            if low > 0 { parent[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var result = Set<BlockID>()
        var index = tails.last ?? -1
        while index >= 0 {
            result.insert(kept[index])
            index = parent[index]
        }
        return result
    }

    public var counts: [Block.Status: Int] {
        Dictionary(grouping: blocks, by: \.status).mapValues(\.count)
    }
}
