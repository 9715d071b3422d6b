import FortschrittDomain
import Testing

@Suite struct TextMarkdownTests {
    @Test func headingsParagraphsAndItemsWithIdsAndMeasures() throws {
        let blocks = try TextMarkdown.parse(
            """
            # Smart City Mannheim {#smart-city}

            Die Stadt nutzt Daten
            verantwortungsvoll. {#datennutzung measures=1.4,2.3}

            - Datensouveränität
            - Datenethik {measures=1.1}
            1. Klimaresilienz
            """)
        #expect(blocks.map(\.kind) == [.heading, .paragraph, .item, .item, .item])
        #expect(blocks[0].level == 1 && blocks[0].id?.text == "smart-city" && blocks[0].text == "Smart City Mannheim")
        #expect(blocks[1].text == "Die Stadt nutzt Daten verantwortungsvoll." && blocks[1].line == 3)
        #expect(blocks[1].measures.map(\.text) == ["1.4", "2.3"] && blocks[1].id?.text == "datennutzung")
        #expect(blocks[3].id == nil && blocks[3].measures.map(\.text) == ["1.1"])
    }

    @Test func whatIsNotPartOfAStrategyTextIsRefusedWithItsLine() throws {
        let cases: [(String, Int, String)] = [
            ("Absatz\n\n> Zitat", 3, "quotations"),
            ("```\ncode\n```", 1, "code blocks"),
            ("| a | b |", 1, "tables"),
            ("<script>alert(1)</script>", 1, "HTML"),
            ("# Titel {#Gross}", 1, "is not a block id"),
            ("A {#a}\n\nB {#a}", 3, "given twice (first in line 1)"),
            ("Text {measures=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx}", 1, "is not a measure number"),
            ("Steuer\u{0B}zeichen", 1, "control character U+B"),
        ]
        for (markdown, line, words) in cases {
            #expect {
                try TextMarkdown.parse(markdown)
            } throws: { error in
                guard let problem = error as? TextMarkdown.Problem else { return false }
                return problem.line == line && problem.message.contains(words)
            }
        }
        // Braces that are not attributes stay text.
        #expect(try TextMarkdown.parse("Mengen {a, b}").first?.text == "Mengen {a, b}")
    }

    @Test func writtenMarkdownReadsBackToTheSameBlocks() throws {
        let markdown = "## Ziele {#ziele}\n\nDaten für alle. {#daten measures=1.4}\n\n- Erstens {#erstens}\n"
        let blocks = BlockMatching(try TextMarkdown.parse(markdown), previous: [], usedBefore: []).blocks
        #expect(TextMarkdownWriter.markdown(blocks) == markdown)
    }
}

@Suite struct BlockMatchingTests {
    static func version(_ markdown: String, previous: [TextBlock] = [], used: Set<BlockID> = []) throws
        -> BlockMatching
    {
        BlockMatching(try TextMarkdown.parse(markdown), previous: previous, usedBefore: used)
    }

