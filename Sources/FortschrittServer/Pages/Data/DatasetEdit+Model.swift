import FortschrittDomain

/// The staff's datasets: every one they may keep, with its access level and version.
struct StaffDatasetsModel: Sendable {
    var siteName: String
    var datasets: [(dataset: Dataset, editable: Bool)]
    var notice: String?
}

/// A dataset's staff form: a new one (`version` nil) or a change of one read in `version`, with the
/// departments the person may publish for, and the dataset's changes so far.
struct DatasetEditModel: Sendable, FormPage {
    var siteName: String
    var dataset: Dataset?
    var version: Int?
    var departments: [Department]
    var history: [DatasetEvent]
    var entered: [String: String] = [:]
    var error: String?
    var notice: String?

    var path: String { dataset.map { "/verwaltung/daten/\($0.slug)" } ?? "/verwaltung/daten/neu" }

    /// The form's values: what was entered, else the dataset as it stands (defaults for a new one).
    var values: [String: String] {
        let stored =
            dataset.map(DatasetForm.values) ?? [
                "lizenz": "dl-by-de/2.0", "haeufigkeit": UpdateFrequency.annual.rawValue,
                "zugang": Dataset.Access.internalOnly.rawValue, "thema": DataTheme.government.rawValue,
                "personenbezug": EthicsRecord.PersonalData.none.rawValue,
                "pruefung": EthicsRecord.ReviewOutcome.notRequired.rawValue,
            ]
        return stored.merging(entered) { $1 }
    }
}
