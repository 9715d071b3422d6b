/// A status change as the public sees it: a status event that counts (not retracted), with its
/// measure's title and field of action as they stood when it took effect, so that a field's
/// changes stay the field's when the measure moves on.
public struct StatusChange: Hashable, Sendable {
    public var event: MeasureEvent
    public var status: MeasureStatusAssignment
    public var title: String
    public var field: Int

    public init(event: MeasureEvent, status: MeasureStatusAssignment, title: String, field: Int) {
        self.event = event
        self.status = status
        self.title = title
        self.field = field
    }
}

extension MeasureHistory {
    /// The status changes among the events of one or many measures, latest recorded first. A change
    /// dated before its measure was created takes the measure's first details; one of a measure that
    /// was never created is left out (no page shows it).
    public static func statusChanges(in events: [MeasureEvent]) -> [StatusChange] {
        let retracted = Set(
            events.compactMap { event -> Int64? in
                if case .retracted(let sequence) = event.change { return sequence }
                return nil
            })
        var changes: [StatusChange] = []
        for history in Dictionary(grouping: events, by: \.measure).values {
            let counting = history.filter { !retracted.contains($0.sequence) }.sorted {
                ($0.effectiveDate, $0.sequence) < ($1.effectiveDate, $1.sequence)
            }
            let first = counting.lazy.compactMap { event -> MeasureDetails? in
                if case .created(let details) = event.change { return details }
                return nil
            }.first
            var details = first
            for event in counting {
                switch event.change {
                case .created(let created): details = created
                case .changed(let change): details = details.map(change.applied)
                case .statusSet(let status):
                    guard let shown = details else { continue }
                    changes.append(StatusChange(event: event, status: status, title: shown.title, field: shown.field))
                case .removed, .retracted: break
                }
            }
        }
        return changes.sorted {
            ($0.event.recordedAt, $0.event.sequence) > ($1.event.recordedAt, $1.event.sequence)
        }
    }
}
