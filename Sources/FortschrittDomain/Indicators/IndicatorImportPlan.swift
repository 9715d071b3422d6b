import Foundation

/// One value as a file states it, with the line it stands on.
public struct IndicatorImportRow: Hashable, Sendable {
    public var line: Int
    public var indicator: String
    public var period: Period
    public var dimensions: Dimensions
    public var value: IndicatorNumber
    /// The source dataset's slug; nil where the file does not say (the stored source is kept).
    public var source: String?

    public init(
        line: Int, indicator: String, period: Period, dimensions: Dimensions = .total, value: IndicatorNumber,
        source: String? = nil
    ) {
        self.line = line
        self.indicator = indicator
        self.period = period
        self.dimensions = dimensions
        self.value = value
        self.source = source
    }

    public var key: IndicatorValue.Key {
        IndicatorValue.Key(indicator: indicator, period: period, dimensions: dimensions)
    }
}

/// What importing a file of values would do, shown before it is done (a dry run is this plan, not
/// applied). An upsert by indicator, period and dimensions: a row whose key is new adds a value, a
/// row that differs in value or source changes it (a new event, the old one kept), a row that says
/// what is stored changes nothing. Values the file does not list are left alone — an import never
/// deletes and never replaces a series wholesale — so importing the same file twice plans nothing
/// the second time.
public struct IndicatorImportPlan: Hashable, Sendable {
    /// A stored value the file gives differently.
    public struct Change: Hashable, Sendable {
        public var row: IndicatorImportRow
        public var old: IndicatorValue
        public var new: IndicatorValue
    }

    public var added: [IndicatorImportRow]
    public var changed: [Change]
    public var unchanged: [IndicatorImportRow]

    /// Whether applying the plan would record nothing.
    public var isEmpty: Bool { added.isEmpty && changed.isEmpty }

    /// The values to record, each as a new event: the added ones, then the changed ones, by line.
    public var writes: [IndicatorValue] {
        let new = added.map {
            IndicatorValue(
                indicator: $0.indicator, period: $0.period, dimensions: $0.dimensions, value: $0.value,
                source: $0.source)
        }
        return new + changed.map(\.new)
    }

    /// The plan for `rows` against the values stored now (`current`: those of any indicators; only
    /// the keys the rows name are looked at). Refused (subject "datei") where two rows give the same
    /// key — naming every such line — or where a row names an indicator or a source dataset that
    /// does not exist, naming the line.
    public static func plan(
        rows: [IndicatorImportRow], current: [IndicatorValue], indicators: Set<String>, datasets: Set<String>
    ) throws(RuleViolation) -> IndicatorImportPlan {
        let groups = Dictionary(grouping: rows, by: \.key).values.filter { $0.count > 1 }
            .map { $0.sorted { $0.line < $1.line } }
            .sorted { ($0.first?.line ?? 0) < ($1.first?.line ?? 0) }
        if !groups.isEmpty {
            // A message, not a listing: at most ten groups of at most twenty lines are named.
            let more = groups.count > 10 ? "; …" : ""
            let lines = groups.prefix(10).map { group in
                group.prefix(20).map { String($0.line) }.joined(separator: ", ") + (group.count > 20 ? ", …" : "")
            }.joined(separator: "; ")
            let keys = groups.prefix(10).compactMap { $0.first.map { Self.excerpt($0.key.text) } }
            throw RuleViolation(
                "datei", .duplicateValueLines(lines: lines + more, key: keys.joined(separator: "; ") + more))
        }
        let ordered = rows.sorted { $0.line < $1.line }
        if let row = ordered.first(where: { !indicators.contains($0.indicator) }) {
            throw RuleViolation("datei", .unknownIndicator(Input.excerpt(row.indicator), line: row.line))
        }
        if let row = ordered.first(where: { $0.source.map { !datasets.contains($0) } ?? false }),
            let source = row.source
        {
            throw RuleViolation("datei", .unknownSource(Input.excerpt(source), line: row.line))
        }
        let stored = Dictionary(current.map { ($0.key, $0) }, uniquingKeysWith: { _, last in last })
        var plan = IndicatorImportPlan(added: [], changed: [], unchanged: [])
        for row in ordered {
            guard let old = stored[row.key] else {
                plan.added.append(row)
                continue
            }
            var new = old
            new.value = row.value
            new.source = row.source ?? old.source
            if new == old {
                plan.unchanged.append(row)
            } else {
                plan.changed.append(Change(row: row, old: old, new: new))
            }
        }
        return plan
    }

    /// A key for a message: whole up to 120 characters (a breakdown is longer than `Input.excerpt`'s 40).
    private static func excerpt(_ text: String) -> String {
        guard Input.forbiddenScalar(in: text, multiline: false) == nil else { return Input.excerpt(text) }
        return text.count > 120 ? String(text.prefix(120)) + "…" : text
    }
}
