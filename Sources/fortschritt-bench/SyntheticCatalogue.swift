import FortschrittDomain
import FortschrittExchange
import Foundation

/// A reproducible catalogue of any size: ten fields of action, fifty departments, measures entered
/// between 2019 and 2021, each with a status history spread over the years after its entry.
struct SyntheticCatalogue {
    let measures: Int
    let events: Int

    private static let statuses = StatusDefinition.defaultSet
    private static let epoch = CalendarDate(year: 2019, month: 3, day: 12)!

    func number(_ i: Int) -> MeasureNumber { MeasureNumber("\(i % 10 + 1).\(i / 10 + 1)")! }

    func entryDate(_ i: Int) -> CalendarDate { Self.day(Self.epoch, plus: i % 700) }

    func csv() -> String {
        var rows = [
            [
                "Nr.", "Maßnahme", "Handlungsfeld", "Federführung", "Aufgenommen", "Status", "Status seit",
                "Bemerkung",
                "Status belegt",
            ]
        ]
        for i in 0..<measures {
            let entry = entryDate(i)
            rows.append([
                number(i).text, "Maßnahme \(i)", "Handlungsfeld \(i % 10 + 1)", "FB \(10 + i % 50)", entry.iso,
                "in Planung", entry.iso, "", "ja",
            ])
        }
        return CSVTable.format(rows)
    }

    /// The status changes after each measure's first status, in the same number for each measure.
    func history() -> [NewMeasureEvent] {
        let perMeasure = max(0, events / measures - 2)
        var random = SplitMix(seed: 2019)
        var result: [NewMeasureEvent] = []
        result.reserveCapacity(perMeasure * measures)
        for i in 0..<measures {
            var day = entryDate(i)
            for _ in 0..<perMeasure {
                day = Self.day(day, plus: 1 + Int(random.next() % 30))
                let status = Self.statuses[Int(random.next() % UInt64(Self.statuses.count))]
                let reason = status.kind.requiresReason ? "Grund \(random.next() % 100)" : nil
                result.append(
                    NewMeasureEvent(
                        measure: number(i), effectiveDate: day, actor: "bench", reason: reason,
                        change: .statusSet(MeasureStatusAssignment(key: status.key, remark: reason ?? ""))))
            }
        }
        return result
    }

    static func day(_ date: CalendarDate, plus days: Int) -> CalendarDate { date.adding(days: days) }
}

/// A small deterministic generator, so that every run builds the same catalogue.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
