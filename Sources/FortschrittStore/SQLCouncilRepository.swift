import FortschrittDomain
import Foundation
import SQLKit

/// Council papers, funding and published reports on SQLite or PostgreSQL.
public struct SQLCouncilRepository: CouncilRepository {
    public let database: Database
    let now: @Sendable () -> RecordedTime

    public init(database: Database, now: @escaping @Sendable () -> RecordedTime = { .now() }) {
        self.database = database
        self.now = now
    }

    static let decoder = JSONDecoder()
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }
    static func value<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try decoder.decode(type, from: Data(text.utf8))
    }

    // MARK: Bodies and meetings

    public func organizations() async throws -> [Organization] {
        try await database.read { db in try await Self.organizations(db) }
    }

    static func organizations(_ db: any SQLDatabase) async throws -> [Organization] {
        try await db.raw("SELECT id, name, classification, created_at FROM organizations ORDER BY id").all().map {
            row in
            Organization(
                id: try row.decode(column: "id", as: Int64.self), name: try row.decode(column: "name", as: String.self),
                classification: try row.decode(column: "classification", as: String.self),
                created: RecordedTime(try row.decode(column: "created_at", as: String.self)))
        }
    }

    public func saveOrganization(name: String, classification: String) async throws -> Organization {
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw RuleViolation("name", .bodyNeedsName)
        }
        let time = now()
        return try await database.write(.keys(["council"])) { db in
            if let existing = try await Self.organizations(db).first(where: { $0.name == name }) { return existing }
            let row = try await db.raw(
                "INSERT INTO organizations (name, classification, created_at) VALUES (\(bind: name), "
                    + "\(bind: classification), \(bind: time.iso)) RETURNING id"
            ).first()
            return Organization(
                id: try row.required().decode(column: "id", as: Int64.self), name: name, classification: classification,
                created: time)
        }
    }

    public func meetings() async throws -> [Meeting] {
        try await database.read { db in try await Self.meetings(db) }
    }

    static func meetings(_ db: any SQLDatabase) async throws -> [Meeting] {
        try await db.raw("SELECT * FROM meetings ORDER BY date, id").all().map { row in
            Meeting(
                id: try row.decode(column: "id", as: Int64.self),
                organization: try row.decode(column: "organization_id", as: Int64.self),
                date: try row.decode(text: "date", as: CalendarDate.self),
                isPublic: try row.decode(column: "is_public", as: Int.self) != 0,
                name: try row.decode(column: "name", as: String.self),
                created: RecordedTime(try row.decode(column: "created_at", as: String.self)))
        }
    }

    public func saveMeeting(organization: Int64, date: CalendarDate, isPublic: Bool, name: String) async throws
        -> Meeting
    {
        let time = now()
        return try await database.write(.keys(["council"])) { db in
            guard try await Self.organizations(db).contains(where: { $0.id == organization }) else {
                throw RuleViolation("organization", .noBody("\(organization)"))
            }
            if let existing = try await Self.meetings(db).first(where: {
                $0.organization == organization && $0.date == date
            }) {
                return existing
            }
            let row = try await db.raw(
                """
                INSERT INTO meetings (organization_id, date, is_public, name, created_at)
                VALUES (\(bind: organization), \(bind: date.iso), \(bind: isPublic ? 1 : 0), \(bind: name),\
                 \(bind: time.iso)) RETURNING id
                """
            ).first()
            return Meeting(
                id: try row.required().decode(column: "id", as: Int64.self), organization: organization, date: date,
                isPublic: isPublic, name: name, created: time)
        }
    }

    // MARK: Legislative terms

    public func legislativeTerms() async throws -> [LegislativeTerm] {
        try await database.read { db in try await Self.legislativeTerms(db) }
    }

    static func legislativeTerms(_ db: any SQLDatabase) async throws -> [LegislativeTerm] {
        try await db.raw("SELECT * FROM legislative_terms ORDER BY start_date, id").all().map { row in
            LegislativeTerm(
                id: try row.decode(column: "id", as: Int64.self), name: try row.decode(column: "name", as: String.self),
                startDate: try row.decode(text: "start_date", as: CalendarDate.self),
                endDate: try row.decode(column: "end_date", as: String?.self).flatMap(CalendarDate.init),
                created: RecordedTime(try row.decode(column: "created_at", as: String.self)))
        }
    }

    public func saveLegislativeTerm(name: String, startDate: CalendarDate, endDate: CalendarDate?) async throws
        -> LegislativeTerm
    {
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw RuleViolation("name", .termNeedsName)
        }
        if let endDate, endDate < startDate {
            throw RuleViolation("endDate", .endsBeforeStart(end: endDate.iso, start: startDate.iso))
        }
        let time = now()
        return try await database.write(.keys(["council"])) { db in
            if let existing = try await Self.legislativeTerms(db).first(where: { $0.name == name }) { return existing }
            let row = try await db.raw(
                """
                INSERT INTO legislative_terms (name, start_date, end_date, created_at)
                VALUES (\(bind: name), \(bind: startDate.iso), \(bind: endDate?.iso), \(bind: time.iso)) RETURNING id
                """
            ).first()
            return LegislativeTerm(
                id: try row.required().decode(column: "id", as: Int64.self), name: name, startDate: startDate,
                endDate: endDate,
                created: time)
        }
    }

    // MARK: Papers

    public func papers() async throws -> [CouncilPaper] {
        try await database.read { db in try await Self.papers(db) }
    }

    static func papers(_ db: any SQLDatabase) async throws -> [CouncilPaper] {
        let consultations = try await db.raw("SELECT * FROM consultations ORDER BY paper_id, position").all()
        var byPaper: [Int64: [Consultation]] = [:]
        for row in consultations {
            byPaper[try row.decode(column: "paper_id", as: Int64.self), default: []].append(
                Consultation(
                    position: try row.decode(column: "position", as: Int.self),
                    organization: try row.decode(column: "organization_id", as: Int64.self),
                    meeting: try row.decode(column: "meeting_id", as: Int64?.self),
                    isPublic: try row.decode(column: "is_public", as: Int.self) != 0,
                    role: ConsultationRole(rawValue: try row.decode(column: "role", as: String.self)) ?? .information))
        }
        return try await db.raw("SELECT * FROM papers ORDER BY date, id").all().map { row in
            let id = try row.decode(column: "id", as: Int64.self)
            return CouncilPaper(
                id: id, number: try row.decode(column: "number", as: String.self),
                type: try row.decode(column: "type", as: String.self),
                date: try row.decode(text: "date", as: CalendarDate.self),
                dezernat: try row.decode(column: "dezernat", as: String.self),
                fileReference: try row.decode(column: "file_reference", as: String.self),
                subject: try row.decode(column: "subject", as: String.self),
                districtReference: try row.decode(column: "district_reference", as: String.self),
                signatories: try value([String].self, try row.decode(column: "signatories", as: String.self)),
                consultations: byPaper[id] ?? [],
                attachments: try value([String].self, try row.decode(column: "attachments", as: String.self)),
                created: RecordedTime(try row.decode(column: "created_at", as: String.self)),
                modified: RecordedTime(try row.decode(column: "modified_at", as: String.self)))
        }
    }

    public func paper(number: String) async throws -> PaperContext? {
        try await database.read { db in
            guard let paper = try await Self.papers(db).first(where: { $0.number == number }) else { return nil }
            let organizations = Set(paper.consultations.map(\.organization))
            let meetings = Set(paper.consultations.compactMap(\.meeting))
            return PaperContext(
                paper: paper,
                organizations: try await Self.organizations(db).filter { organizations.contains($0.id) },
                meetings: try await Self.meetings(db).filter { meetings.contains($0.id) })
        }
    }

    public func savePaper(_ paper: CouncilPaper) async throws -> CouncilPaper {
        if paper.number.trimmingCharacters(in: .whitespaces).isEmpty {
            throw RuleViolation("number", .paperNeedsNumber)
        }
        if paper.subject.trimmingCharacters(in: .whitespaces).isEmpty {
            throw RuleViolation("subject", .paperNeedsSubject)
        }
        let time = now().iso
        return try await database.write(.keys(["council"])) { db in
            let organizations = Set(try await Self.organizations(db).map(\.id))
            let meetings = try await Self.meetings(db)
            for c in paper.consultations {
                guard organizations.contains(c.organization) else {
                    throw RuleViolation("consultations", .noBody("\(c.organization)"))
                }
                if let m = c.meeting, !meetings.contains(where: { $0.id == m && $0.organization == c.organization }) {
                    throw RuleViolation(
                        "consultations", .meetingOfAnotherBody(meeting: "\(m)", body: "\(c.organization)"))
                }
            }
            if Set(paper.consultations.map(\.position)).count != paper.consultations.count {
                throw RuleViolation("consultations", .consultationsSharePosition)
            }
            let existing = try await db.raw("SELECT id, created_at FROM papers WHERE number = \(bind: paper.number)")
                .first()
            var saved = paper
            if let existing {
                saved.id = try existing.decode(column: "id", as: Int64.self)
                try await db.raw("DELETE FROM consultations WHERE paper_id = \(bind: saved.id)").run()
                try await db.raw(
                    """
                    UPDATE papers SET type = \(bind: paper.type), date = \(bind: paper.date.iso), dezernat =\
                     \(bind: paper.dezernat),
                      file_reference = \(bind: paper.fileReference), subject = \(bind: paper.subject),\
                     district_reference = \(bind: paper.districtReference),
                      signatories = \(bind: try Self.json(paper.signatories)), attachments =\
                     \(bind: try Self.json(paper.attachments)), modified_at = \(bind: time)
                    WHERE id = \(bind: saved.id)
                    """
                ).run()
            } else {
                let row = try await db.raw(
                    """
                    INSERT INTO papers (number, type, date, dezernat, file_reference, subject, district_reference,\
                     signatories, attachments, created_at, modified_at)
                    VALUES (\(bind: paper.number), \(bind: paper.type), \(bind: paper.date.iso),\
                     \(bind: paper.dezernat), \(bind: paper.fileReference),
                            \(bind: paper.subject), \(bind: paper.districtReference),\
                     \(bind: try Self.json(paper.signatories)),
                            \(bind: try Self.json(paper.attachments)), \(bind: time), \(bind: time))
                    RETURNING id
                    """
                ).first()
                saved.id = try row.required().decode(column: "id", as: Int64.self)
            }
            for c in paper.consultations {
                try await db.raw(
                    """
                    INSERT INTO consultations (paper_id, position, organization_id, meeting_id, is_public, role)
                    VALUES (\(bind: saved.id), \(bind: c.position), \(bind: c.organization), \(bind: c.meeting),\
                     \(bind: c.isPublic ? 1 : 0), \(bind: c.role.rawValue))
                    """
                ).run()
            }
            return saved
        }
    }

    // MARK: Funding

    public func fundingProgrammes(of strategy: Strategy) async throws -> [FundingProgramme] {
        try await database.read { db in
            let phases = try await db.raw(
                """
                SELECT p.* FROM funding_phases p JOIN funding_programmes f ON f.id = p.programme_id
                WHERE f.strategy_id = \(bind: strategy.id) ORDER BY p.programme_id, p.position
                """
            ).all()
            let allocations = try await db.raw(
                """
                SELECT a.* FROM funding_allocations a JOIN funding_programmes f ON f.id = a.programme_id
                WHERE f.strategy_id = \(bind: strategy.id) ORDER BY a.programme_id, a.phase, a.measure_number
                """
            ).all()
            return try await db.raw(
                "SELECT * FROM funding_programmes WHERE strategy_id = \(bind: strategy.id) ORDER BY id"
            ).all().map { row in
                let id = try row.decode(column: "id", as: Int64.self)
                return FundingProgramme(
                    name: try row.decode(column: "name", as: String.self),
                    funder: try row.decode(column: "funder", as: String.self),
                    grantRate: Rate(basisPoints: try row.decode(column: "grant_rate_basis_points", as: Int.self)),
                    phases: try phases.filter { try $0.decode(column: "programme_id", as: Int64.self) == id }.map { p in
                        FundingPhase(
                            name: try p.decode(column: "name", as: String.self),
                            firstYear: try p.decode(column: "first_year", as: Int.self),
                            lastYear: try p.decode(column: "last_year", as: Int.self),
                            volume: Money(cents: try p.decode(column: "volume_cents", as: Int64.self)),
                            ownShare: Money(cents: try p.decode(column: "own_share_cents", as: Int64.self)),
                            resolution: try p.decode(column: "resolution", as: String?.self),
                            resolutionDate: try p.decode(column: "resolution_date", as: String?.self).flatMap(
                                CalendarDate.init))
                    },
                    allocations: try allocations.filter { try $0.decode(column: "programme_id", as: Int64.self) == id }
                        .map { a in
                            FundingAllocation(
                                phase: try a.decode(column: "phase", as: String.self),
                                measure: try a.decode(text: "measure_number", as: MeasureNumber.self),
                                amount: Money(cents: try a.decode(column: "amount_cents", as: Int64.self)))
                        })
            }
        }
    }

    public func saveFundingProgramme(_ programme: FundingProgramme, in strategy: Strategy) async throws {
        if programme.name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw RuleViolation("name", .programmeNeedsName)
        }
        for phase in programme.phases {
            if phase.lastYear < phase.firstYear {
                throw RuleViolation("phases", .phaseEndsBeforeStart(phase.name))
            }
            if phase.ownShare > phase.volume || phase.ownShare < .zero {
                throw RuleViolation("phases", .ownShareOutsideVolume(phase.name))
            }
        }
        let phaseNames = Set(programme.phases.map(\.name))
        for allocation in programme.allocations where !phaseNames.contains(allocation.phase) {
            throw RuleViolation("allocations", .noPhase(allocation.phase, programme: programme.name))
        }
        try await database.write(.strategy(strategy.id)) { db in
            let existing = try await db.raw(
                "SELECT id FROM funding_programmes WHERE strategy_id = \(bind: strategy.id) AND name = "
                    + "\(bind: programme.name)"
            ).first()
            let id: Int64
            if let existing {
                id = try existing.decode(column: "id", as: Int64.self)
                try await db.raw(
                    "UPDATE funding_programmes SET funder = \(bind: programme.funder), grant_rate_basis_points = "
                        + "\(bind: programme.grantRate.basisPoints) WHERE id = \(bind: id)"
                ).run()
                try await db.raw("DELETE FROM funding_phases WHERE programme_id = \(bind: id)").run()
                try await db.raw("DELETE FROM funding_allocations WHERE programme_id = \(bind: id)").run()
            } else {
                let row = try await db.raw(
                    """
                    INSERT INTO funding_programmes (strategy_id, name, funder, grant_rate_basis_points)
                    VALUES (\(bind: strategy.id), \(bind: programme.name), \(bind: programme.funder),\
                     \(bind: programme.grantRate.basisPoints)) RETURNING id
                    """
                ).first()
                id = try row.required().decode(column: "id", as: Int64.self)
            }
            for (position, p) in programme.phases.enumerated() {
                try await db.raw(
                    """
                    INSERT INTO funding_phases (programme_id, position, name, first_year, last_year, volume_cents,\
                     own_share_cents, resolution, resolution_date)
                    VALUES (\(bind: id), \(bind: position), \(bind: p.name), \(bind: p.firstYear),\
                     \(bind: p.lastYear), \(bind: p.volume.cents),
                            \(bind: p.ownShare.cents), \(bind: p.resolution), \(bind: p.resolutionDate?.iso))
                    """
                ).run()
            }
            for a in programme.allocations {
                try await db.raw(
                    """
                    INSERT INTO funding_allocations (programme_id, phase, measure_number, amount_cents)
                    VALUES (\(bind: id), \(bind: a.phase), \(bind: a.measure.text), \(bind: a.amount.cents))
                    """
                ).run()
            }
        }
    }

    // MARK: Reports

    public func reportNotes(of strategy: Strategy, report: ReportKey) async throws -> ReportNotes {
        try await database.read { db in
            guard
                let row = try await db.raw(
                    "SELECT notes FROM report_notes WHERE strategy_id = \(bind: strategy.id) AND report_key = "
                        + "\(bind: report.text)"
                ).first()
            else {
                return ReportNotes()
            }
            return try Self.value(ReportNotes.self, try row.decode(column: "notes", as: String.self))
        }
    }

    public func saveReportNotes(_ notes: ReportNotes, of strategy: Strategy, report: ReportKey) async throws {
        let text = try Self.json(notes)
        let time = now().iso
        try await database.write(.strategy(strategy.id)) { db in
            try await db.raw(
                """
                INSERT INTO report_notes (strategy_id, report_key, notes, modified_at) VALUES (\(bind: strategy.id),\
                 \(bind: report.text), \(bind: text), \(bind: time))
                ON CONFLICT (strategy_id, report_key) DO UPDATE SET notes = excluded.notes, modified_at =\
                 excluded.modified_at
                """
            ).run()
        }
    }

    public func publishedReports(of strategy: Strategy) async throws -> [PublishedReport] {
        try await database.read { db in
            try await db.raw("SELECT * FROM published_reports WHERE strategy_id = \(bind: strategy.id) ORDER BY id")
                .all().map(Self.published)
        }
    }

    public func lastPublished(in strategy: Strategy) async throws -> RecordedTime? {
        try await database.read { db in
            try await db.raw(
                """
                SELECT MAX(published_at) AS latest FROM (
                    SELECT published_at FROM published_reports WHERE strategy_id = \(bind: strategy.id)
                    UNION ALL
                    SELECT published_at FROM published_decision_tables WHERE strategy_id = \(bind: strategy.id)
                ) AS publications
                """
            ).first()?
            .decode(column: "latest", as: String?.self).flatMap(RecordedTime.init)
        }
    }

    public func publishedReport(id: Int64) async throws -> PublishedReport? {
        try await database.read { db in
            try await db.raw("SELECT * FROM published_reports WHERE id = \(bind: id)").first().map(Self.published)
        }
    }

    public func publish(_ report: NewPublishedReport) async throws -> PublishedReport {
        let time = now()
        return try await database.write(.strategy(report.strategy)) { db in
            if let earlier = try await db.raw(
                """
                SELECT published_at FROM published_reports
                WHERE strategy_id = \(bind: report.strategy) AND report_key = \(bind: report.key.text)
                """
            ).first() {
                let when = RecordedTime(try earlier.decode(column: "published_at", as: String.self))
                throw RuleViolation(
                    "paper", .reportPublished(report.key.text, on: when.map { CalendarDate($0.date).iso }))
            }
            let row = try await db.raw(
                """
                INSERT INTO published_reports (strategy_id, report_key, report_date, baseline, paper_number, known_at,\
                 published_at, actor, inputs, hashes)
                VALUES (\(bind: report.strategy), \(bind: report.key.text), \(bind: report.key.reportDate.iso),\
                 \(bind: report.key.baseline.iso),
                        \(bind: report.key.paper), \(bind: report.knownAt.iso), \(bind: time.iso),\
                 \(bind: report.actor),
                        \(bind: try Self.json(report.inputs)), \(bind: try Self.json(report.hashes)))
                RETURNING id
                """
            ).first()
            let id = try row.required().decode(column: "id", as: Int64.self)
            try await Self.keep(report.documents, of: .report, id: id, db)
            return PublishedReport(
                id: id, strategy: report.strategy, key: report.key, knownAt: report.knownAt,
                publishedAt: time, actor: report.actor, inputs: report.inputs, hashes: report.hashes)
        }
    }

    public func publishedDocument(report id: Int64, format: String) async throws -> Data? {
        try await keptDocument(of: .report, id: id, format: format)
    }

    static func published(_ row: any SQLRow) throws -> PublishedReport {
        PublishedReport(
            id: try row.decode(column: "id", as: Int64.self),
            strategy: try row.decode(column: "strategy_id", as: Int64.self),
            key: ReportKey(
                reportDate: try row.decode(text: "report_date", as: CalendarDate.self),
                baseline: try row.decode(text: "baseline", as: CalendarDate.self),
                paper: try row.decode(column: "paper_number", as: String?.self)),
            knownAt: try row.decode(text: "known_at", as: RecordedTime.self),
            publishedAt: try row.decode(text: "published_at", as: RecordedTime.self),
            actor: try row.decode(column: "actor", as: String.self),
            inputs: try value(FrozenReportInputs.self, try row.decode(column: "inputs", as: String.self)),
            hashes: try value([String: String].self, try row.decode(column: "hashes", as: String.self)))
    }
}
