/// A paper with the bodies and meetings its Beratungsfolge names.
public struct PaperContext: Sendable {
    public var paper: CouncilPaper
    public var organizations: [Organization]
    public var meetings: [Meeting]

    public init(paper: CouncilPaper, organizations: [Organization], meetings: [Meeting]) {
        self.paper = paper
        self.organizations = organizations
        self.meetings = meetings
    }
}

/// Writes the council report as a document: header and Beratungsfolge, financial effects,
/// Kurzfassung, Sachverhalt by field of action, changes since the baseline, funding and Anlage 1.
public struct CouncilReportWriter: Sendable {
    public var report: StrategyReport
    public var paper: PaperContext?
    public var funding: [FundingProgramme]
    public var notes: ReportNotes
    /// Sections on the discussion of text versions, after the funding.
    public var participation: [ParticipationSection]
    /// The indicators of the catalogue's measures, after the discussions.
    public var indicators: [IndicatorSection]

    public init(
        report: StrategyReport, paper: PaperContext? = nil, funding: [FundingProgramme] = [],
        notes: ReportNotes = ReportNotes(), participation: [ParticipationSection] = [],
        indicators: [IndicatorSection] = []
    ) {
        self.participation = participation
        self.indicators = indicators
        self.report = report
        self.paper = paper
        self.funding = funding
        self.notes = notes
    }

    public var title: String {
        paper?.paper.subject ?? "\(report.strategy.title) – Umsetzungsstand zum \(report.reportDate.german)"
    }

    public func document() -> ReportDocument {
        var blocks: [ReportBlock] = []
        blocks += header()
        blocks += financialEffects()
        blocks += summary()
        blocks.append(.pageBreak)
        blocks += details()
        blocks += changes()
        blocks += fundingSection()
        blocks += participation.flatMap(\.blocks)
        blocks += IndicatorSection.blocks(indicators)
        blocks.append(.pageBreak)
        let catalogue = catalogueTable
        blocks += [
            .heading(level: 2, text: "Anlage 1: Maßnahmenkatalog Stand \(German.month(report.reportDate))"),
            .table(catalogue),
        ]
        return ReportDocument(
            title: title, blocks: blocks, dataAnnexes: [.table(catalogue), .statusMoves(movesListing)])
    }

    // MARK: Sections

