import FortschrittDomain
import FortschrittStore
import FortschrittTestSupport
import Foundation
import SQLKit
import Testing

/// Strategy texts through the real store, on SQLite or (with TEST_DATABASE_URL) PostgreSQL.
@Suite struct TextStoreTests {
    static let first = """
        # Smart City Mannheim {#smart-city}

        Die Stadt nutzt Daten verantwortungsvoll. {#daten measures=1.4}

        Robin Meier leitet das Datenlabor der Stadt.
        """

    @Test func draftsArePlannedAgainstTheLastPublishedVersionAndPublishedOnesNeverChange() async throws {
        try await StoreFixture.with { f in
            let texts = SQLTextRepository(database: f.test.database, now: { f.clock.now })
            let strategy = f.strategy
            try await texts.saveDraft(
                DraftText(title: "Smart City", markdown: Self.first), of: strategy, actor: "buero", dryRun: false)
            // Saving the draft again replaces it (still version 1).
            try await texts.saveDraft(
                DraftText(title: "Smart City", markdown: Self.first, reason: "Tippfehler"), of: strategy,
                actor: "buero", dryRun: false)
            #expect(try await texts.versions(of: strategy).map(\.number) == [1])
            let opens = try #require(CalendarDate("2027-01-01"))
            let closes = try #require(CalendarDate("2027-02-28"))
            let v1 = try await texts.publishDraft(
                of: strategy, phase: try DiscussionPhase(opensOn: opens, closesOn: closes), actor: "buero")
            #expect(v1.state == .published && v1.number == 1 && v1.blocks.count == 3)
            let after = try #require(CalendarDate("2027-03-01"))
            #expect(v1.isOpen(on: opens) && !v1.isOpen(on: after))
            await #expect(throws: RuleViolation("version", .noDraft)) {
                _ = try await texts.publishDraft(
                    of: strategy, phase: try DiscussionPhase(opensOn: nil, closesOn: nil), actor: "buero")
            }

            // The database itself refuses to change a published version.
            for statement in [
                "UPDATE text_blocks SET text = 'anders'", "DELETE FROM text_blocks",
                "UPDATE text_versions SET title = 'anders'", "DELETE FROM text_versions",
                "INSERT INTO text_blocks (version_id, position, block_id, kind, level, text, measures) "
                    + "VALUES (\(v1.id), 99, 'neu', 'paragraph', 0, 'x', '')",
                "DELETE FROM text_log",
            ] {
                await #expect(throws: (any Error).self, "\(statement)") {
                    try await f.test.database.write(.schema) { db in try await db.raw(SQLQueryString(statement)).run() }
                }
            }
            #expect(try await texts.version(number: 1, of: strategy) == v1)

            // Version 2 is made from version 1: the corrected name keeps its block.
            let second = Self.first.replacingOccurrences(of: "Robin", with: "Elisa") + "\n\nNeu: Klimaresilienz.\n"
            let dry = try await texts.saveDraft(
                DraftText(title: "Smart City", markdown: second), of: strategy, actor: "buero", dryRun: true)
            #expect(try await texts.versions(of: strategy).count == 1, "a dry run saves nothing")
            let matching = try await texts.saveDraft(
                DraftText(title: "Smart City", markdown: second), of: strategy, actor: "buero", dryRun: false)
            #expect(dry == matching)
            #expect(matching.blocks.map(\.id) == v1.blocks.map(\.id) + [try #require(BlockID("neu-klimaresilienz"))])
            let versions = try await texts.versions(of: strategy)
            #expect(versions.map(\.state) == [.published, .draft])
            let diff = TextDiff(old: versions[0], new: versions[1])
            #expect(diff.blocks.map(\.status) == [.unchanged, .unchanged, .changed, .added])

            // The measure page's goals: the latest published text naming the measure.
            let goals = try await texts.blocks(serving: try #require(MeasureNumber("1.4")), of: strategy)
            #expect(goals.map(\.block.id.text) == ["daten"] && goals.first?.version == 1)
            #expect(try await texts.blocks(serving: try #require(MeasureNumber("1.1")), of: strategy).isEmpty)

            let log = try await f.test.database.read { db in
                try await db.raw("SELECT action, actor, reason FROM text_log ORDER BY id").all().map {
                    try $0.decode(column: "action", as: String.self)
                }
            }
            #expect(log == ["draft-saved", "draft-saved", "published", "draft-saved"])
        }
    }

    @Test func badTextsAndUnknownMeasuresChangeNothing() async throws {
        try await StoreFixture.with { f in
            let texts = SQLTextRepository(database: f.test.database)
            await #expect(throws: RuleViolation("measures", .unknownMeasures("9.99"))) {
                try await texts.saveDraft(
                    DraftText(title: "T", markdown: "Text {measures=9.99}"), of: f.strategy, actor: "x", dryRun: false)
            }
            await #expect(
                throws: RuleViolation("markdown", .textMarkdown("line 3: tables are not supported; write a list"))
            ) {
                try await texts.saveDraft(
                    DraftText(title: "T", markdown: "Text\n\n| a |"), of: f.strategy, actor: "x", dryRun: false)
            }
            await #expect(throws: RuleViolation("version", .noDraft)) {
                _ = try await texts.publishDraft(
                    of: f.strategy, phase: try DiscussionPhase(opensOn: nil, closesOn: nil), actor: "x")
            }
            let versions = try await texts.versions(of: f.strategy)
            #expect(versions.isEmpty)
        }
    }
}
