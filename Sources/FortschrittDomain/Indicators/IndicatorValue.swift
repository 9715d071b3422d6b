import Foundation

/// One value of an indicator: for a period, for the total or a breakdown, with the dataset it was
/// taken from.
public struct IndicatorValue: Hashable, Sendable, Codable {
    /// What a value is the value of: one value per indicator, period and dimensions.
    public struct Key: Hashable, Comparable, Sendable {
        public var indicator: String
        public var period: Period
        public var dimensions: Dimensions

        public init(indicator: String, period: Period, dimensions: Dimensions) {
            self.indicator = indicator
            self.period = period
            self.dimensions = dimensions
        }

        /// By indicator, then period, then dimensions (the total first).
        public static func < (lhs: Key, rhs: Key) -> Bool {
            if lhs.indicator != rhs.indicator { return lhs.indicator < rhs.indicator }
            if lhs.period != rhs.period { return lhs.period < rhs.period }
            return lhs.dimensions < rhs.dimensions
        }

        /// `slug 2020 bezirk=Neckarstadt-West`, for messages.
        public var text: String {
            [indicator, period.text, dimensions.text].filter { !$0.isEmpty }.joined(separator: " ")
        }
    }

    public var indicator: String
    public var period: Period
    public var dimensions: Dimensions
    public var value: IndicatorNumber
    /// The slug of the dataset the value was taken from, where known.
    public var source: String?

    public init(
        indicator: String, period: Period, dimensions: Dimensions = .total, value: IndicatorNumber,
        source: String? = nil
    ) {
        self.indicator = indicator
        self.period = period
        self.dimensions = dimensions
        self.value = value
        self.source = source
    }

    public var key: Key { Key(indicator: indicator, period: period, dimensions: dimensions) }
}

/// One recorded change of one value, kept for good: a new value, a correction (simply a later
/// event for the same key) or a withdrawal (`value` nil). What was known at a time is what the
/// events recorded until then say, so a report made then can be made again (`IndicatorSeries`).
public struct IndicatorValueEvent: Hashable, Sendable {
    public var sequence: Int64
    public var indicator: String
    public var period: Period
    public var dimensions: Dimensions
    /// The value from now on; nil withdraws it.
    public var value: IndicatorNumber?
    public var source: String?
    public var recordedAt: RecordedTime
    public var actor: String
    public var reason: String

    public init(
        sequence: Int64, indicator: String, period: Period, dimensions: Dimensions = .total,
        value: IndicatorNumber?, source: String? = nil, recordedAt: RecordedTime, actor: String, reason: String
    ) {
        self.sequence = sequence
        self.indicator = indicator
        self.period = period
        self.dimensions = dimensions
        self.value = value
        self.source = source
        self.recordedAt = recordedAt
        self.actor = actor
        self.reason = reason
    }

    public var key: IndicatorValue.Key {
        IndicatorValue.Key(indicator: indicator, period: period, dimensions: dimensions)
    }
}

/// The bitemporal rule of values: the values known at a time are, for each indicator, period and
/// dimensions, what the latest event recorded until then says (by recording time, then sequence);
/// a withdrawn value is gone. Asking as of an earlier time gives the series as it was then.
public enum IndicatorSeries {
    /// The values known at `time` (nil: all that were recorded), sorted by indicator, period and
    /// dimensions.
    public static func values(from events: [IndicatorValueEvent], asOf time: RecordedTime?) -> [IndicatorValue] {
        var latest: [IndicatorValue.Key: IndicatorValueEvent] = [:]
        for event in events where time.map({ event.recordedAt <= $0 }) ?? true {
            let key = event.key
            if let known = latest[key],
                (known.recordedAt, known.sequence) > (event.recordedAt, event.sequence)
            {
                continue
            }
            latest[key] = event
        }
        return latest.values.compactMap { event in
            event.value.map {
                IndicatorValue(
                    indicator: event.indicator, period: event.period, dimensions: event.dimensions, value: $0,
                    source: event.source)
            }
        }.sorted { $0.key < $1.key }
    }

    /// The values of one indicator for the whole (no dimensions), by period.
    public static func totals(of indicator: String, in values: [IndicatorValue]) -> [IndicatorValue] {
        values.filter { $0.indicator == indicator && $0.dimensions.isTotal }.sorted { $0.period < $1.period }
    }
}
