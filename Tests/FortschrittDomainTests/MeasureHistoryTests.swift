import FortschrittDomain
import Testing

/// The history rule: state on a date, as known at a time, from append-only events.
@Suite struct MeasureHistoryTests {
    let number = MeasureNumber("1.3")!
    let details = MeasureDetails(
        title: "Klimadateninformationssystem", field: 1, leadDepartment: "Klimaschutzleitstelle",
        entryDate: CalendarDate("2019-03-12")!)

    func event(_ sequence: Int64, _ date: String, recorded: Int64, _ change: MeasureChange) -> MeasureEvent {
        MeasureEvent(
            sequence: sequence, measure: number, effectiveDate: CalendarDate(date)!,
            recordedAt: RecordedTime(microseconds: recorded), actor: "test", reason: nil, change: change)
    }

    func status(_ key: String) -> MeasureChange { .statusSet(MeasureStatusAssignment(key: key)) }

    @Test func aMeasureDoesNotExistBeforeItEntersTheCatalogue() {
        let events = [event(1, "2019-03-12", recorded: 1, .created(details))]
        #expect(MeasureHistory.state(of: number, events: events, asOf: CalendarDate("2019-03-11")) == nil)
        #expect(MeasureHistory.state(of: number, events: events, asOf: CalendarDate("2019-03-12")) != nil)
    }

    @Test func noStatusIsInventedBeforeTheFirstOne() {
        let events = [
            event(1, "2019-03-12", recorded: 1, .created(details)),
            event(2, "2020-04-01", recorded: 2, status("verzoegert")),
        ]
        #expect(MeasureHistory.state(of: number, events: events, asOf: CalendarDate("2019-12-31"))?.status == nil)
        #expect(
            MeasureHistory.state(of: number, events: events, asOf: CalendarDate("2020-04-01"))?.status?.key
                == "verzoegert")
    }

    @Test func statusHoldsSinceItsEffectiveDate() {
        let events = [
            event(1, "2019-03-12", recorded: 1, .created(details)),
            event(2, "2019-03-12", recorded: 1, status("im-zeitplan")),
            event(3, "2020-04-01", recorded: 2, status("verzoegert")),
        ]
        let state = MeasureHistory.state(of: number, events: events)
        #expect(state?.status == MeasureStatus(key: "verzoegert", since: CalendarDate("2020-04-01")!))
        #expect(
            MeasureHistory.state(of: number, events: events, asOf: CalendarDate("2020-03-31"))?.status?.key
                == "im-zeitplan")
    }

    @Test func aLaterRecordedEventWinsOnTheSameDayAndOrderIsByEffectiveDate() {
        // Entered out of order: the 2020 status was recorded first, a 2019 correction later.
        let events = [
            event(1, "2019-03-12", recorded: 1, .created(details)),
            event(2, "2020-04-01", recorded: 2, status("verzoegert")),
            event(3, "2019-06-01", recorded: 3, status("im-zeitplan")),
            event(4, "2020-04-01", recorded: 4, status("in-planung")),
        ]
        #expect(MeasureHistory.state(of: number, events: events)?.status?.key == "in-planung")
        #expect(
            MeasureHistory.state(of: number, events: events, asOf: CalendarDate("2019-12-31"))?.status?.key
                == "im-zeitplan")
    }

    @Test func knownAtReproducesWhatWasKnownThen() {
        let events = [
            event(1, "2019-03-12", recorded: 10, .created(details)),
            event(2, "2020-04-01", recorded: 20, status("verzoegert")),
            event(3, "2020-04-01", recorded: 30, status("im-zeitplan")),  // a correction, entered later
        ]
        let asOf = CalendarDate("2020-12-31")
        #expect(
            MeasureHistory.state(of: number, events: events, asOf: asOf, knownAt: RecordedTime(microseconds: 25))?
                .status?.key == "verzoegert")
        #expect(MeasureHistory.state(of: number, events: events, asOf: asOf)?.status?.key == "im-zeitplan")
        #expect(MeasureHistory.state(of: number, events: events, knownAt: RecordedTime(microseconds: 5)) == nil)
    }

    @Test func retractedEventsNoLongerCountOnceTheRetractionIsKnown() {
        let events = [
            event(1, "2019-03-12", recorded: 10, .created(details)),
            event(2, "2019-03-12", recorded: 10, status("im-zeitplan")),
            event(3, "2020-04-01", recorded: 20, status("verzoegert")),
            event(4, "2020-04-01", recorded: 30, .retracted(sequence: 3)),
        ]
        #expect(MeasureHistory.state(of: number, events: events)?.status?.key == "im-zeitplan")
        #expect(
            MeasureHistory.state(of: number, events: events, knownAt: RecordedTime(microseconds: 25))?.status?.key
                == "verzoegert")
    }

    @Test func changesApplyFromTheirDateAndRemovalEndsTheMeasure() {
        let events = [
            event(1, "2019-03-12", recorded: 1, .created(details)),
            event(
                2, "2020-01-01", recorded: 2,
                .changed(DetailsChange(title: "KLIMA-IS", plannedEnd: DateChange(CalendarDate("2022-12-31"))))),
            event(3, "2021-06-30", recorded: 3, .removed),
        ]
        #expect(
            MeasureHistory.state(of: number, events: events, asOf: CalendarDate("2019-12-31"))?.details.title
                == "Klimadateninformationssystem")
        let changed = MeasureHistory.state(of: number, events: events, asOf: CalendarDate("2020-01-01"))
        #expect(changed?.details.title == "KLIMA-IS")
        #expect(changed?.details.plannedEnd == CalendarDate("2022-12-31"))
        #expect(changed?.details.leadDepartment == "Klimaschutzleitstelle")
        #expect(MeasureHistory.state(of: number, events: events, asOf: CalendarDate("2021-06-30")) == nil)
    }

    @Test func detailsChangeIsTheDifference() {
        var new = details
        new.title = "Neu"
        new.plannedStart = CalendarDate("2021-01-01")
        let change = DetailsChange(from: details, to: new)
        #expect(change.changedFields == ["title", "plannedStart"])
        #expect(change.applied(to: details) == new)
        #expect(DetailsChange(from: details, to: details).isEmpty)
    }

    /// Pins the order: by effective date first. A status recorded later but effective earlier is
    /// applied before one effective later, so the later-effective status holds; ordered by recording
    /// alone, the back-dated one would wrongly win.
    @Test func aBackDatedStatusRecordedLaterDoesNotOverrideALaterEffectiveOne() {
        let events = [
            event(1, "2019-03-12", recorded: 1, .created(details)),
            event(2, "2020-06-01", recorded: 2, status("verzoegert")),
            event(3, "2020-01-01", recorded: 3, status("im-zeitplan")),
        ]
        #expect(
            MeasureHistory.state(of: number, events: events)?.status
                == MeasureStatus(key: "verzoegert", since: CalendarDate("2020-06-01")!))
        #expect(
            MeasureHistory.state(of: number, events: events, asOf: CalendarDate("2020-03-01"))?.status?.key
                == "im-zeitplan")
        #expect(MeasureHistory.states(from: events.reversed()).first?.status?.key == "verzoegert")
    }
}
