import Foundation

/// The columns of a catalogue spreadsheet, under the German headers cities use.
public enum CatalogueColumn: String, CaseIterable, Sendable {
    case number = "Nr."
    case title = "Maßnahme"
    case field = "Handlungsfeld"
    case lead = "Federführung"
    case entryDate = "Aufgenommen"
    case status = "Status"
    case since = "Status seit"
    case remark = "Bemerkung"
    case evidence = "Status belegt"
    case description = "Beschreibung"
    case plannedStart = "Beginn geplant"
    case plannedEnd = "Ende geplant"

    /// Columns an import cannot do without.
    static let required: [CatalogueColumn] = [.number, .title, .field, .lead, .entryDate, .status, .since]

    /// The order an export writes them in: the reference file's nine columns, then the rest.
    public static let exportOrder: [CatalogueColumn] = allCases

    /// Other spellings found in spreadsheets, compared after `normalized`.
    private var aliases: [String] {
        switch self {
        case .number: return ["nr", "nummer", "lfd nr", "no"]
        case .title: return ["maßnahme", "massnahme", "titel", "projekt", "measure", "title"]
        case .field: return ["handlungsfeld", "field", "field of action"]
        case .lead: return ["federführung", "federfuehrung", "fachbereich", "lead"]
        case .entryDate: return ["aufgenommen", "aufgenommen am", "entry date"]
        case .status: return ["status"]
        case .since: return ["status seit", "seit", "since"]
        case .remark: return ["bemerkung", "bemerkungen", "remark"]
        case .evidence: return ["status belegt", "belegt"]
        case .description: return ["beschreibung", "description"]
        case .plannedStart: return ["beginn geplant", "geplanter beginn", "planned start"]
        case .plannedEnd: return ["ende geplant", "geplantes ende", "planned end"]
        }
    }

    static func matching(_ header: String) -> CatalogueColumn? {
        let wanted = normalized(header)
        return allCases.first { $0.aliases.contains(wanted) }
    }

    static func normalized(_ header: String) -> String {
        header.lowercased()
            .replacingOccurrences(of: ".", with: " ")
            .replacingOccurrences(of: ":", with: " ")
            .split(separator: " ").joined(separator: " ")
    }
}

/// One problem in an import file, named by line and column.
public struct ImportProblem: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: String?
    public var message: String

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ": column '\(column)'" }
        return "\(place): \(message)"
    }
}

public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    public var problems: [ImportProblem]

    public var description: String {
        "import refused, nothing was changed (\(problems.count) problem\(problems.count == 1 ? "" : "s")):\n"
            + problems.map { "  " + $0.description }.joined(separator: "\n")
    }
}
