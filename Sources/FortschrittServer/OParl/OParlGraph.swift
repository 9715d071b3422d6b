import FortschrittDocuments
import FortschrittDomain
import Foundation

/// Every OParl object this instance publishes, built from the council data and the published
/// reports: one body (the city), its bodies (Organization), meetings with agenda items, papers
/// with their consultations, and the published reports' documents as files.
struct OParlGraph {
    /// One object with the times the list filters look at.
    struct Entry {
        var value: JSONValue
        var created: RecordedTime
        var modified: RecordedTime
    }

    let base: String
    let bodyName: String
    let organizations: [Organization]
    let terms: [LegislativeTerm]
    let meetings: [Meeting]
    let papers: [CouncilPaper]
    let reports: [PublishedReport]
    /// Abwägungstabellen laid before the council: files of their papers.
    let tables: [PublishedDecisionTable]

    static let version = "https://schema.oparl.org/1.1/"
    static let epoch = RecordedTime(microseconds: 0)

    func url(_ path: String) -> String { "\(base)/oparl/v1/\(path)" }
    var bodyURL: String { url("body/1") }
    func type(_ name: String) -> JSONValue { .string("https://schema.oparl.org/1.1/\(name)") }

    /// The earliest and latest times of anything published: the system's and the body's own.
    var created: RecordedTime {
        (organizations.compactMap(\.created) + papers.compactMap(\.created)).min() ?? Self.epoch
    }
    var modified: RecordedTime {
        (organizations.compactMap(\.created) + terms.compactMap(\.created) + meetings.compactMap(\.created)
            + papers.compactMap(\.modified) + reports.map(\.publishedAt) + tables.map(\.publishedAt)).max()
            ?? Self.epoch
    }

    var system: JSONValue {
        [
            "id": .string(url("system")), "type": type("System"), "oparlVersion": .string(Self.version),
            "body": .string(url("bodies")),
            "name": "Fortschritt", "product": "https://github.com/fortschritt", "created": .string(created.iso),
            "modified": .string(modified.iso),
        ]
    }

    var body: Entry {
        Entry(
            value: [
                "id": .string(bodyURL), "type": type("Body"), "system": .string(url("system")),
                "name": .string(bodyName),
                "organization": .string(url("body/1/organizations")), "person": .string(url("body/1/people")),
                "meeting": .string(url("body/1/meetings")), "paper": .string(url("body/1/papers")),
                "agendaItem": .string(url("body/1/agenda-items")), "consultation": .string(url("body/1/consultations")),
                "file": .string(url("body/1/files")), "legislativeTermList": .string(url("body/1/legislative-terms")),
                "legislativeTerm": .array(terms.map { term($0).value }), "created": .string(created.iso),
                "modified": .string(modified.iso),
            ], created: created, modified: modified)
    }

    func term(_ t: LegislativeTerm) -> Entry {
        let time = t.created ?? Self.epoch
        var value: [String: JSONValue] = [
            "id": .string(url("legislative-term/\(t.id)")), "type": type("LegislativeTerm"), "body": .string(bodyURL),
            "name": .string(t.name),
            "startDate": .string(t.startDate.iso), "created": .string(time.iso), "modified": .string(time.iso),
        ]
        if let end = t.endDate { value["endDate"] = .string(end.iso) }
        return Entry(value: .object(value), created: time, modified: time)
    }

    func organization(_ o: Organization) -> Entry {
        let time = o.created ?? Self.epoch
        return Entry(
            value: [
                "id": .string(url("organization/\(o.id)")), "type": type("Organization"), "body": .string(bodyURL),
                "name": .string(o.name),
                "classification": .string(o.classification), "organizationType": "Gremium",
                "meeting": .string(url("organization/\(o.id)/meetings")),
                "created": .string(time.iso), "modified": .string(time.iso),
            ], created: time, modified: time)
    }

    /// A paper's consultation with a meeting is an item on that meeting's agenda.
    struct AgendaSlot {
        var paper: CouncilPaper
        var consultation: Consultation
        var meeting: Meeting
        var order: Int
    }

    var agendaSlots: [AgendaSlot] {
        var slots: [AgendaSlot] = []
        for meeting in meetings {
            let items = papers.flatMap { paper in
                paper.consultations.filter { $0.meeting == meeting.id }.map { (paper, $0) }
            }
            for (index, item) in items.enumerated() {
                slots.append(AgendaSlot(paper: item.0, consultation: item.1, meeting: meeting, order: index + 1))
            }
        }
        return slots
    }

    func consultationURL(_ paper: CouncilPaper, _ c: Consultation) -> String {
        url("consultation/\(paper.id)-\(c.position)")
    }
    func agendaItemURL(_ paper: CouncilPaper, _ c: Consultation) -> String {
        url("agenda-item/\(paper.id)-\(c.position)")
    }

