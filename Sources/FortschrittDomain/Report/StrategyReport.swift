/// Everything a council report says with numbers, derived from the catalogue at the reporting date
/// (Stichtag), the catalogue at the baseline (the adoption or the previous report) and the events
/// in between. Nothing in it is typed in by hand.
public struct StrategyReport: Sendable {
    public var strategy: Strategy
    public var reportDate: CalendarDate
    public var baseline: CalendarDate
    public var knownAt: RecordedTime?
    public var statuses: [StatusDefinition]
    public var fields: [FieldOfAction]
    public var departments: [Department]

    /// All measures at the reporting date, by number.
    public var measures: [Measure]
    /// Numbers of the measures that were in the catalogue at the baseline.
    public var originalNumbers: Set<MeasureNumber>
    /// Status changes effective after the baseline up to the reporting date.
    public var statusMoves: [StatusMove]

    public var total: Int { measures.count }
    public var original: [Measure] { measures.filter { originalNumbers.contains($0.number) } }
    public var added: [Measure] { measures.filter { !originalNumbers.contains($0.number) } }

    public func measures(withStatus key: String) -> [Measure] { measures.filter { $0.status?.key == key } }
    public func measures(ofKind kind: StatusKind) -> [Measure] { measures.filter { status(of: $0)?.kind == kind } }
    public var withoutStatus: [Measure] { measures.filter { $0.status == nil } }

    public func status(of measure: Measure) -> StatusDefinition? {
        measure.status.flatMap { s in statuses.first { $0.key == s.key } }
    }

    public func field(_ number: Int) -> FieldOfAction? { fields.first { $0.number == number } }
    public func department(_ code: String) -> Department? { departments.first { $0.code == code } }

    /// How many measures have each status, in the strategy's order.
    public var statusCounts: [(status: StatusDefinition, count: Int)] {
        statuses.map { status in (status, measures.filter { $0.status?.key == status.key }.count) }
    }

    public var fieldSummaries: [FieldSummary] {
        fields.map { field in FieldSummary(field: field, report: self) }
    }

    /// The department a handed-over measure went to: the first known department the remark names
    /// other than the measure's own lead.
    public func receivingDepartment(of measure: Measure) -> Department? {
        guard let remark = measure.status?.remark, !remark.isEmpty else { return nil }
        let text = Array(remark.utf8)
        return
            departments
            .filter { $0.code != measure.details.leadDepartment }
            .compactMap { d in Self.firstMention(of: Array(d.code.utf8), in: text).map { (d, $0) } }
            .min { $0.1 < $1.1 }?.0
    }

    /// Where a department code first stands on its own in a text: "FB 1" does not count inside "FB 11".
    private static func firstMention(of code: [UInt8], in text: [UInt8]) -> Int? {
        guard !code.isEmpty, code.count <= text.count else { return nil }
        for start in 0...(text.count - code.count) where text[start] == code[0] {
            let end = start + code.count
            guard text[start..<end].elementsEqual(code) else { continue }
            if end < text.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(text[end]) { continue }
            return start
        }
        return nil
    }

    public init(
        strategy: Strategy, reportDate: CalendarDate, baseline: CalendarDate, knownAt: RecordedTime?,
        statuses: [StatusDefinition], fields: [FieldOfAction], departments: [Department],
        measures: [Measure], originalNumbers: Set<MeasureNumber>, statusMoves: [StatusMove]
    ) {
        self.strategy = strategy
        self.reportDate = reportDate
        self.baseline = baseline
        self.knownAt = knownAt
        self.statuses = statuses
        self.fields = fields
        self.departments = departments
        self.measures = measures
        self.originalNumbers = originalNumbers
        self.statusMoves = statusMoves
    }

