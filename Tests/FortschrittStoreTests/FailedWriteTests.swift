import FortschrittDomain
import FortschrittStore
import FortschrittTestSupport
import Foundation
import Testing

/// A write that fails halfway — here a trigger refuses the 700th of 1,200 events, after a new field,
/// a new department, new measures and a first batch of 500 events were written — leaves nothing
/// behind: every table is as it was, and the next write works.
@Suite struct FailedWriteTests {
    @Test func aWriteThatFailsHalfwayLeavesNothing() async throws {
        try await StoreFixture.with { f in
            try await f.test.database.write(.schema) { db in
                switch f.test.database.engine {
                case .sqlite:
                    try await db.raw(
                        """
                        CREATE TRIGGER injected_failure BEFORE INSERT ON measure_events WHEN NEW.actor = 'abbruch'
                        BEGIN SELECT RAISE(ABORT, 'injected failure'); END
                        """
                    ).run()
                case .postgres:
                    try await db.raw(
                        """
                        CREATE FUNCTION injected_failure() RETURNS trigger AS $$ BEGIN
                          IF NEW.actor = 'abbruch' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW;
                        END $$ LANGUAGE plpgsql
                        """
                    ).run()
                    try await db.raw(
                        """
                        CREATE TRIGGER injected_failure BEFORE INSERT ON measure_events
                        FOR EACH ROW EXECUTE FUNCTION injected_failure()
                        """
                    ).run()
                }
            }
            let before = try await DatabaseFingerprint.take(f.test.database)
            let day = CalendarDate("2021-03-01")!
            let events = (0..<1_200).map { n in
                NewMeasureEvent(
                    measure: MeasureNumber("9.\(n + 1)")!, effectiveDate: day, actor: n == 699 ? "abbruch" : "Import",
                    reason: nil,
                    change: .created(
                        MeasureDetails(title: "Neu \(n)", field: 9, leadDepartment: "FB 99", entryDate: day)))
            }
            let changes = ChangeSet(
                fields: [FieldOfAction(number: 9, title: "Neues Feld")],
                departments: [Department(code: "FB 99", name: "Neuer Fachbereich")], events: events)
            await #expect(throws: (any Error).self) { try await f.repository.update(f.strategy) { _ in changes } }
            #expect(try await DatabaseFingerprint.take(f.test.database) == before, "something of the write stayed")

            let fine = changes.events.filter { $0.actor != "abbruch" }
            let recorded = try await f.repository.update(f.strategy) { _ in
                ChangeSet(fields: changes.fields, departments: changes.departments, events: fine)
            }
            #expect(recorded.events == 1_199 && recorded.newMeasures == 1_199)
        }
    }
}
