/// The controlled vocabularies a dataset's description draws from, as DCAT-AP.de 3.0 and GovData
/// expect them: EU data themes, the DCAT-AP.de licence list, EU update frequencies and file types.
public enum DataTheme: String, Hashable, Sendable, Codable, CaseIterable {
    case agriculture = "AGRI"
    case economy = "ECON"
    case education = "EDUC"
    case energy = "ENER"
    case environment = "ENVI"
    case government = "GOVE"
    case health = "HEAL"
    case international = "INTR"
    case justice = "JUST"
    case regions = "REGI"
    case society = "SOCI"
    case technology = "TECH"
    case transport = "TRAN"

    public var iri: String { "http://publications.europa.eu/resource/authority/data-theme/\(rawValue)" }
}

/// A licence of the DCAT-AP.de licence list (version 20200715), by its key in the list's IRIs.
public struct DataLicence: Hashable, Sendable, Codable, RawRepresentable {
    public let rawValue: String

    public init?(rawValue: String) {
        guard Self.keys.contains(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    private init(listed: String) { rawValue = listed }

    /// Datenlizenz Deutschland – Namensnennung 2.0, the licence German open data mostly carries.
    public static let attributionGermany = DataLicence(listed: "dl-by-de/2.0")
    public static let ccBy4 = DataLicence(listed: "cc-by/4.0")
    public static let otherClosed = DataLicence(listed: "other-closed")

    /// The list's IRI, without a trailing slash (the list has none; the specification's example does).
    public var iri: String { "http://dcat-ap.de/def/licenses/\(rawValue)" }
    /// Whether GovData counts it as an open licence (the list's `isOpenLicense`): not the closed,
    /// commercial and freeware ones, nor those forbidding commercial use or changes.
    public var isOpen: Bool { !Self.notOpen.contains(rawValue) }

    static let notOpen: Set<String> = [
        "other-closed", "other-commercial", "other-freeware", "cc-by-nc", "cc-by-nc/4.0", "cc-by-nc-de/3.0",
        "cc-by-nd", "cc-by-nd/3.0", "cc-by-nd/4.0", "dl-by-nc-de/1.0",
    ]

    public static let keys = [
        "dl-by-de/2.0", "dl-zero-de/2.0", "cc-by/4.0", "cc-by-sa/4.0", "cc-zero", "odbl", "cc-by-nd/4.0",
        "cc-by-nc/4.0", "officialWork", "other-open", "other-closed", "other-commercial", "other-freeware",
        "other-opensource", "apache", "bsd", "cc-by", "cc-by-de/3.0", "cc-by-nc", "cc-by-nc-de/3.0", "cc-by-nd",
        "cc-by-nd/3.0", "cc-by-sa", "cc-by-sa-de/3.0", "ccpdm/1.0", "dl-by-de/1.0", "dl-by-nc-de/1.0",
        "geonutz/20130319", "geoNutz/20131001", "gfdl", "gpl/3.0", "mozilla", "odby", "odcpddl",
    ]
    public static let all = keys.compactMap(DataLicence.init(rawValue:))
}

/// How often a dataset is updated: codes of the EU frequency table.
public enum UpdateFrequency: String, Hashable, Sendable, Codable, CaseIterable {
    case continuous = "CONT"
    case daily = "DAILY"
    case weekly = "WEEKLY"
    case monthly = "MONTHLY"
    case quarterly = "QUARTERLY"
    case semiannual = "ANNUAL_2"
    case annual = "ANNUAL"
    case biennial = "BIENNIAL"
    case irregular = "IRREG"
    case never = "NEVER"
    case unknown = "UNKNOWN"

    public var iri: String { "http://publications.europa.eu/resource/authority/frequency/\(rawValue)" }
}

/// A distribution's file format: codes of the EU file-type table, each with its IANA media type.
public enum FileFormat: String, Hashable, Sendable, Codable, CaseIterable {
    case csv = "CSV"
    case json = "JSON"
    case geojson = "GEOJSON"
    case xlsx = "XLSX"
    case ods = "ODS"
    case xml = "XML"
    case pdf = "PDF"
    case zip = "ZIP"
    case html = "HTML"
    case txt = "TXT"

    public var iri: String { "http://publications.europa.eu/resource/authority/file-type/\(rawValue)" }
    public var mediaType: String {
        switch self {
        case .csv: "text/csv"
        case .json: "application/json"
        case .geojson: "application/geo+json"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .ods: "application/vnd.oasis.opendocument.spreadsheet"
        case .xml: "application/xml"
        case .pdf: "application/pdf"
        case .zip: "application/zip"
        case .html: "text/html"
        case .txt: "text/plain"
        }
    }
}
