import FortschrittDomain
import FortschrittExchange
import FortschrittStore
import FortschrittTestSupport
import Foundation
import HTTPTypes
import Testing

@testable import FortschrittServer

/// On PostgreSQL each write locks only its scope: a strategy, named rows, or nothing. SQLite has one
/// writer at a time whatever the scope, so this is a PostgreSQL test.
@Suite struct WriteScopeTests {
    @Test(.enabled(if: TestDatabase.engineName == "postgres"))
    func signInAndASaveInAnotherStrategyDoNotWaitForAMillionEventImport() async throws {
        try await WebFixture.with { fixture in
            let catalogues = fixture.catalogues
            let big = try await catalogues.createStrategy(
                NewStrategy(slug: "gross", title: "Große Strategie", body: "Viele Maßnahmen"))
            let measures = 10_000
            var rows = [["Nr.", "Maßnahme", "Handlungsfeld", "Federführung", "Aufgenommen", "Status", "Status seit"]]
            for i in 0..<measures {
                rows.append([
                    "\(i % 10 + 1).\(i / 10 + 1)", "Maßnahme \(i)", "Handlungsfeld \(i % 10 + 1)", "FB \(10 + i % 50)",
                    "2019-03-12", "in Planung", "2019-03-12",
                ])
            }
            let file = try CatalogueImport(data: Data(CSVTable.format(rows).utf8), file: "gross.csv")
            let options = CatalogueImport.Options(actor: "test", changesEffective: CalendarDate("2019-03-12")!)
            try await catalogues.update(big) { try file.plan(against: $0, options: options) }
            let start = CalendarDate("2019-03-13")!
            let history = (0..<1_000_000).map { n in
                NewMeasureEvent(
                    measure: MeasureNumber("\(n % measures % 10 + 1).\(n % measures / 10 + 1)")!,
                    effectiveDate: start.adding(days: n / measures), actor: "Import",
                    reason: nil, change: .statusSet(MeasureStatusAssignment(key: "im-zeitplan", remark: "")))
            }
            let importing = Task { try await catalogues.update(big) { _ in ChangeSet(events: history) } }

            // The import holds its strategy's lock once this query sees it.
            let lockKey = Database.lockKey("'strategy/\(big.id)'")
            func importHoldsItsLock() async throws -> Bool {
                try await fixture.database.read { db in
                    try await db.raw(
                        """
                        SELECT COUNT(*) AS n FROM pg_locks, (SELECT \(unsafeRaw: lockKey) AS h) AS key
                        WHERE locktype = 'advisory' AND granted AND objsubid = 1
                          AND classid::bigint = (key.h >> 32) & 4294967295 AND objid::bigint = key.h & 4294967295
                        """
                    ).first()?.decode(column: "n", as: Int.self) == 1
                }
            }
            // Waits for it at most ten minutes: an import that failed early fails the test, not hangs it.
            let deadline = ContinuousClock.now + .seconds(600)
            while try await !importHoldsItsLock() {
                guard ContinuousClock.now < deadline else {
                    Issue.record("the import never held its lock")
                    importing.cancel()
                    return
                }
                try await Task.sleep(for: .milliseconds(20))
            }
            try await Task.sleep(for: .seconds(2))  // well into writing its million rows

            let clock = ContinuousClock()
            var editor: Browser?
            let signIn = try await clock.measure { editor = try await fixture.browser(.editorOwn) }
            let browser = try #require(editor)
            let seen = try await EditingTests.seen(browser, "1.4")
            var status: HTTPResponse.Status?
            let save = try await clock.measure {
                status = try await browser.post(
                    "/massnahmen/1.4/status",
                    ["status": "verzoegert", "seit": "2026-02-01", "grund": "Lieferverzug", "gesehen": seen]
                ).status
            }
            let stillImporting = try await importHoldsItsLock()
            let recorded = try await importing.value
            #expect(status == .seeOther)
            // Had either waited for the import's lock, it would have ended only after the import. How long they
            // took is reported, not judged: a loaded runner makes any bound flaky (benchmarks measure speed).
            #expect(
                stillImporting,
                "the import was still running when the sign-in (\(signIn)) and the save (\(save)) were done")
            #expect(recorded.events == 1_000_000)
        }
    }
}
