import FortschrittDomain
import Foundation

/// Writes a catalogue in the import's own shape (import → export → import changes nothing) or as
/// JSON with each measure's history.
public enum CatalogueExport {
    public static func csv(_ catalogue: Catalogue) -> String {
        var rows = [CatalogueColumn.exportOrder.map(\.rawValue)]
        for measure in catalogue.measures {
            let d = measure.details
            let status = measure.status.flatMap { catalogue.statuses[$0.key] }
            rows.append(
                CatalogueColumn.exportOrder.map { column in
                    switch column {
                    case .number: return measure.number.text
                    case .title: return d.title
                    case .field: return catalogue.field(d.field)?.title ?? String(d.field)
                    case .lead: return ([d.leadDepartment] + d.partnerDepartments).joined(separator: "/")
                    case .entryDate: return d.entryDate.iso
                    case .status: return status?.labelDE ?? measure.status?.key ?? ""
                    case .since: return measure.status?.since.iso ?? ""
                    case .remark: return measure.status?.remark ?? ""
                    case .evidence: return measure.status.map { $0.assumed ? "angenommen" : "ja" } ?? ""
                    case .description: return d.description
                    case .plannedStart: return d.plannedStart?.iso ?? ""
                    case .plannedEnd: return d.plannedEnd?.iso ?? ""
                    }
                })
        }
        return CSVTable.format(rows)
    }

    /// The whole catalogue with every measure's history up to the catalogue's date; stable output
    /// for the same data, so that exports can be compared.
    public static func json(_ catalogue: Catalogue, history: [MeasureEvent]) throws -> Data {
        let byMeasure = Dictionary(
            grouping: history.filter { event in
                catalogue.asOf.map { event.effectiveDate <= $0 } ?? true
            }, by: \.measure)
        let document = CatalogueDocument(
            catalogue,
            measures: catalogue.measures.map { MeasureDocument($0, in: catalogue, history: byMeasure[$0.number] ?? []) }
        )
        return try JSONCoding.encoder.encode(document)
    }
}

public enum JSONCoding {
    public static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}