    /// Builds the report from the two catalogues and the history between them.
    /// - Parameter events: the strategy's events as known at the cutoff (any order; others are ignored).
    public init(at current: Catalogue, baseline: Catalogue, events: [MeasureEvent]) {
        let reportDate = current.asOf ?? CalendarDate(year: 9999, month: 12, day: 31)!
        let baselineDate = baseline.asOf ?? reportDate
        self.init(
            strategy: current.strategy, reportDate: reportDate, baseline: baselineDate, knownAt: current.knownAt,
            statuses: current.statuses.all, fields: current.fields, departments: current.departments,
            measures: current.measures, originalNumbers: Set(baseline.measures.map(\.number)),
            statusMoves: StatusMove.moves(
                in: events, startingFrom: baseline, through: reportDate, knownAt: current.knownAt))
    }
}

/// One field of action in a report: its originals, how many are established, new and delayed ones.
public struct FieldSummary: Sendable {
    public var field: FieldOfAction
    public var measures: [Measure]
    public var original: [Measure]
    public var added: [Measure]
    /// Original measures whose status is of kind done.
    public var originalEstablished: [Measure]
    public var delayed: [Measure]
    public var counts: [(status: StatusDefinition, count: Int)]

    init(field: FieldOfAction, report: StrategyReport) {
        self.field = field
        measures = report.measures.filter { $0.details.field == field.number }
        original = measures.filter { report.originalNumbers.contains($0.number) }
        added = measures.filter { !report.originalNumbers.contains($0.number) }
        originalEstablished = original.filter { report.status(of: $0)?.kind == .done }
        delayed = measures.filter { report.status(of: $0)?.kind == .delayed }
        let measures = self.measures
        counts = report.statuses.map { status in (status, measures.filter { $0.status?.key == status.key }.count) }
    }
}

/// A status change in the reporting period: from what, to what, when and why.
public struct StatusMove: Hashable, Sendable {
    public var measure: MeasureNumber
    public var from: String?
    public var to: String
    public var date: CalendarDate
    public var reason: String?

    public init(measure: MeasureNumber, from: String?, to: String, date: CalendarDate, reason: String?) {
        self.measure = measure
        self.from = from
        self.to = to
        self.date = date
        self.reason = reason
    }

    /// Folds each measure's status events after the baseline, in the history's order, starting from
    /// its status in the baseline catalogue; re-stating the same status is no move.
    static func moves(
        in events: [MeasureEvent], startingFrom baseline: Catalogue, through reportDate: CalendarDate,
        knownAt: RecordedTime?
    ) -> [StatusMove] {
        let start = baseline.asOf
        func known(_ e: MeasureEvent) -> Bool { knownAt == nil || e.recordedAt <= knownAt! }
        var retracted = Set<Int64>()
        for e in events where known(e) {
            if case .retracted(let sequence) = e.change { retracted.insert(sequence) }
        }
        // Positions of the status events that count, in the history's order; sorted as small keys,
        // not as whole events (a half-year can hold a hundred thousand of them).
        var relevant: [(day: Int64, sequence: Int64, index: Int)] = []
        for (index, e) in events.enumerated() {
            guard case .statusSet = e.change, known(e), !retracted.contains(e.sequence),
                e.effectiveDate <= reportDate, start == nil || e.effectiveDate > start!
            else { continue }
            relevant.append((e.effectiveDate.daysSinceEpoch, e.sequence, index))
        }
        relevant.sort { ($0.day, $0.sequence) < ($1.day, $1.sequence) }
        var current = Dictionary(uniqueKeysWithValues: baseline.measures.map { ($0.number, $0.status?.key) })
        var moves: [StatusMove] = []
        for position in relevant {
            let event = events[position.index]
            guard case .statusSet(let assignment) = event.change else { continue }
            let previous = current[event.measure] ?? nil
            if previous != assignment.key {
                moves.append(
                    StatusMove(
                        measure: event.measure, from: previous, to: assignment.key, date: event.effectiveDate,
                        reason: event.reason))
            }
            current[event.measure] = assignment.key
        }
        return moves
    }
}
