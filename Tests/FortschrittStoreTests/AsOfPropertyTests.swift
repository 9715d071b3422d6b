import FortschrittDomain
import FortschrittExchange
import FortschrittStore
import Foundation
import PropertyBased
import Testing

/// The SQL fast path for the catalogue as of a date and as known at a time must agree with the
/// domain's one history rule (`MeasureHistory.states`) over any history: events recorded in batches
/// at different times, effective on dates in any order, measures removed and created again, details
/// changed, retractions of statuses and changes, and cutoffs before, at and between the batches.
/// Runs on SQLite and, with TEST_DATABASE_URL, on PostgreSQL.
@Suite struct AsOfPropertyTests {
    static let numbers = ["1.1", "1.2", "1.3", "2.1"].compactMap(MeasureNumber.init)
    static let statuses = ["in-planung", "im-zeitplan", "verzoegert", "etabliert"]
    static let start = CalendarDate("2020-01-01")!

    /// One number per step: which measure, what happens, on which day, and whether a new batch begins.
    static func batches(_ steps: [Int]) -> [ChangeSet] {
        var batches: [ChangeSet] = [ChangeSet()]
        for value in steps {
            let measure = numbers[value % numbers.count]
            let day = start.adding(days: value / 24 % 90)
            let event = { (change: MeasureChange) in
                NewMeasureEvent(measure: measure, effectiveDate: day, actor: "p", reason: "r", change: change)
            }
            var changes = ChangeSet()
            switch value / 4 % 6 {
            case 0, 1:
                changes.events = [
                    event(
                        .created(
                            MeasureDetails(
                                title: "Maßnahme \(value)", field: 1, leadDepartment: "FB 1", entryDate: day)))
                ]
            case 2:
                changes.events = [event(.changed(DetailsChange(title: "Geändert \(value)")))]
            case 3:
                let key = statuses[value / 2160 % statuses.count]
                changes.events = [event(.statusSet(MeasureStatusAssignment(key: key, remark: "\(value)")))]
            case 4:
                changes.events = [event(.removed)]
            default:
                changes.retractions = [
                    Retraction(
                        measure: measure, kind: value % 2 == 0 ? .statusSet : .changed,
                        effectiveAfter: value % 3 == 0 ? nil : day, actor: "p", reason: "widerrufen")
                ]
            }
            if value / 8640 % 3 == 0, !(batches.last?.isEmpty ?? true) { batches.append(ChangeSet()) }
            batches[batches.count - 1].append(changes)
        }
        return batches
    }

    @Test func theSQLCatalogueAgreesWithTheHistoryRule() async throws {
        try await StoreFixture.with(seeded: false) { f in
            var run = 0
            await propertyCheck(count: 30, input: Gen.int(in: 0...99_999).array(of: 1...30)) { steps in
                run += 1
                var new = DemoData.strategy
                new.slug = "p-\(run)"
                let strategy = try await f.repository.createStrategy(new)
                var cutoffs: [RecordedTime?] = [nil]
                for batch in Self.batches(steps) where !batch.isEmpty {
                    let recorded = try await f.repository.update(strategy) { _ in batch }
                    cutoffs += [recorded.recordedAt, RecordedTime(microseconds: recorded.recordedAt.microseconds - 1)]
                }
                let history = try await f.repository.history(
                    of: strategy, knownAt: nil, effectiveAfter: nil, through: nil, kinds: nil)
                let dates: [CalendarDate?] = [
                    nil, Self.start, Self.start.adding(days: 30), Self.start.adding(days: 89),
                ]
                for knownAt in cutoffs {
                    for asOf in dates {
                        let sql = try await f.repository.catalogue(of: strategy, asOf: asOf, knownAt: knownAt).measures
                        let rule = MeasureHistory.states(from: history, asOf: asOf, knownAt: knownAt)
                        #expect(
                            sql == rule,
                            "steps \(steps), as of \(asOf?.iso ?? "now"), known at \(knownAt.map(\.iso) ?? "now")")
                    }
                }
            }
        }
    }
}
