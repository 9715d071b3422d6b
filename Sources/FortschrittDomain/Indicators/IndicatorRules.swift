import Foundation

/// The rules of an indicator's definition, and the readers of its form fields. Field names are the
/// forms' (German, lowercase): kennung, titel, beschreibung, einheit, richtung, basiswert,
/// basisdatum, ziele, fachbereich, massnahmen, datensaetze.
public enum IndicatorRules {
    public static let maximumTargets = 20
    /// Most measures or datasets one indicator may name.
    public static let maximumLinks = 200

    /// The indicator checked against what exists: departments by code, the catalogue's measure
    /// numbers, the datasets' slugs. A band needs its lower bound below its upper; targets are
    /// optional, each date once, after the baseline's date, and each in the direction from the
    /// baseline's value (above it for an increase, below for a decrease, within the band for a band).
    public static func checked(
        _ indicator: Indicator, departments: [String], measures: Set<String>, datasets: Set<String>
    ) throws(RuleViolation) -> Indicator {
        var checked = indicator
        checked.slug = indicator.slug.trimmed
        guard DatasetRules.isSlug(checked.slug) else {
            throw RuleViolation("kennung", .indicatorSlug(Input.excerpt(checked.slug)))
        }
        checked.title = try Input.text(indicator.title.trimmed, "titel", limit: 200)
        if checked.title.isEmpty { throw RuleViolation("titel", .fieldRequired) }
        checked.description = try Input.text(
            indicator.description.trimmed, "beschreibung", limit: 5_000, multiline: true)
        checked.unit = try Input.text(indicator.unit.trimmed, "einheit", limit: 100)
        if checked.unit.isEmpty { throw RuleViolation("einheit", .fieldRequired) }
        if case .band(let lower, let upper) = indicator.direction, !(lower < upper) {
            throw RuleViolation("richtung", .bandNeedsLowerBelowUpper(lower: lower.text, upper: upper.text))
        }
        if let baseline = indicator.baseline { try inRange(baseline.date, "basisdatum") }
        checked.targets = try targets(indicator.targets, baseline: indicator.baseline, direction: indicator.direction)
        checked.department = indicator.department.trimmed
        guard departments.contains(checked.department) else {
            throw RuleViolation(
                "fachbereich",
                .unknownDepartment(Input.excerpt(checked.department), known: departments.joined(separator: ", ")))
        }
        guard indicator.measures.count <= maximumLinks, indicator.datasets.count <= maximumLinks else {
            let (field, count) =
                indicator.measures.count > maximumLinks
                ? ("massnahmen", indicator.measures.count) : ("datensaetze", indicator.datasets.count)
            throw RuleViolation(field, .outOfRange(value: "\(count)", lower: "0", upper: "\(maximumLinks)"))
        }
        let served = indicator.measures.map(\.trimmed).filter { !$0.isEmpty }
        let unknown = served.filter { !measures.contains($0) }
        if !unknown.isEmpty {
            throw RuleViolation("massnahmen", .unknownMeasures(Input.excerpt(unknown.joined(separator: ", "))))
        }
        checked.measures = Array(Set(served)).sorted { $0.compare($1, options: .numeric) == .orderedAscending }
        let sources = indicator.datasets.map(\.trimmed).filter { !$0.isEmpty }
        if let missing = sources.first(where: { !datasets.contains($0) }) {
            throw RuleViolation("datensaetze", .noSuchDataset(Input.excerpt(missing)))
        }
        checked.datasets = Array(Set(sources)).sorted()
        return checked
    }