    func header() -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 1, text: title)]
        guard let context = paper else {
            blocks.append(
                .paragraph(
                    "\(report.strategy.body) · Stichtag \(report.reportDate.german) · Vergleich mit "
                        + "\(report.baseline.german)"
                ))
            return blocks
        }
        let p = context.paper
        blocks.append(
            .table(
                ReportTable(
                    caption: "Vorlage", header: ["Angabe", "Inhalt"],
                    rows: [
                        ["Vorlage", "\(p.type) \(p.number)"],
                        ["Datum", p.date.german],
                        ["Dezernat", p.dezernat],
                        ["Az.", p.fileReference],
                        ["Betreff", p.subject],
                        ["Stadtbezirksbezug", p.districtReference],
                        ["Stichtag des Berichts", report.reportDate.german],
                    ])))
        let rows = p.consultations.sorted { $0.position < $1.position }.map { c -> [String] in
            let organization = context.organizations.first { $0.id == c.organization }?.name ?? "?"
            let meeting = c.meeting.flatMap { id in context.meetings.first { $0.id == id } }
            return [
                "\(c.position).", organization, meeting?.date.german ?? "",
                c.isPublic ? "öffentlich" : "nichtöffentlich", c.role.rawValue,
            ]
        }
        blocks.append(
            .table(
                ReportTable(
                    caption: "Beratungsfolge",
                    header: ["Nr.", "Gremium", "Sitzungstermin", "Öffentlichkeitsstatus", "Zuständigkeit"],
                    rows: rows))
        )
        if !p.signatories.isEmpty { blocks.append(.paragraph("Gezeichnet: \(German.list(p.signatories))")) }
        return blocks
    }

    func financialEffects() -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 2, text: "Finanzielle Auswirkungen")]
        guard !funding.isEmpty else {
            blocks.append(.paragraph("Mit diesem Bericht sind keine finanziellen Auswirkungen verbunden."))
            return blocks
        }
        let volume = funding.reduce(Money.zero) { $0 + $1.totalVolume }
        let grant = funding.reduce(Money.zero) { $0 + $1.totalGrant }
        let own = funding.reduce(Money.zero) { $0 + $1.totalOwnShare }
        blocks.append(
            .table(
                ReportTable(
                    caption: "Einmalige Kosten / Erträge", header: ["Position", "Betrag"],
                    rows: [
                        ["Gesamtkosten der Maßnahmen", volume.german],
                        ["Objektbezogene Einnahmen (Zuschüsse)", grant.german],
                        ["Kosten zu Lasten der Stadt", own.german],
                    ], numericColumns: [1])))
        return blocks
    }

    func summary() -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 2, text: "Kurzfassung des Sachverhalts")]
        if !notes.introduction.isEmpty { blocks.append(.note(notes.introduction)) }
        blocks.append(.paragraph(ReportSentences.opening(report)))
        for status in report.statuses {
            let measures = report.measures(withStatus: status.key)
            guard !measures.isEmpty else { continue }
            blocks.append(.paragraph(ReportSentences.status(status, measures: measures, in: report)))
            if status.kind == .done, report.statuses.filter({ $0.kind == .done }).count == 1 {
                blocks.append(
                    .bullets(
                        measures.map { m in
                            let remark = m.status?.remark ?? ""
                            return remark.isEmpty ? m.details.title : "\(m.details.title): \(remark)"
                        }))
            }
        }
        if !report.withoutStatus.isEmpty {
            blocks.append(.paragraph(ReportSentences.withoutStatus(report.withoutStatus)))
        }
        blocks.append(.paragraph(ReportSentences.growth(report)))
        return blocks
    }

    func details() -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 2, text: "Sachverhalt"), .heading(level: 3, text: "1. Überblick")]
        blocks.append(
            .table(
                ReportTable(
                    caption: "Maßnahmen nach Status zum \(report.reportDate.german)",
                    header: ["Status", "Anzahl"],
                    rows: report.statusCounts.map { [$0.status.labelDE, String($0.count)] }
                        + (report.withoutStatus.isEmpty ? [] : [["ohne Status", String(report.withoutStatus.count)]])
                        + [["gesamt", String(report.total)]],
                    numericColumns: [1])))
        let summaries = report.fieldSummaries
        blocks.append(
            .chart(
                StatusChart(
                    title: "Status der Maßnahmen nach Handlungsfeld zum \(report.reportDate.german)",
                    series: report.statuses.map { ($0.labelDE, $0.kind) },
                    bars: summaries.map { StatusChart.Bar(label: $0.field.title, segments: $0.counts.map(\.count)) })))
        blocks.append(
            .table(
                ReportTable(
                    caption: "Maßnahmen nach Handlungsfeld und Status",
                    header: ["Handlungsfeld"] + report.statuses.map(\.labelDE) + ["gesamt", "davon neu"],
                    rows: summaries.map { s in
                        [s.field.title] + s.counts.map { String($0.count) } + [
                            String(s.measures.count), String(s.added.count),
                        ]
                    },
                    numericColumns: Set(1...(report.statuses.count + 2)))))
        blocks.append(.heading(level: 3, text: "2. Stand nach Handlungsfeldern"))
        for (index, s) in summaries.enumerated() {
            blocks.append(.heading(level: 4, text: "2.\(index + 1) \(s.field.title)"))
            if let note = notes.fields[s.field.number], !note.isEmpty { blocks.append(.note(note)) }
            blocks.append(.paragraph(ReportSentences.field(s).joined(separator: " ")))
        }
        return blocks
    }

    func changes() -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 3, text: "3. Veränderungen seit \(report.baseline.german)")]
        if report.added.isEmpty {
            blocks.append(.paragraph("Es wurden keine neuen Maßnahmen aufgenommen."))
        } else {
            blocks.append(.paragraph("Neu in den Maßnahmenkatalog aufgenommen:"))
            blocks.append(
                .bullets(
                    report.added.map { "\($0.number) \($0.details.title) (aufgenommen \($0.details.entryDate.german))" }
                ))
        }
        if report.statusMoves.count <= Self.listedMoves {
            blocks.append(.table(movesListing.table))
        } else {
            // Thousands of rows help no council member: the paper counts them, Anlage 2 lists them.
            blocks.append(
                .paragraph(
                    "Seit \(report.baseline.german) gab es \(report.statusMoves.count) Statusänderungen; Anlage 2 "
                        + "(CSV) führt jede einzeln mit Datum und Begründung auf."
                ))
            blocks.append(.table(movesSummary))
        }
        if !notes.closing.isEmpty { blocks.append(.note(notes.closing)) }
        return blocks
    }

    /// Up to this many status changes are listed in the paper itself.
    public static let listedMoves = 100

    func statusLabel(_ key: String?) -> String {
        key.flatMap { k in report.statuses.first { $0.key == k }?.labelDE ?? k } ?? "ohne Status"
    }

    /// Anlage 2: every status change in the period.
    var movesListing: StatusMovesListing {
        StatusMovesListing(
            caption: "Statusänderungen seit \(report.baseline.german)", moves: report.statusMoves,
            titles: Dictionary(report.measures.map { ($0.number, $0.details.title) }, uniquingKeysWith: { a, _ in a }),
            labels: Dictionary(report.statuses.map { ($0.key, $0.labelDE) }, uniquingKeysWith: { a, _ in a }))
    }

    /// How many changes went from which status to which, most frequent first.
    var movesSummary: ReportTable {
        struct Pair: Hashable { var from: String?, to: String }
        var counts: [Pair: Int] = [:]
        for move in report.statusMoves { counts[Pair(from: move.from, to: move.to), default: 0] += 1 }
        let rows = counts.map { (from: statusLabel($0.key.from), to: statusLabel($0.key.to), count: $0.value) }
            .sorted { ($1.count, $0.from, $0.to) < ($0.count, $1.from, $1.to) }.map {
                [$0.from, $0.to, String($0.count)]
            }
        return ReportTable(
            caption: "Statusänderungen seit \(report.baseline.german) nach Art", header: ["von", "nach", "Anzahl"],
            rows: rows, numericColumns: [2])
    }

    func fundingSection() -> [ReportBlock] {
        guard !funding.isEmpty else { return [] }
        var blocks: [ReportBlock] = [.heading(level: 3, text: "4. Förderung")]
        for programme in funding {
            blocks.append(
                .paragraph(
                    "\(programme.name) (\(programme.funder)): Förderquote \(programme.grantRate.german), Eigenanteil "
                        + "\(programme.grantRate.complement.german). Gesamtvolumen \(programme.totalVolume.german), "
                        + "davon Zuschuss \(programme.totalGrant.german) und Eigenanteil der Stadt "
                        + "\(programme.totalOwnShare.german)."
                ))
            blocks.append(
                .table(
                    ReportTable(
                        caption: "Phasen – \(programme.name)",
                        header: ["Phase", "Jahre", "Gesamtvolumen", "Eigenanteil", "Zuschuss", "Beschluss"],
                        rows: programme.phases.map {
                            [
                                $0.name, $0.years, $0.volume.german, $0.ownShare.german, $0.grant.german,
                                $0.resolution ?? "",
                            ]
                        },
                        numericColumns: [2, 3, 4])))
            for phase in programme.inconsistentPhases {
                blocks.append(
                    .paragraph(
                        "Hinweis: In Phase \(phase.name) entspricht der Eigenanteil (\(phase.ownShare.german)) nicht "
                            + "der Förderquote; erwartet wären "
                            + "\(phase.volume.times(programme.grantRate.complement).german)."
                    ))
            }
            blocks += allocations(of: programme)
        }
        return blocks
    }

    /// Which measures the programme's money goes to.
    func allocations(of programme: FundingProgramme) -> [ReportBlock] {
        guard !programme.allocations.isEmpty else { return [] }
        let sorted = programme.allocations.sorted { ($0.measure, $0.phase) < ($1.measure, $1.phase) }
        var blocks: [ReportBlock] = [
            .paragraph(
                "Davon sind \(programme.totalAllocated.german) "
                    + "\(German.count(Set(sorted.map(\.measure)).count, "Maßnahme", "Maßnahmen")) zugeordnet."
            ),
            .table(
                ReportTable(
                    caption: "Zuordnung zu Maßnahmen – \(programme.name)",
                    header: ["Nr.", "Maßnahme", "Phase", "Betrag"],
                    rows: sorted.map { a in
                        [
                            a.measure.text,
                            report.measures.first { $0.number == a.measure }?.details.title
                                ?? "(zum Stichtag nicht im Katalog)", a.phase, a.amount.german,
                        ]
                    },
                    numericColumns: [3])),
        ]
        for (phase, allocated) in programme.overallocatedPhases {
            blocks.append(
                .paragraph(
                    "Hinweis: Phase \(phase.name) ist mit \(allocated.german) mehr zugeordnet, als ihr Volumen "
                        + "(\(phase.volume.german)) umfasst."
                ))
        }
        return blocks
    }

    var catalogueTable: ReportTable {
        ReportTable(
            caption: "Maßnahmenkatalog zum \(report.reportDate.german)", header: AnnexRow.header,
            rows: AnnexRow.rows(report).map(\.cells))
    }

}

/// A row of Anlage 1: the catalogue as of the reporting date.
public struct AnnexRow: Sendable {
    public static let header = [
        "Nr.", "Maßnahme", "Handlungsfeld", "Federführung", "Status", "seit", "Bemerkung", "Status belegt",
    ]
    public var cells: [String]

    public static func rows(_ r: StrategyReport) -> [AnnexRow] {
        r.measures.map { m in
            let status = r.status(of: m)
            return AnnexRow(cells: [
                m.number.text, m.details.title, r.field(m.details.field)?.title ?? String(m.details.field),
                ([m.details.leadDepartment] + m.details.partnerDepartments).joined(separator: "/"),
                status?.labelDE ?? "", m.status?.since.german ?? "", m.status?.remark ?? "",
                m.status.map { $0.assumed ? "angenommen" : "ja" } ?? "",
            ])
        }
    }
}
