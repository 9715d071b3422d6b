/// A council body: Gemeinderat, Hauptausschuss, a district council.
public struct Organization: Hashable, Sendable, Codable {
    public var id: Int64
    public var name: String
    /// OParl's classification, e.g. "Hauptorgan", "Ausschuss".
    public var classification: String
    public var created: RecordedTime?

    public init(id: Int64, name: String, classification: String, created: RecordedTime? = nil) {
        self.id = id
        self.name = name
        self.classification = classification
        self.created = created
    }
}

/// A council's electoral term (Wahlperiode).
public struct LegislativeTerm: Hashable, Sendable, Codable {
    public var id: Int64
    public var name: String
    public var startDate: CalendarDate
    public var endDate: CalendarDate?
    public var created: RecordedTime?

    public init(id: Int64, name: String, startDate: CalendarDate, endDate: CalendarDate?, created: RecordedTime? = nil)
    {
        self.id = id
        self.name = name
        self.startDate = startDate
        self.endDate = endDate
        self.created = created
    }
}

/// A meeting of an organization.
public struct Meeting: Hashable, Sendable, Codable {
    public var id: Int64
    public var organization: Int64
    public var date: CalendarDate
    public var isPublic: Bool
    public var name: String
    public var created: RecordedTime?

    public init(
        id: Int64, organization: Int64, date: CalendarDate, isPublic: Bool, name: String, created: RecordedTime? = nil
    ) {
        self.id = id
        self.organization = organization
        self.date = date
        self.isPublic = isPublic
        self.name = name
        self.created = created
    }
}

/// The role a body has for a paper in its Beratungsfolge.
public enum ConsultationRole: String, CaseIterable, Hashable, Sendable, Codable {
    case information = "Information"
    case preliminary = "Vorberatung"
    case decision = "Beschluss"
}

/// One step of a paper's Beratungsfolge.
public struct Consultation: Hashable, Sendable, Codable {
    public var position: Int
    public var organization: Int64
    public var meeting: Int64?
    public var isPublic: Bool
    public var role: ConsultationRole

    public init(position: Int, organization: Int64, meeting: Int64?, isPublic: Bool, role: ConsultationRole) {
        self.position = position
        self.organization = organization
        self.meeting = meeting
        self.isPublic = isPublic
        self.role = role
    }
}

/// A council paper (Vorlage), e.g. Informationsvorlage V111/2021.
public struct CouncilPaper: Hashable, Sendable, Codable {
    public var id: Int64
    public var number: String
    public var type: String
    public var date: CalendarDate
    public var dezernat: String
    public var fileReference: String
    public var subject: String
    public var districtReference: String
    public var signatories: [String]
    public var consultations: [Consultation]
    public var attachments: [String]
    /// When it was entered and last changed; set by the store.
    public var created: RecordedTime?
    public var modified: RecordedTime?

    public init(
        id: Int64, number: String, type: String, date: CalendarDate, dezernat: String, fileReference: String,
        subject: String, districtReference: String, signatories: [String], consultations: [Consultation],
        attachments: [String],
        created: RecordedTime? = nil, modified: RecordedTime? = nil
    ) {
        self.created = created
        self.modified = modified
        self.id = id
        self.number = number
        self.type = type
        self.date = date
        self.dezernat = dezernat
        self.fileReference = fileReference
        self.subject = subject
        self.districtReference = districtReference
        self.signatories = signatories
        self.consultations = consultations
        self.attachments = attachments
    }
}

/// Text staff add to a report: kept with it, shown beside the generated text, never replacing it.
public struct ReportNotes: Hashable, Sendable, Codable {
    public var introduction: String
    /// Commentary per field of action, by field number.
    public var fields: [Int: String]
    public var closing: String

    public init(introduction: String = "", fields: [Int: String] = [:], closing: String = "") {
        self.introduction = introduction
        self.fields = fields
        self.closing = closing
    }
}