    /// The targets sorted by date, checked as `checked` describes.
    static func targets(
        _ given: [IndicatorTarget], baseline: IndicatorBaseline?, direction: Indicator.Direction
    ) throws(RuleViolation) -> [IndicatorTarget] {
        guard given.count <= maximumTargets else {
            throw RuleViolation("ziele", .outOfRange(value: "\(given.count)", lower: "0", upper: "\(maximumTargets)"))
        }
        let sorted = given.sorted { $0.date < $1.date }
        for (index, target) in sorted.enumerated() {
            try inRange(target.date, "ziele")
            if index > 0, sorted[index - 1].date == target.date {
                throw RuleViolation("ziele", .targetDatesRepeat(target.date.iso))
            }
            if let baseline, target.date <= baseline.date {
                throw RuleViolation(
                    "ziele", .targetNotAfterBaseline(target: target.date.iso, baseline: baseline.date.iso))
            }
            switch direction {
            case .increase, .decrease:
                guard let baseline else { continue }
                let ahead = direction == .increase ? target.value > baseline.value : target.value < baseline.value
                if !ahead {
                    throw RuleViolation(
                        "ziele", .targetAgainstDirection(target: target.value.text, baseline: baseline.value.text))
                }
            case .band(let lower, let upper):
                if target.value < lower || target.value > upper {
                    throw RuleViolation("ziele", .targetOutsideBand(target.value.text))
                }
            }
        }
        return sorted
    }

    private static func inRange(_ date: CalendarDate, _ field: String) throws(RuleViolation) {
        guard Period.years.contains(date.year) else {
            throw RuleViolation(
                field,
                .outOfRange(
                    value: date.iso, lower: "\(Period.years.lowerBound)", upper: "\(Period.years.upperBound)"))
        }
    }

    /// The direction from a form: its kind ("increase", "decrease", "band") and, for a band, the
    /// bounds (fields "untergrenze" and "obergrenze").
    public static func direction(kind: String, lower: String, upper: String) throws(RuleViolation)
        -> Indicator.Direction
    {
        let chosen: Indicator.Direction.Kind = try Input.choice(kind.trimmed, "richtung")
        switch chosen {
        case .increase: return .increase
        case .decrease: return .decrease
        case .band:
            if lower.trimmed.isEmpty { throw RuleViolation("untergrenze", .fieldRequired) }
            if upper.trimmed.isEmpty { throw RuleViolation("obergrenze", .fieldRequired) }
            return .band(
                lower: try IndicatorNumber.parse(lower, "untergrenze"),
                upper: try IndicatorNumber.parse(upper, "obergrenze"))
        }
    }

    /// The baseline from a form's two fields: both empty is none, one without the other is refused.
    public static func baseline(value: String, date: String) throws(RuleViolation) -> IndicatorBaseline? {
        switch (value.trimmed.isEmpty, date.trimmed.isEmpty) {
        case (true, true): return nil
        case (false, true): throw RuleViolation("basisdatum", .dateRequired)
        case (true, false): throw RuleViolation("basiswert", .fieldRequired)
        case (false, false):
            return IndicatorBaseline(
                value: try IndicatorNumber.parse(value, "basiswert"), date: try Input.date(date, "basisdatum"))
        }
    }

    /// Targets from a form's text: one a line, its date and its value ("2025-12-31: 5000" or
    /// "31.12.2025 5000,5"), separated by blanks, `:` or `;`. Not yet checked against the rest.
    public static func targets(_ text: String) throws(RuleViolation) -> [IndicatorTarget] {
        guard text.utf8.count <= 5_000 else { throw RuleViolation("ziele", .longerThan(5_000)) }
        var targets: [IndicatorTarget] = []
        for line in text.split(whereSeparator: \.isNewline) where !String(line).trimmed.isEmpty {
            let parts = line.split(whereSeparator: { $0 == ":" || $0 == ";" || $0 == " " || $0 == "\t" })
            guard parts.count == 2 else { throw RuleViolation("ziele", .notATarget(Input.excerpt(String(line)))) }
            targets.append(
                IndicatorTarget(
                    value: try IndicatorNumber.parse(String(parts[1]), "ziele"),
                    date: try Input.date(String(parts[0]), "ziele")))
            guard targets.count <= maximumTargets else {
                throw RuleViolation(
                    "ziele", .outOfRange(value: "\(targets.count)", lower: "0", upper: "\(maximumTargets)"))
            }
        }
        return targets
    }

    /// The targets as `targets(_:)` reads them, one a line.
    public static func text(of targets: [IndicatorTarget]) -> String {
        targets.map { "\($0.date.iso): \($0.value.text)" }.joined(separator: "\n")
    }
}
