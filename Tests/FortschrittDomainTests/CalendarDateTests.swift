import FortschrittDomain
import Foundation
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
        let a = try #require(CalendarDate("2019-12-31"))
        let b = try #require(CalendarDate("2020-01-01"))
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

@Suite struct DayArithmeticTests {
    @Test func daysSinceEpochAgreeWithFoundation() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for text in ["1970-01-01", "1969-12-31", "2000-02-29", "2019-03-12", "2100-03-01", "1600-01-01", "9999-12-31"] {
            let day = try #require(CalendarDate(text))
            let date = try #require(calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)))
            #expect(day.daysSinceEpoch == Int64((date.timeIntervalSince1970 / 86_400).rounded()), "\(text)")
            #expect(CalendarDate(daysSinceEpoch: day.daysSinceEpoch) == day)
        }
        #expect(CalendarDate("2020-02-28")!.adding(days: 2) == CalendarDate("2020-03-01"))
    }

    @Test func recordedTimesFormatLikeFoundation() throws {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        for micro: Int64 in [0, 1, 999_999, 1_614_072_600_123_456, -1, 253_402_300_799_000_000] {
            let time = RecordedTime(microseconds: micro)
            let text = time.iso
            #expect(RecordedTime(text) == time, "\(text)")
            #expect(
                formatter.date(from: text).map { abs($0.timeIntervalSince1970 - Double(micro) / 1e6) < 0.001 } == true,
                "\(text)")
        }
        #expect(RecordedTime("2021-02-23T09:30:00+01:00")?.iso == "2021-02-23T08:30:00.000000Z")
    }
}
