import FortschrittDomain
import Testing

/// The status changes feeds list: those that count, with the measure's field and title as they were.
@Suite struct StatusChangeTests {
    let number = MeasureNumber("1.3")!

    func event(_ sequence: Int64, _ date: String, _ change: MeasureChange) -> MeasureEvent {
        MeasureEvent(
            sequence: sequence, measure: number, effectiveDate: CalendarDate(date)!,
            recordedAt: RecordedTime(microseconds: sequence), actor: "test", reason: nil, change: change)
    }

    @Test func aChangeKeepsTheFieldItWasMadeInAndARetractedOneLeaves() {
        let details = MeasureDetails(
            title: "Klimadaten", field: 1, leadDepartment: "FB 15", entryDate: CalendarDate("2019-03-12")!)
        let events = [
            event(1, "2019-03-12", .created(details)),
            event(2, "2019-03-12", .statusSet(MeasureStatusAssignment(key: "im-zeitplan"))),
            event(3, "2020-01-01", .changed(DetailsChange(title: "Klimadatenportal", field: 2))),
            event(4, "2020-04-01", .statusSet(MeasureStatusAssignment(key: "verzoegert"))),
            event(5, "2020-05-01", .statusSet(MeasureStatusAssignment(key: "verworfen"))),
            event(6, "2020-05-02", .retracted(sequence: 5)),
        ]
        let changes = MeasureHistory.statusChanges(in: events)
        #expect(changes.map(\.event.sequence) == [4, 2], "latest recorded first, the retracted one left out")
        #expect(changes.map(\.field) == [2, 1] && changes.map(\.title) == ["Klimadatenportal", "Klimadaten"])
        // A status dated before the measure entered the catalogue takes its first details.
        let early = MeasureHistory.statusChanges(
            in: [event(7, "2018-01-01", .statusSet(MeasureStatusAssignment(key: "offen")))] + events)
        #expect(early.first { $0.event.sequence == 7 }?.field == 1)
        #expect(MeasureHistory.statusChanges(in: [events[1]]).isEmpty, "never created: no page shows it")
    }
}