    func agendaItem(_ slot: AgendaSlot) -> Entry {
        let created = slot.paper.created ?? Self.epoch
        let modified = slot.paper.modified ?? created
        return Entry(
            value: [
                "id": .string(agendaItemURL(slot.paper, slot.consultation)), "type": type("AgendaItem"),
                "meeting": .string(url("meeting/\(slot.meeting.id)")), "number": .string(String(slot.order)),
                "order": .int(slot.order),
                "name": .string(slot.paper.subject), "public": .bool(slot.consultation.isPublic),
                "consultation": .string(consultationURL(slot.paper, slot.consultation)),
                "created": .string(created.iso), "modified": .string(modified.iso),
            ], created: created, modified: modified)
    }

    func meeting(_ m: Meeting) -> Entry {
        let created = m.created ?? Self.epoch
        let items = agendaSlots.filter { $0.meeting.id == m.id }.map(agendaItem)
        let modified = ([created] + items.map(\.modified)).max()!
        return Entry(
            value: [
                "id": .string(url("meeting/\(m.id)")), "type": type("Meeting"), "name": .string(m.name),
                "start": .string(Self.startOfDay(m.date)),
                "organization": .array([.string(url("organization/\(m.organization)"))]),
                "agendaItem": .array(items.map(\.value)), "created": .string(created.iso),
                "modified": .string(modified.iso),
            ], created: created, modified: modified)
    }

    func consultation(_ paper: CouncilPaper, _ c: Consultation) -> Entry {
        let created = paper.created ?? Self.epoch
        let modified = paper.modified ?? created
        var value: [String: JSONValue] = [
            "id": .string(consultationURL(paper, c)), "type": type("Consultation"),
            "paper": .string(url("paper/\(paper.id)")),
            "organization": .array([.string(url("organization/\(c.organization)"))]),
            "authoritative": .bool(c.role == .decision), "role": .string(c.role.rawValue),
            "created": .string(created.iso), "modified": .string(modified.iso),
        ]
        if let meeting = c.meeting {
            value["meeting"] = .string(url("meeting/\(meeting)"))
            value["agendaItem"] = .string(agendaItemURL(paper, c))
        }
        return Entry(value: .object(value), created: created, modified: modified)
    }

    /// The documents of the latest published report issued as this paper, then the Abwägungstabellen
    /// laid before the council with it.
    func files(of paper: CouncilPaper) -> [Entry] {
        var files: [Entry] = []
        if let report = reports.filter({ $0.key.paper == paper.number }).max(by: { $0.id < $1.id }) {
            files += [ReportFormat.html, .docx, .md, .csv, .changesCSV].map { file(report, $0, paper: paper) }
        }
        for table in tables where table.paper == paper.number {
            files += DecisionTablePublisher.formats.map { file(table, $0, paper: paper) }
        }
        return files
    }

    func file(_ report: PublishedReport, _ format: ReportFormat, paper: CouncilPaper) -> Entry {
        let name = paper.number.replacingOccurrences(of: "/", with: "-")
        let title: String
        switch format {
        case .csv: title = "Anlage 1: Maßnahmenkatalog (CSV)"
        case .changesCSV: title = "Anlage 2: Statusänderungen (CSV)"
        default: title = "\(paper.type) \(paper.number) (\(format.rawValue.uppercased()))"
        }
        return file(
            id: "\(report.id)-\(format.rawValue)", name: title,
            fileName: format == .csv
                ? "\(name)-Anlage-1.csv"
                : format == .changesCSV ? "\(name)-Anlage-2.csv" : "\(name).\(format.fileExtension)",
            mediaType: format.mediaType, hashes: report.hashes, key: format.rawValue, published: report.publishedAt,
            paper: paper)
    }

    /// "abwaegung-3-docx": apart from reports' ids, which start with a number.
    static func fileID(_ table: PublishedDecisionTable, _ format: String) -> String {
        "abwaegung-\(table.id)-\(format)"
    }

    /// "V111-2021-Abwaegungstabelle-Fassung-1.docx"
    static func fileName(_ table: PublishedDecisionTable, _ format: String) -> String {
        "\(table.paper.replacingOccurrences(of: "/", with: "-"))-Abwaegungstabelle-Fassung-\(table.version).\(format)"
    }

    func file(_ table: PublishedDecisionTable, _ format: String, paper: CouncilPaper) -> Entry {
        let type = ReportFormat(rawValue: format)?.mediaType ?? "application/octet-stream"
        return file(
            id: Self.fileID(table, format), name: "\(table.title) (\(format.uppercased()))",
            fileName: Self.fileName(table, format),
            mediaType: type, hashes: table.hashes, key: format, published: table.publishedAt, paper: paper)
    }

