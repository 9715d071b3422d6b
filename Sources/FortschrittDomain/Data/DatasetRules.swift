import Foundation

/// The rules a dataset's description keeps, and the publication gate: a dataset is open only if it
/// holds no personal data, or holds anonymised data with an approving review (`EthicsRecord`).
public enum DatasetRules {
    public static let maximumDistributions = 20
    public static let maximumKeywords = 20

    /// The dataset checked against what exists: departments by code, the catalogue's measure
    /// numbers, the strategies' blocks (slug → block ids).
    public static func checked(
        _ dataset: Dataset, departments: [String], measures: Set<String>, blocks: [String: Set<String>],
        today: CalendarDate
    ) throws(RuleViolation) -> Dataset {
        var checked = dataset
        checked.slug = dataset.slug.trimmed
        guard isSlug(checked.slug) else { throw RuleViolation("kennung", .datasetSlug(Input.excerpt(checked.slug))) }
        checked.title = try Input.text(dataset.title.trimmed, "titel", limit: 200)
        if checked.title.isEmpty { throw RuleViolation("titel", .fieldRequired) }
        checked.description = try Input.text(dataset.description.trimmed, "beschreibung", limit: 5_000, multiline: true)
        if checked.description.isEmpty { throw RuleViolation("beschreibung", .fieldRequired) }
        guard dataset.keywords.count <= 10 * maximumKeywords else {
            throw RuleViolation(
                "schlagworte", .outOfRange(value: "\(dataset.keywords.count)", lower: "1", upper: "\(maximumKeywords)"))
        }
        checked.keywords = []
        for keyword in dataset.keywords.map(\.trimmed) where !keyword.isEmpty && !checked.keywords.contains(keyword) {
            checked.keywords.append(try Input.text(keyword, "schlagworte", limit: 60))
        }
        if checked.keywords.isEmpty { throw RuleViolation("schlagworte", .fieldRequired) }
        guard checked.keywords.count <= maximumKeywords else {
            throw RuleViolation(
                "schlagworte", .outOfRange(value: "\(checked.keywords.count)", lower: "1", upper: "\(maximumKeywords)"))
        }
        checked.department = dataset.department.trimmed
        guard departments.contains(checked.department) else {
            throw RuleViolation(
                "fachbereich",
                .unknownDepartment(Input.excerpt(checked.department), known: departments.joined(separator: ", ")))
        }
        checked.contactName = try Input.text(dataset.contactName.trimmed, "kontakt", limit: 200)
        if checked.contactName.isEmpty { throw RuleViolation("kontakt", .fieldRequired) }
        checked.contactEmail = dataset.contactEmail.trimmed
        // It becomes a mailto: link and a vCard address: nothing that adds headers, recipients or markup.
        let plain =
            checked.contactEmail.count <= 254 && !checked.contactEmail.contains(where: { "?#%&/\"<>\\".contains($0) })
        do { try NewAccount.check(email: checked.contactEmail) } catch {
            throw RuleViolation("kontakt-email", .notAnEmailAddress(Input.excerpt(checked.contactEmail)))
        }
        if !plain { throw RuleViolation("kontakt-email", .notAnEmailAddress(Input.excerpt(checked.contactEmail))) }
        checked.distributions = try distributions(dataset.distributions)
        let unknown = dataset.measures.map(\.trimmed).filter { !$0.isEmpty && !measures.contains($0) }
        if !unknown.isEmpty { throw RuleViolation("massnahmen", .unknownMeasures(unknown.joined(separator: ", "))) }
        checked.measures = Array(Set(dataset.measures.map(\.trimmed).filter { !$0.isEmpty })).sorted {
            $0.compare($1, options: .numeric) == .orderedAscending
        }
        for reference in dataset.blocks where blocks[reference.strategy]?.contains(reference.block) != true {
            throw RuleViolation("abschnitte", .noSuchBlock(Input.excerpt(reference.text)))
        }
        checked.blocks = Array(Set(dataset.blocks)).sorted { $0.text < $1.text }
        checked.ethics = try dataset.ethics.checked(today: today)
        if checked.access == .open, !checked.ethics.allowsOpenAccess {
            throw RuleViolation("zugang", .openNeedsEthics(checked.ethics.personalData.rawValue))
        }
        if checked.access == .open, !checked.licence.isOpen {
            throw RuleViolation("lizenz", .openNeedsOpenLicence(checked.licence.rawValue))
        }
        return checked
    }

    /// 1 to 20 distributions, each with a title of at most 200 characters and an http(s) address of
    /// at most 2,000 without spaces; a size from 0 to a terabyte.
    static func distributions(_ given: [Dataset.Distribution]) throws(RuleViolation) -> [Dataset.Distribution] {
        guard (1...maximumDistributions).contains(given.count) else {
            throw RuleViolation(
                "verteilungen", .outOfRange(value: "\(given.count)", lower: "1", upper: "\(maximumDistributions)"))
        }
        var result: [Dataset.Distribution] = []
        for distribution in given {
            var checked = distribution
            checked.title = try Input.text(distribution.title.trimmed, "verteilung-titel", limit: 200)
            checked.url = distribution.url.trimmed
            guard isWebAddress(checked.url) else {
                throw RuleViolation("verteilung-adresse", .notAWebAddress(Input.excerpt(checked.url)))
            }
            if let size = distribution.byteSize, !(0...1_000_000_000_000).contains(size) {
                throw RuleViolation(
                    "verteilung-groesse", .outOfRange(value: "\(size)", lower: "0", upper: "1000000000000"))
            }
            result.append(checked)
        }
        return result
    }

    /// Names the pages under /daten use themselves.
    /// Names the pages use next to a slug: `/daten/ethik`, `/daten/anwendungen`, `/daten/indikatoren`,
    /// `…/neu`, `/verwaltung/indikatoren/werte`.
    static let reserved: Set<String> = ["ethik", "neu", "anwendungen", "indikatoren", "werte"]

    /// 3 to 80 characters: lowercase letters, digits and single hyphens inside; not a reserved name.
    public static func isSlug(_ text: String) -> Bool {
        !reserved.contains(text) && (3...80).contains(text.count) && !text.hasPrefix("-") && !text.hasSuffix("-")
            && !text.contains("--")
            && text.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// An absolute http or https address with a host, no spaces or controls, at most 2,000 characters.
    public static func isWebAddress(_ text: String) -> Bool {
        guard text.count <= 2_000, text.hasPrefix("https://") || text.hasPrefix("http://"),
            !text.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 32 || $0 == 127 } == true }),
            !text.contains(where: { "\"<>\\^`{|}".contains($0) }),
            let url = URL(string: text), let host = url.host, !host.isEmpty
        else { return false }
        return true
    }
}
