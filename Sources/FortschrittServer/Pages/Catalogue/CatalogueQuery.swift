import FortschrittDomain
import Foundation

/// The catalogue page's filter, search and sort, read from and written back to its URL, so that
/// every state can be shared as a link.
struct CatalogueQuery: Sendable, Equatable {
    enum SortKey: String, CaseIterable, Sendable { case nummer, titel, feld, fachbereich, status, seit }

    var field: Int?
    /// A status key, or "ohne" for measures without status.
    var status: String?
    var department: String?
    var search: String?
    var sort: SortKey = .nummer
    var descending = false

    static let parameters = ["feld", "status", "fachbereich", "suche", "sortierung", "richtung"]

    /// Reads the query; a bad value names its parameter. Other parameters (a tracker's, say) are
    /// ignored, as the page cache ignores them.
    init(_ query: [(name: String, value: String)]) throws(RuleViolation) {
        func value(_ name: String) -> String? {
            query.first { $0.name == name }.map { $0.value.trimmingCharacters(in: .whitespaces) }.flatMap {
                $0.isEmpty ? nil : $0
            }
        }
        for name in Self.parameters { if let text = value(name) { _ = try Input.text(text, name, limit: 200) } }
        if let text = value("feld") {
            field = try Input.integer(text, "feld", in: 1...999)
        }
        status = value("status")
        department = value("fachbereich")
        search = value("suche")
        if let text = value("sortierung") {
            guard let key = SortKey(rawValue: text) else {
                throw RuleViolation(
                    "sortierung", .notOneOf(text, options: SortKey.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            sort = key
        }
        if let text = value("richtung") {
            guard text == "auf" || text == "ab" else {
                throw RuleViolation("richtung", .notOneOf(text, options: "auf, ab"))
            }
            descending = text == "ab"
        }
    }

    init() {}

    /// The URL of this state; unset and default values are left out.
    var url: String {
        var items: [(String, String)] = []
        if let field { items.append(("feld", String(field))) }
        if let status { items.append(("status", status)) }
        if let department { items.append(("fachbereich", department)) }
        if let search { items.append(("suche", search)) }
        if sort != .nummer { items.append(("sortierung", sort.rawValue)) }
        if descending { items.append(("richtung", "ab")) }
        return "/massnahmen"
            + (items.isEmpty ? "" : "?" + items.map { "\($0.0)=\(Query.escape($0.1))" }.joined(separator: "&"))
    }

    /// The same filter sorted by `key`; the current key flips its direction.
    func sorted(by key: SortKey) -> CatalogueQuery {
        var next = self
        next.descending = key == sort ? !descending : false
        next.sort = key
        return next
    }

    var isFiltered: Bool { field != nil || status != nil || department != nil || search != nil }

    // MARK: Applying it

    func apply(to catalogue: Catalogue) -> [Measure] {
        let words = (search ?? "").split(whereSeparator: \.isWhitespace).map { Self.fold(String($0)) }
        let matching = catalogue.measures.filter { measure in
            if let field, measure.details.field != field { return false }
            if let status {
                if status == "ohne" {
                    if measure.status != nil { return false }
                } else if measure.status?.key != status {
                    return false
                }
            }
            if let department, measure.details.leadDepartment != department,
                !measure.details.partnerDepartments.contains(department)
            {
                return false
            }
            if !words.isEmpty {
                let haystack = Self.fold(
                    [
                        measure.number.text, measure.details.title, measure.details.description,
                        measure.status?.remark ?? "",
                    ]
                    .joined(separator: " "))
                if !words.allSatisfy(haystack.contains) { return false }
            }
            return true
        }
        let order = catalogue.statuses.keys
        let ascending = matching.sorted { a, b in
            switch sort {
            case .nummer: return a.number < b.number
            case .titel: return Self.tie(Self.fold(a.details.title), Self.fold(b.details.title), a, b)
            case .feld: return Self.tie(a.details.field, b.details.field, a, b)
            case .fachbereich: return Self.tie(a.details.leadDepartment, b.details.leadDepartment, a, b)
            case .status:
                return Self.tie(
                    a.status.flatMap { order.firstIndex(of: $0.key) } ?? order.count,
                    b.status.flatMap { order.firstIndex(of: $0.key) } ?? order.count, a, b)
            case .seit: return Self.tie(a.status?.since.iso ?? "", b.status?.since.iso ?? "", a, b)
            }
        }
        return descending ? ascending.reversed() : ascending
    }

    private static func tie<T: Comparable>(_ x: T, _ y: T, _ a: Measure, _ b: Measure) -> Bool {
        x == y ? a.number < b.number : x < y
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "de_DE"))
    }
}
