import FortschrittDomain
import Foundation

// The JSON shapes of strategy texts in the read API.

public struct TextVersionSummaryDocument: Codable, Sendable, Equatable {
    public var number: Int
    public var title: String
    public var publishedAt: String?
    public var opensOn: CalendarDate?
    public var closesOn: CalendarDate?
    public var moderation: String
    public var blocks: Int

    public init(_ version: TextVersion) {
        number = version.number
        title = version.title
        publishedAt = version.publishedAt?.iso
        opensOn = version.opensOn
        closesOn = version.closesOn
        moderation = version.moderation.rawValue
        blocks = version.blocks.count
    }
}

public struct TextBlockDocument: Codable, Sendable, Equatable {
    public var id: String
    public var kind: String
    public var level: Int?
    public var text: String
    public var measures: [String]

    public init(_ block: TextBlock) {
        id = block.id.text
        kind = block.kind.rawValue
        level = block.kind == .heading ? block.level : nil
        text = block.text
        measures = block.measures.map(\.text)
    }
}

public struct TextVersionDocument: Codable, Sendable, Equatable {
    public var number: Int
    public var title: String
    public var note: String
    public var publishedAt: String?
    public var opensOn: CalendarDate?
    public var closesOn: CalendarDate?
    public var moderation: String
    /// The strategy whose catalogue the blocks' measures belong to.
    public var catalogue: String?
    public var blocks: [TextBlockDocument]

    public init(_ version: TextVersion, catalogue: String?) {
        number = version.number
        title = version.title
        note = version.note
        publishedAt = version.publishedAt?.iso
        opensOn = version.opensOn
        closesOn = version.closesOn
        moderation = version.moderation.rawValue
        self.catalogue = catalogue
        blocks = version.blocks.map(TextBlockDocument.init)
    }
}

public struct TextDiffDocument: Codable, Sendable, Equatable {
    public struct Block: Codable, Sendable, Equatable {
        public var id: String
        public var status: String
        public var moved: Bool
        public var oldText: String?
        public var newText: String?
        public var words: [Words.Change]
    }

    public var from: Int
    public var to: Int
    public var blocks: [Block]

    public init(_ diff: TextDiff) {
        from = diff.old.number
        to = diff.new.number
        blocks = diff.blocks.map {
            Block(
                id: $0.id.text, status: $0.status.rawValue, moved: $0.moved, oldText: $0.old?.text,
                newText: $0.new?.text, words: $0.words)
        }
    }
}
