import FortschrittDomain

/// The staff's indicators: every one, linked where the person may keep it.
struct StaffIndicatorsModel: Sendable {
    var siteName: String
    var indicators: [(indicator: Indicator, editable: Bool)]
    var notice: String?
}

/// An indicator's staff form: a new one (`version` nil) or a change of the one read in `version`.
struct IndicatorEditModel: Sendable, FormPage {
    var siteName: String
    var indicator: Indicator?
    var version: Int?
    var departments: [Department]
    var entered: [String: String] = [:]
    var error: String?
    var notice: String?

    var path: String { indicator.map { "/verwaltung/indikatoren/\($0.slug)" } ?? "/verwaltung/indikatoren/neu" }

    var values: [String: String] {
        (indicator.map(IndicatorForm.values) ?? ["richtung": Indicator.Direction.Kind.increase.rawValue])
            .merging(entered) { $1 }
    }
}

/// Importing values pasted as CSV: first what would change (a dry run), then recorded.
struct IndicatorImportModel: Sendable, FormPage {
    var siteName: String
    var plan: IndicatorImportPlan?
    var recorded = false
    var entered: [String: String] = [:]
    var error: String?

    var path: String { "/verwaltung/indikatoren/werte" }
}
