import FortschrittDomain

/// An application as its staff form names its fields, both ways; the domain checks the rest.
enum ApplicationForm {
    static func values(_ application: DataApplication) -> [String: String] {
        [
            "kennung": application.slug, "titel": application.title, "zweck": application.purpose,
            "feld": application.field.rawValue, "status": application.status.rawValue,
            "fachbereich": application.department, "datensaetze": application.datasets.joined(separator: ", "),
            "massnahmen": application.measures.joined(separator: ", "),
        ]
    }

    static func application(_ entered: [String: String]) throws(RuleViolation) -> DataApplication {
        func text(_ field: String) -> String { entered[field] ?? "" }
        return DataApplication(
            slug: text("kennung"), title: text("titel"), purpose: text("zweck"),
            field: try Input.choice(text("feld"), "feld"), status: try Input.choice(text("status"), "status"),
            department: text("fachbereich"), datasets: DatasetForm.list(text("datensaetze")),
            measures: DatasetForm.list(text("massnahmen")))
    }
}
