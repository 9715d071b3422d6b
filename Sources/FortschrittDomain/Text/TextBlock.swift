/// One block of a strategy text: a heading, a paragraph or a list item, written in Markdown. Its
/// id stays the same from version to version while the block is kept — edited or moved — so that
/// comments, agreement and decisions stay with it.
public struct TextBlock: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case heading, paragraph, item
    }

    public var id: BlockID
    public var kind: Kind
    /// 1–6 for headings, 0 otherwise.
    public var level: Int
    /// The block's text in Markdown (inline markup only: emphasis, code, links).
    public var text: String
    /// Measures of a catalogue this block serves, by number (the measure page lists the block).
    public var measures: [MeasureNumber]

    public init(id: BlockID, kind: Kind, level: Int = 0, text: String, measures: [MeasureNumber] = []) {
        self.id = id
        self.kind = kind
        self.level = level
        self.text = text
        self.measures = measures
    }

    /// Same kind, level, text and references: nothing a reader would see changed.
    public func sameContent(as other: TextBlock) -> Bool {
        kind == other.kind && level == other.level && text == other.text && measures == other.measures
    }
}

/// A block's stable id: lower-case letters, digits and hyphens, 1–64 characters, starting with a
/// letter (it appears in URLs and Markdown as `{#id}`).
public struct BlockID: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let text: String

    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard (1...64).contains(bytes.count), let first = bytes.first, (0x61...0x7A).contains(first),
            bytes.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D })
        else { return nil }
        self.text = text
    }

    /// For ids made here from checked parts (letters, digits, hyphens, a letter first).
    init(unchecked text: String) { self.text = text }

    public var description: String { text }
    public static func < (a: BlockID, b: BlockID) -> Bool { a.text < b.text }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = BlockID(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a block id"))
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
