import Foundation

/// A measurable sign of the strategy's progress: what is counted and in which unit, which way is
/// better, where it started and what it should reach by when. Its values are kept apart, as events
/// (`IndicatorValueEvent`). Its slug names it for good, like a dataset's.
public struct Indicator: Hashable, Sendable, Codable {
    /// Which way is better: up, down, or staying within a band (the band is then the goal).
    public enum Direction: Hashable, Sendable, Codable {
        case increase
        case decrease
        case band(lower: IndicatorNumber, upper: IndicatorNumber)

        /// The stored names of the kinds.
        public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
            case increase, decrease, band
        }

        public var kind: Kind {
            switch self {
            case .increase: .increase
            case .decrease: .decrease
            case .band: .band
            }
        }

        private enum CodingKeys: String, CodingKey {
            case kind, lower, upper
        }

        /// `{"kind": "increase"}`, `{"kind": "band", "lower": "40", "upper": "60"}`.
        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            switch try container.decode(Kind.self, forKey: .kind) {
            case .increase: self = .increase
            case .decrease: self = .decrease
            case .band:
                self = .band(
                    lower: try container.decode(IndicatorNumber.self, forKey: .lower),
                    upper: try container.decode(IndicatorNumber.self, forKey: .upper))
            }
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            if case .band(let lower, let upper) = self {
                try container.encode(lower, forKey: .lower)
                try container.encode(upper, forKey: .upper)
            }
        }
    }

    public var slug: String
    public var title: String
    /// What is counted and how; may be empty.
    public var description: String
    /// "Beschäftigte", "Videokonferenzen je Arbeitstag", "Rang".
    public var unit: String
    public var direction: Direction
    /// Where it started: the value on a date. Progress toward a target is measured from here.
    public var baseline: IndicatorBaseline?
    /// What it should reach by when, sorted by date, each date once.
    public var targets: [IndicatorTarget]
    /// The responsible department's code ("FB 15").
    public var department: String
    /// The catalogue numbers of the measures it shows the progress of.
    public var measures: [String]
    /// The slugs of the datasets its values come from.
    public var datasets: [String]
    /// Demonstration data, marked so wherever it is shown.
    public var sample: Bool

    public init(
        slug: String, title: String, description: String, unit: String, direction: Direction,
        baseline: IndicatorBaseline?, targets: [IndicatorTarget], department: String, measures: [String],
        datasets: [String], sample: Bool = false
    ) {
        self.slug = slug
        self.title = title
        self.description = description
        self.unit = unit
        self.direction = direction
        self.baseline = baseline
        self.targets = targets
        self.department = department
        self.measures = measures
        self.datasets = datasets
        self.sample = sample
    }

    /// The first target dated after `date`, if any.
    public func nextTarget(after date: CalendarDate) -> IndicatorTarget? {
        targets.sorted { $0.date < $1.date }.first { $0.date > date }
    }
}

/// The value an indicator started from, on its date.
public struct IndicatorBaseline: Hashable, Sendable, Codable {
    public var value: IndicatorNumber
    public var date: CalendarDate

    public init(value: IndicatorNumber, date: CalendarDate) {
        self.value = value
        self.date = date
    }
}

/// A value an indicator should reach by a date.
public struct IndicatorTarget: Hashable, Sendable, Codable {
    public var value: IndicatorNumber
    public var date: CalendarDate

    public init(value: IndicatorNumber, date: CalendarDate) {
        self.value = value
        self.date = date
    }
}
