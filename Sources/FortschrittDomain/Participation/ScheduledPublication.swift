import Foundation

/// A publication of a version's decisions set for a chosen time. What is published then is what the
/// office reviewed when it set the time: each decision as it was prepared then. One changed since
/// waits for the next look, as when publishing at once.
public struct ScheduledPublication: Hashable, Sendable {
    public typealias ID = Int64

    public var id: ID
    public var strategy: Strategy.ID
    public var version: Int
    public var publishAt: RecordedTime
    /// The decisions reviewed, by contribution, each with the time it was prepared.
    public var reviewed: [Contribution.ID: RecordedTime]
    public var scheduledBy: String
    public var scheduledAt: RecordedTime

    public init(
        id: ID, strategy: Strategy.ID, version: Int, publishAt: RecordedTime, reviewed: [Contribution.ID: RecordedTime],
        scheduledBy: String, scheduledAt: RecordedTime
    ) {
        self.id = id
        self.strategy = strategy
        self.version = version
        self.publishAt = publishAt
        self.reviewed = reviewed
        self.scheduledBy = scheduledBy
        self.scheduledAt = scheduledAt
    }
}

/// When a publication may be set: later than now, at most a year ahead, with decisions to publish.
public enum PublicationSchedule {
    public static let longestWait: Int64 = 366 * 86_400 * 1_000_000

    public static func check(_ publishAt: RecordedTime, now: RecordedTime, reviewed: Int) throws(RuleViolation) {
        guard reviewed > 0 else { throw RuleViolation("gesehen", .nothingChosen) }
        let latest = RecordedTime(
            microseconds: min(now.microseconds, RecordedTime.latest.microseconds - longestWait) + longestWait)
        guard publishAt > now, publishAt <= latest else {
            throw RuleViolation(
                "zeitpunkt", .outOfRange(value: publishAt.local, lower: now.local, upper: latest.local))
        }
    }
}

extension RecordedTime {
    /// The moment as a German reads a clock: `YYYY-MM-DD HH:MM` in Berlin.
    public var local: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .germany
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let day = CalendarDate(date).iso
        return day + " " + String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}
