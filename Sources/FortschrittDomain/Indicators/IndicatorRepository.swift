import Foundation

/// Where indicators and their values are kept: each indicator's definitions as events (whole state,
/// append-only, like datasets), and every value as an event of its own, so that a correction never
/// overwrites and the values known at any earlier time can be asked for again.
public protocol IndicatorRepository: Sendable {
    /// The current definitions, by title.
    func indicators() async throws -> [Indicator]
    func indicator(slug: String) async throws -> (indicator: Indicator, version: Int)?
    /// A new indicator (`version` nil) or a change of the one read in `version`, checked by
    /// `IndicatorRules` inside the write against departments, measures and datasets as stored then.
    func save(_ indicator: Indicator, version: Int?, reason: String, actor: String, at time: RecordedTime)
        async throws -> Int
    /// The value events of one indicator (nil: of all), in the order they were recorded.
    func valueEvents(of slug: String?) async throws -> [IndicatorValueEvent]
    /// Plans `rows` against the values stored now and, unless `dryRun`, records the additions and
    /// changes as events, in one write; rows the file leaves out are left alone.
    func importValues(
        _ rows: [IndicatorImportRow], reason: String, actor: String, at time: RecordedTime, dryRun: Bool
    ) async throws -> IndicatorImportPlan
    /// Withdraws one value (it stays in the history), with a reason.
    func withdraw(_ key: IndicatorValue.Key, reason: String, actor: String, at time: RecordedTime) async throws
    /// When a definition or a value was last recorded.
    func lastChange() async throws -> RecordedTime?
}
