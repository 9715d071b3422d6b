import FortschrittDomain
import Testing

/// What becomes of comments on version 1 when version 2 is published — the three cases the issue
/// names, and the failures of others we avoid.
@Suite struct CommentFateTests {
    static func block(_ id: String, _ text: String) -> TextBlock {
        TextBlock(id: BlockID(id)!, kind: .paragraph, text: text)
    }

    static let lab = block("labor", "Die Ethikkommission unter Leitung von Robin Weber prüft jede Anwendung vorab.")
    static let other = block("forum", "Im Bürgerforum berichtet Robin Weber über die Ergebnisse.")
    static let plain = block("offen", "Die Stadt veröffentlicht offene Daten.")
    static let gone = block("entfaellt", "Ein Absatz, der in der zweiten Fassung fehlt.")

    static func version(_ number: Int, _ blocks: [TextBlock]) -> TextVersion {
        TextVersion(id: Int64(number), strategy: 1, number: number, title: "T", state: .published, blocks: blocks)
    }

    static let first = version(1, [lab, other, plain, gone])
    static let second = version(
        2,
        [
            block("labor", "Die Ethikkommission unter Leitung von Elisa Weber prüft jede Anwendung vorab."),
            other, plain,
        ])

    @Test func aCorrectedNameIsTextChangedAndNotMovedToTheSameNameElsewhere() throws {
        let anchor = try QuoteAnchor(version: 1, block: Self.lab, quoting: "Robin")
        #expect(anchor.prefix.hasSuffix("unter Leitung von ") && anchor.suffix.hasPrefix(" Weber prüft"))
        #expect(CommentFate.of(anchor, from: Self.lab, in: Self.second) == .textChanged(old: "Robin", new: "Elisa"))
        // The other paragraph still says "Robin Weber": the comment stays with its own block.
        let elsewhere = try QuoteAnchor(version: 1, block: Self.other, quoting: "Robin Weber")
        #expect(CommentFate.of(elsewhere, from: Self.other, in: Self.second) == .unchanged)
    }

    @Test func aRemovedParagraphKeepsItsCommentsOnTheEarlierVersion() throws {
        let whole = QuoteAnchor(version: 1, block: Self.gone.id)
        #expect(CommentFate.of(whole, from: Self.gone, in: Self.second) == .earlierVersion)
        let quoted = try QuoteAnchor(version: 1, block: Self.gone, quoting: "zweiten Fassung")
        #expect(CommentFate.of(quoted, from: Self.gone, in: Self.second) == .earlierVersion)
    }

    @Test func anUnchangedParagraphKeepsItsComments() throws {
        #expect(
            CommentFate.of(QuoteAnchor(version: 1, block: Self.plain.id), from: Self.plain, in: Self.second)
                == .unchanged)
        let quoted = try QuoteAnchor(version: 1, block: Self.plain, quoting: "offene   Daten")
        #expect(quoted.quote == "offene Daten" && quoted.position == 25)
        #expect(CommentFate.of(quoted, from: Self.plain, in: Self.second) == .unchanged)
        let whole = QuoteAnchor(version: 1, block: Self.lab.id)
        #expect(
            CommentFate.of(whole, from: Self.lab, in: Self.second)
                == .textChanged(old: Self.lab.text, new: Self.second.blocks[0].text))
    }

    @Test func quotesMustBeUniqueAndPresent() {
        let twice = Self.block("x", "Daten hier, Daten dort.")
        #expect(throws: QuoteAnchor.Problem(kind: .ambiguous(2))) {
            try QuoteAnchor(version: 1, block: twice, quoting: "Daten")
        }
        #expect(throws: QuoteAnchor.Problem(kind: .notInBlock)) {
            try QuoteAnchor(version: 1, block: twice, quoting: "Linus")
        }
        #expect(throws: QuoteAnchor.Problem(kind: .notInBlock)) {
            try QuoteAnchor(version: 1, block: twice, quoting: "  ")
        }
    }

    @Test func shortQuotesAreNeverMatchedApproximately() throws {
        let before = Self.block("k", "Linus sagt: Maschinen lernen.")
        let anchor = try QuoteAnchor(version: 1, block: before, quoting: "Linus")
        // The context is gone too: the short quote does not land on "Maschinen".
        let after = Self.version(2, [Self.block("k", "Maschinen lernen, sagt jemand ganz anderes.")])
        #expect(CommentFate.of(anchor, from: before, in: after) == .earlierVersion)
    }

    @Test func aLongQuoteReworded() throws {
        let before = Self.block("p", "Wir pflanzen in jedem Stadtteil jedes Jahr mindestens hundert neue Bäume.")
        let anchor = try QuoteAnchor(version: 1, block: before, quoting: "jedes Jahr mindestens hundert neue Bäume")
        let after = Self.version(
            2, [Self.block("p", "Zuerst: In jedem Viertel pflanzen wir jedes Jahr mindestens hundert junge Bäume.")])
        guard case .textChanged(let old, let new) = CommentFate.of(anchor, from: before, in: after) else {
            Issue.record("a reworded long quote is followed")
            return
        }
        #expect(old == "jedes Jahr mindestens hundert neue Bäume" && new.contains("hundert junge Bäume"))
    }
}
