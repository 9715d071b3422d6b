/// Derives a measure's state from its history. The one rule: take the events effective on or before
/// the date and recorded up to the cutoff, leave out retracted ones, and apply them in order of
/// effective date, then of recording; the status is that of the last status event, and holds since
/// that event's effective date.
public enum MeasureHistory {
    /// Nil when the measure did not exist (or was removed) at `asOf` as known at `knownAt`.
    /// `asOf` nil means no date limit; `knownAt` nil means everything recorded so far.
    public static func state(
        of number: MeasureNumber, events: [MeasureEvent],
        asOf: CalendarDate? = nil, knownAt: RecordedTime? = nil
    ) -> Measure? {
        let known = events.filter { knownAt == nil || $0.recordedAt <= knownAt! }
        let retracted = Set(
            known.compactMap { event -> Int64? in
                if case .retracted(let sequence) = event.change { return sequence }
                return nil
            })
        let relevant =
            known
            .filter { !retracted.contains($0.sequence) && (asOf == nil || $0.effectiveDate <= asOf!) }
            .sorted { ($0.effectiveDate, $0.sequence) < ($1.effectiveDate, $1.sequence) }

        var details: MeasureDetails?
        var exists = false
        var status: MeasureStatus?
        for event in relevant {
            switch event.change {
            case .created(let d):
                details = d
                exists = true
            case .changed(let change):
                if let current = details { details = change.applied(to: current) }
            case .statusSet(let assignment):
                status = MeasureStatus(
                    key: assignment.key, since: event.effectiveDate,
                    assumed: assignment.assumed, remark: assignment.remark)
            case .removed:
                exists = false
            case .retracted:
                break
            }
        }
        guard exists, let details else { return nil }
        return Measure(number: number, details: details, status: status)
    }

    /// The state of every measure, from events of many measures.
    public static func states(
        from events: [MeasureEvent], asOf: CalendarDate? = nil,
        knownAt: RecordedTime? = nil
    ) -> [Measure] {
        Dictionary(grouping: events, by: \.measure)
            .compactMap { state(of: $0.key, events: $0.value, asOf: asOf, knownAt: knownAt) }
            .sorted { $0.number < $1.number }
    }
}
