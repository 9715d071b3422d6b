import Foundation

/// How a forecast judges an indicator; the rule is `Forecast`'s.
public enum ForecastStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case onTrack = "on-track"
    case atRisk = "at-risk"
    case offTrack = "off-track"
    /// Too few values to fit a line (fewer than two, or all ending on one day).
    case insufficientData = "insufficient-data"
    /// An increase or decrease without a target after its latest value: nothing to judge against.
    case noTarget = "no-target"
}

/// A forecast as it is stored with a published report: the method and its parameters, the data
/// cutoff, the periods used, the line's slope, the prediction, the target and the judgement. Only
/// texts and whole numbers, no doubles: encoded with `json()` it reads back and encodes again to
/// the same bytes.
public struct ForecastResult: Hashable, Sendable, Codable {
    public var indicator: String
    public var method: Forecast.Method
    public var cutoff: Forecast.Cutoff
    /// The periods of the values the line was fitted to, oldest first.
    public var points: [Period]
    /// The period of the latest value known.
    public var latest: Period?
    /// The line's change in a year (365.2425 days), rounded to 6 decimals.
    public var slopePerYear: IndicatorNumber?
    /// The day the line is read off.
    public var evaluatedOn: CalendarDate?
    /// The target judged against (for a band, the one whose date was used, if any).
    public var target: IndicatorTarget?
    /// The line's value on `evaluatedOn`, rounded to 6 decimals.
    public var predicted: IndicatorNumber?
    /// For an increase or decrease: the predicted share of the way from the reference to the target,
    /// rounded to 6 decimals.
    public var progress: IndicatorNumber?
    public var status: ForecastStatus

    public init(
        indicator: String, method: Forecast.Method, cutoff: Forecast.Cutoff, points: [Period] = [],
        latest: Period? = nil, slopePerYear: IndicatorNumber? = nil, evaluatedOn: CalendarDate? = nil,
        target: IndicatorTarget? = nil, predicted: IndicatorNumber? = nil, progress: IndicatorNumber? = nil,
        status: ForecastStatus = .insufficientData
    ) {
        self.indicator = indicator
        self.method = method
        self.cutoff = cutoff
        self.points = points
        self.latest = latest
        self.slopePerYear = slopePerYear
        self.evaluatedOn = evaluatedOn
        self.target = target
        self.predicted = predicted
        self.progress = progress
        self.status = status
    }

    /// The stored form: JSON with sorted keys, nothing escaped that need not be.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// This result with its judgement.
    func with(_ status: ForecastStatus) -> ForecastResult {
        var result = self
        result.status = status
        return result
    }
}
