/// Small rules of German the generated text needs: lists, singular and plural, dates in words.
public enum German {
    /// "A", "A und B", "A, B und C"
    public static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " und " + items.last!
        }
    }

    /// "1 Projekt", "2 Projekte"
    public static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(n) \(n == 1 ? singular : plural)"
    }

    public static let months = [
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
        "September", "Oktober", "November", "Dezember",
    ]

    /// "12. März 2019"
    public static func date(_ d: CalendarDate) -> String { "\(d.day). \(months[d.month - 1]) \(d.year)" }

    /// "März 2019"
    public static func month(_ d: CalendarDate) -> String { "\(months[d.month - 1]) \(d.year)" }
}
