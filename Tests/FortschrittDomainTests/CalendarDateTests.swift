import Foundation
import FortschrittDomain
import Testing

@Suite struct CalendarDateTests {
    @Test func readsISOAndGermanDates() {
        #expect(CalendarDate("2019-03-12") == CalendarDate(year: 2019, month: 3, day: 12))
        #expect(CalendarDate("12.03.2019") == CalendarDate(year: 2019, month: 3, day: 12))
        #expect(CalendarDate("1.3.2019") == CalendarDate(year: 2019, month: 3, day: 1))
    }

    @Test(arguments: ["2019-02-29", "2019-13-01", "2019-3-12", "12/03/2019", "", "heute", "2019-03-12T10:00"])
    func refusesWhatIsNoDay(_ text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test func acceptsLeapDays() {
        #expect(CalendarDate("2020-02-29") != nil)
        #expect(CalendarDate("2000-02-29") != nil)
        #expect(CalendarDate("1900-02-29") == nil)
    }

    @Test func ordersAndFormats() throws {
        let a = try #require(CalendarDate("2019-12-31")), b = try #require(CalendarDate("2020-01-01"))
        #expect(a < b)
        #expect(b.german == "01.01.2020")
        #expect(a.iso == "2019-12-31")
    }

    @Test func takesTheDayInBerlin() {
        // 23:30 UTC on New Year's Eve is already New Year's Day in Germany.
        let moment = ISO8601DateFormatter().date(from: "2020-12-31T23:30:00Z")!
        #expect(CalendarDate(moment) == CalendarDate(year: 2021, month: 1, day: 1))
    }

    @Test func recordedTimeRoundTripsWithMicroseconds() throws {
        let time = try #require(RecordedTime("2021-02-23T09:30:00.123456Z"))
        #expect(time.iso == "2021-02-23T09:30:00.123456Z")
        #expect(RecordedTime(time.iso) == time)
        #expect(RecordedTime("gestern") == nil)
        // A bare date means the end of that day in Berlin.
        let endOfDay = try #require(RecordedTime("2021-02-23"))
        #expect(endOfDay.iso == "2021-02-23T22:59:59.999999Z")
    }
}

@Suite struct MeasureNumberTests {
    @Test func sortsByNumericParts() {
        let numbers = ["1.10", "1.2", "2.1", "1.1", "10.1", "3.15"].compactMap(MeasureNumber.init).sorted()
        #expect(numbers.map(\.text) == ["1.1", "1.2", "1.10", "2.1", "3.15", "10.1"])
    }

    @Test func knowsItsFieldPrefix() {
        #expect(MeasureNumber("3.12")?.fieldPrefix == 3)
        #expect(MeasureNumber("A.1")?.fieldPrefix == nil)
        #expect(MeasureNumber("  ") == nil)
    }
}