    func file(
        id: String, name: String, fileName: String, mediaType: String, hashes: [String: String], key: String,
        published: RecordedTime, paper: CouncilPaper
    ) -> Entry {
        var value: [String: JSONValue] = [
            "id": .string(url("file/\(id)")), "type": type("File"), "name": .string(name),
            "fileName": .string(fileName), "mimeType": .string(mediaType.components(separatedBy: ";")[0]),
            "date": .string(CalendarDate(published.date).iso),
            "accessUrl": .string(url("file/\(id)/content")),
            "downloadUrl": .string(url("file/\(id)/content?download=1")),
            "paper": .array([.string(url("paper/\(paper.id)"))]),
            "created": .string(published.iso), "modified": .string(published.iso),
        ]
        // Reports published before sizes and checksums were kept have none.
        if let size = hashes[key + ".size"].flatMap(Int.init) { value["size"] = .int(size) }
        if let checksum = hashes[key + ".sha512"] { value["sha512Checksum"] = .string(checksum) }
        return Entry(value: .object(value), created: published, modified: published)
    }

    // MARK: People

    /// The people who signed papers: OParl persons, identified by their name as written.
    var personEntries: [Entry] {
        Dictionary(grouping: papers.flatMap { p in p.signatories.map { ($0, p) } }, by: \.0)
            .map { name, signed in person(name, papers: signed.map(\.1)) }
            .sorted { ($0.value["id"]?.stringValue ?? "") < ($1.value["id"]?.stringValue ?? "") }
    }

    func personURL(_ name: String) -> String { url("person/\(Self.slug(name))") }

    func person(_ name: String, papers signed: [CouncilPaper]) -> Entry {
        let created = signed.compactMap(\.created).min() ?? Self.epoch
        let modified = signed.compactMap(\.modified).max() ?? created
        var value: [String: JSONValue] = [
            "id": .string(personURL(name)), "type": type("Person"), "body": .string(bodyURL), "name": .string(name),
            "created": .string(created.iso), "modified": .string(modified.iso),
        ]
        let words = name.split(separator: " ").map(String.init)
        if let family = words.last { value["familyName"] = .string(family) }
        let titles = words.dropLast().filter { $0.hasSuffix(".") }
        if !titles.isEmpty { value["title"] = .array(titles.map { .string($0) }) }
        return Entry(value: .object(value), created: created, modified: modified)
    }

    /// "Dr. Kurz" → "dr-kurz": stable as long as the name is written the same way.
    static func slug(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "de_DE"))
            .map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
            .split(separator: "-").joined(separator: "-")
    }

    func paper(_ p: CouncilPaper) -> Entry {
        let created = p.created ?? Self.epoch
        let files = files(of: p)
        let modified = ([p.modified ?? created] + files.map(\.modified)).max()!
        var value: [String: JSONValue] = [
            "id": .string(url("paper/\(p.id)")), "type": type("Paper"), "body": .string(bodyURL),
            "name": .string(p.subject),
            "reference": .string(p.number), "date": .string(p.date.iso), "paperType": .string(p.type),
            "consultation": .array(p.consultations.map { consultation(p, $0).value }),
            "created": .string(created.iso), "modified": .string(modified.iso),
        ]
        if !p.signatories.isEmpty { value["originatorPerson"] = .array(p.signatories.map { .string(personURL($0)) }) }
        if let main = files.first { value["mainFile"] = main.value }
        if files.count > 1 { value["auxiliaryFile"] = .array(files.dropFirst().map(\.value)) }
        return Entry(value: .object(value), created: created, modified: modified)
    }

    // MARK: Lists

    var organizationEntries: [Entry] { organizations.map(organization) }
    var termEntries: [Entry] { terms.map(term) }
    var meetingEntries: [Entry] { meetings.map(meeting) }
    var paperEntries: [Entry] { papers.map(paper) }
    var agendaItemEntries: [Entry] { agendaSlots.map(agendaItem) }
    var consultationEntries: [Entry] { papers.flatMap { p in p.consultations.map { consultation(p, $0) } } }
    var fileEntries: [Entry] { papers.flatMap(files) }

    static func startOfDay(_ day: CalendarDate) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .germany
        let start = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
        let offset = TimeZone.germany.secondsFromGMT(for: start) / 60
        let sign = offset < 0 ? "-" : "+"
        return String(format: "%@T00:00:00%@%02d:%02d", day.iso, sign, abs(offset) / 60, abs(offset) % 60)
    }
}
