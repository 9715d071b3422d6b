import FortschrittDomain

/// An indicator as its staff form names its fields, both ways; the domain checks the rest.
enum IndicatorForm {
    static func values(_ indicator: Indicator) -> [String: String] {
        var values = [
            "kennung": indicator.slug, "titel": indicator.title, "beschreibung": indicator.description,
            "einheit": indicator.unit, "richtung": indicator.direction.kind.rawValue,
            "basiswert": indicator.baseline?.value.text ?? "", "basisdatum": indicator.baseline?.date.iso ?? "",
            "ziele": IndicatorRules.text(of: indicator.targets), "fachbereich": indicator.department,
            "massnahmen": indicator.measures.joined(separator: ", "),
            "datensaetze": indicator.datasets.joined(separator: ", "),
        ]
        if case .band(let lower, let upper) = indicator.direction {
            values["untergrenze"] = lower.text
            values["obergrenze"] = upper.text
        }
        return values
    }

    /// The indicator posted; `sample` is kept from the stored one (only demo data is marked so).
    static func indicator(_ entered: [String: String], sample: Bool) throws(RuleViolation) -> Indicator {
        func text(_ field: String) -> String { entered[field] ?? "" }
        return Indicator(
            slug: text("kennung"), title: text("titel"), description: text("beschreibung"), unit: text("einheit"),
            direction: try IndicatorRules.direction(
                kind: text("richtung"), lower: text("untergrenze"), upper: text("obergrenze")),
            baseline: try IndicatorRules.baseline(value: text("basiswert"), date: text("basisdatum")),
            targets: try IndicatorRules.targets(text("ziele")), department: text("fachbereich"),
            measures: DatasetForm.list(text("massnahmen")), datasets: DatasetForm.list(text("datensaetze")),
            sample: sample)
    }
}
