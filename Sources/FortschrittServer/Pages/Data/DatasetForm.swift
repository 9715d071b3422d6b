import FortschrittDomain

/// A dataset as its staff form names its fields, both ways: the values to fill the form with, and
/// the dataset read back from what was posted (each value through the bounded parser, its field
/// named when it is refused). Distributions are rows 1…n, one empty row more than the dataset has.
enum DatasetForm {
    static func values(_ dataset: Dataset) -> [String: String] {
        let ethics = dataset.ethics
        var values = [
            "kennung": dataset.slug, "titel": dataset.title, "beschreibung": dataset.description,
            "schlagworte": dataset.keywords.joined(separator: ", "), "thema": dataset.theme.rawValue,
            "fachbereich": dataset.department, "kontakt": dataset.contactName, "kontakt-email": dataset.contactEmail,
            "lizenz": dataset.licence.rawValue, "haeufigkeit": dataset.frequency.rawValue,
            "zugang": dataset.access.rawValue, "massnahmen": dataset.measures.joined(separator: ", "),
            "abschnitte": dataset.blocks.map(\.text).joined(separator: ", "),
            "zweck": ethics.purpose, "rechtsgrundlage": ethics.legalBasis,
            "personenbezug": ethics.personalData.rawValue,
            "verfahren": ethics.anonymisationMethod, "parameter": ethics.anonymisationParameters,
            "aufbewahrung": ethics.retention, "pruefung": ethics.reviewOutcome.rawValue, "gremium": ethics.reviewBody,
            "geprueft-am": ethics.reviewedOn?.iso ?? "", "auflagen": ethics.conditions,
            "naechste-pruefung": ethics.nextReviewOn?.iso ?? "",
        ]
        for (index, distribution) in dataset.distributions.enumerated() {
            let row = "verteilung-\(index + 1)"
            values[row + "-titel"] = distribution.title
            values[row + "-adresse"] = distribution.url
            values[row + "-format"] = distribution.format.rawValue
            values[row + "-groesse"] = distribution.byteSize.map { "\($0)" } ?? ""
        }
        return values
    }

    /// How many distribution rows the form shows: those filled in, and one more.
    static func rows(_ values: [String: String]) -> Int {
        let filled = (1...DatasetRules.maximumDistributions).last {
            !(values["verteilung-\($0)-adresse"] ?? "").isEmpty
        }
        return min((filled ?? 0) + 1, DatasetRules.maximumDistributions)
    }

    static func dataset(_ entered: [String: String]) throws(RuleViolation) -> Dataset {
        func text(_ field: String) -> String { entered[field] ?? "" }
        func date(_ field: String) throws(RuleViolation) -> CalendarDate? {
            let value = text(field).trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : try Input.date(value, field)
        }
        var distributions: [Dataset.Distribution] = []
        for row in 1...DatasetRules.maximumDistributions {
            let prefix = "verteilung-\(row)"
            let url = text(prefix + "-adresse").trimmingCharacters(in: .whitespaces)
            guard !url.isEmpty else { continue }
            let size = text(prefix + "-groesse").trimmingCharacters(in: .whitespaces)
            distributions.append(
                Dataset.Distribution(
                    title: text(prefix + "-titel"), url: url,
                    format: try Input.choice(text(prefix + "-format"), prefix + "-format"),
                    byteSize: size.isEmpty ? nil : try Input.integer(size, prefix + "-groesse", in: 0...Int.max)))
        }
        guard let licence = DataLicence(rawValue: text("lizenz")) else {
            throw RuleViolation(
                "lizenz", .notOneOf(Input.excerpt(text("lizenz")), options: DataLicence.keys.joined(separator: ", ")))
        }
        let ethics = EthicsRecord(
            purpose: text("zweck"), legalBasis: text("rechtsgrundlage"),
            personalData: try Input.choice(text("personenbezug"), "personenbezug"),
            anonymisationMethod: text("verfahren"), anonymisationParameters: text("parameter"),
            retention: text("aufbewahrung"), reviewOutcome: try Input.choice(text("pruefung"), "pruefung"),
            reviewBody: text("gremium"), reviewedOn: try date("geprueft-am"), conditions: text("auflagen"),
            nextReviewOn: try date("naechste-pruefung"))
        return Dataset(
            slug: text("kennung"), title: text("titel"), description: text("beschreibung"),
            keywords: list(text("schlagworte")), theme: try Input.choice(text("thema"), "thema"),
            department: text("fachbereich"), contactName: text("kontakt"), contactEmail: text("kontakt-email"),
            licence: licence, frequency: try Input.choice(text("haeufigkeit"), "haeufigkeit"),
            distributions: distributions,
            measures: list(text("massnahmen")),
            blocks: try list(text("abschnitte")).map { (reference) throws(RuleViolation) -> Dataset.BlockReference in
                let parts = reference.split(separator: "/", maxSplits: 1).map(String.init)
                guard parts.count == 2 else {
                    throw RuleViolation("abschnitte", .noSuchBlock(Input.excerpt(reference)))
                }
                return Dataset.BlockReference(strategy: parts[0], block: parts[1])
            },
            access: try Input.choice(text("zugang"), "zugang"), ethics: ethics)
    }

    /// A comma- or line-separated list, blanks dropped.
    static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == "\n" }).map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
    }
}