    @Test func editedAndMovedBlocksKeepTheirIdsNewOnesGetReadableIds() throws {
        let first = try Self.version(
            """
            # Datenethik

            Die Stadt veröffentlicht alle Daten, die keine Personen betreffen.

            Robin Meier leitet das Datenlabor der Stadt.

            Ein Absatz, der später entfällt.
            """)
        #expect(
            first.blocks.map(\.id.text) == [
                "datenethik", "die-stadt-veroeffentlicht-alle", "robin-meier-leitet-das", "ein-absatz-der-spaeter",
            ])
        let second = try Self.version(
            """
            Elisa Meier leitet das Datenlabor der Stadt.

            # Datenethik

            Die Stadt veröffentlicht alle Daten, die keine Personen betreffen, als offene Daten.

            Ein ganz neuer Gedanke zur Klimaresilienz.
            """, previous: first.blocks, used: Set(first.blocks.map(\.id)))
        let ids = second.blocks.map(\.id.text)
        #expect(
            ids == ["robin-meier-leitet-das", "datenethik", "die-stadt-veroeffentlicht-alle", "ein-ganz-neuer-gedanke"])
        #expect(second.entries[1].outcome == .unchanged)
        guard case .edited(let similarity) = second.entries[2].outcome else {
            Issue.record("the edited paragraph is matched")
            return
        }
        #expect(similarity > 0.8)
        #expect(second.entries[3].outcome == .new)
        #expect(second.removed.map(\.id.text) == ["ein-absatz-der-spaeter"])
    }

    @Test func aNewBlockNeverTakesTheIdOfOneRemovedBefore() throws {
        let used: Set<BlockID> = [BlockID("ziele")!, BlockID("ziele-2")!]
        let next = try Self.version("# Ziele", previous: [], used: used)
        #expect(next.blocks.map(\.id.text) == ["ziele-3"])
    }

    @Test func givenIdsWinAndTextWithoutLettersStillGetsAnId() throws {
        let first = try Self.version("Alt {#a}\n\nZwei")
        let second = try Self.version("Neu formuliert {#a}\n\n2024", previous: first.blocks, used: [])
        #expect(second.blocks.map(\.id.text) == ["a", "abschnitt-2024"])
        #expect(second.entries[0].outcome == .given)
    }
}

@Suite struct TextDiffTests {
    static func version(_ number: Int, _ blocks: [TextBlock]) -> TextVersion {
        TextVersion(id: Int64(number), strategy: 1, number: number, title: "T", state: .published, blocks: blocks)
    }

    static func block(_ id: String, _ text: String) -> TextBlock {
        TextBlock(id: BlockID(id)!, kind: .paragraph, text: text)
    }

    @Test func blocksAreAddedRemovedChangedAndMovedWordByWord() {
        let old = Self.version(
            1,
            [
                Self.block("a", "Eins"), Self.block("b", "Robin leitet das Labor."), Self.block("c", "Drei"),
                Self.block("d", "Vier"),
            ])
        let new = Self.version(
            2,
            [
                Self.block("c", "Drei"), Self.block("a", "Eins"), Self.block("b", "Elisa leitet das Labor."),
                Self.block("e", "Fünf"),
            ])
        let diff = TextDiff(old: old, new: new)
        // A removed block stands after the block it followed.
        #expect(diff.blocks.map(\.id.text) == ["c", "d", "a", "b", "e"])
        #expect(diff.blocks.map(\.status) == [.unchanged, .removed, .unchanged, .changed, .added])
        #expect(diff.blocks.filter(\.moved).map(\.id.text) == ["c"])
        #expect(
            diff.blocks[3].words == [
                Words.Change(.deleted, "Robin"), Words.Change(.inserted, "Elisa"),
                Words.Change(.same, " leitet das Labor."),
            ])
    }

    @Test func wordsJoinBackToTheTextAndSimilarityIsSymmetric() {
        let texts = ["Die Stadt, 2024: offen!", "", "Ä ö ü ß", "a  b\tc"]
        for text in texts { #expect(Words.tokens(text).joined() == text) }
        #expect(Words.similarity("a b c d", "a b c e") == 0.75)
        #expect(Words.similarity("x", "y") == Words.similarity("y", "x"))
        let changes = Words.diff("a b c", "a x c")
        #expect(changes.filter { $0.kind != .inserted }.map(\.text).joined() == "a b c")
        #expect(changes.filter { $0.kind != .deleted }.map(\.text).joined() == "a x c")
    }
}

@Suite struct DiscussionPhaseTests {
    @Test func aPhaseHasBothDatesInOrder() throws {
        let (january, march) = (try #require(CalendarDate("2027-01-01")), try #require(CalendarDate("2027-03-01")))
        #expect(throws: RuleViolation("closes", .phaseNeedsBothDates)) {
            _ = try DiscussionPhase(opensOn: january, closesOn: nil)
        }
        #expect(throws: RuleViolation("closes", .endsBeforeStart(end: "2027-01-01", start: "2027-03-01"))) {
            _ = try DiscussionPhase(opensOn: march, closesOn: january)
        }
        #expect(try DiscussionPhase(opensOn: nil, closesOn: nil).moderation == .post)
    }
}
