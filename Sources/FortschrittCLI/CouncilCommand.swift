import ArgumentParser
import FortschrittDomain

/// Council bodies, meetings, papers and funding: what a report is issued as and reports on.
struct CouncilCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "council",
        abstract: "Enter council bodies, meetings and papers (Vorlagen) with their Beratungsfolge.",
        subcommands: [AddBody.self, AddTerm.self, AddMeeting.self, AddPaper.self, ListPapers.self]
    )

    struct AddBody: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-body",
            abstract: "Add a council body (Gremium).",
            discussion: #"Example: fortschritt council add-body "Hauptausschuss" --classification Ausschuss"#
        )

        @OptionGroup var common: CommonOptions
        @Argument(help: "Name, e.g. Gemeinderat.") var name: String
        @Option(help: "Kind of body, e.g. Hauptorgan, Ausschuss, Bezirksbeirat.") var classification: String

        func run() async throws {
            let body = try await common.withRepositories { _, council in
                try await council.saveOrganization(name: name, classification: classification)
            }
            say("Body \(body.id): \(body.name).")
        }
    }

    struct AddTerm: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-term",
            abstract: "Add the council's electoral term (Wahlperiode).",
            discussion:
                #"Example: fortschritt council add-term "Wahlperiode 2024–2029" --from 2024-07-01 --to 2029-06-30"#
        )

        @OptionGroup var common: CommonOptions
        @Argument(help: "Name of the term.") var name: String
        @Option(help: "First day.") var from: CalendarDate
        @Option(help: "Last day, where known.") var to: CalendarDate?

        func run() async throws {
            let term = try await common.withRepositories { _, council in
                try await council.saveLegislativeTerm(name: name, startDate: from, endDate: to)
            }
            say("Term \(term.id): \(term.name), from \(term.startDate)\(term.endDate.map { " to \($0)" } ?? "").")
        }
    }

    struct AddMeeting: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-meeting",
            abstract: "Add a meeting of a body.",
            discussion:
                #"Example: fortschritt council add-meeting --body Gemeinderat --date 2021-03-16 --name "Sitzung des "#
                + #"Gemeinderats""#
        )

        @OptionGroup var common: CommonOptions
        @Option(help: "The body's name.") var body: String
        @Option(help: "Date of the meeting.") var date: CalendarDate
        @Option(help: "Title of the meeting.") var name: String
        @Flag(help: "The meeting is not public.") var nonPublic = false

        func run() async throws {
            let meeting = try await common.withRepositories { _, council in
                guard let organization = try await council.organizations().first(where: { $0.name == body }) else {
                    throw CommandFailure("--body: no body '\(body)' (add it with 'council add-body')")
                }
                return try await council.saveMeeting(
                    organization: organization.id, date: date, isPublic: !nonPublic, name: name)
            }
            say("Meeting \(meeting.id): \(meeting.name) on \(meeting.date).")
        }
    }

    struct AddPaper: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-paper",
            abstract: "Add a council paper, or replace the one with this number.",
            discussion: """
                Each --consultation is BODY@DATE:ROLE, in the order of the Beratungsfolge; ROLE is Information, \
                Vorberatung or Beschluss; the meeting of that body on that date must exist.

                Example: fortschritt council add-paper V111/2021 --type Informationsvorlage --date 2021-02-23\
                 --dezernat "Dezernat I" --file-reference 12.3\
                 --subject "Digitalisierungsstrategie – Umsetzungsstand"\
                 --district "00 stadtweit" --signatory "Dr. Kurz" --consultation Hauptausschuss@2021-03-09:Information\
                 --consultation Gemeinderat@2021-03-16:Information --attachment "Anlage 1: Maßnahmenkatalog"
                """
        )

        @OptionGroup var common: CommonOptions
        @Argument(help: "Number, e.g. V111/2021.") var number: String
        @Option(help: "Type, e.g. Informationsvorlage, Beschlussvorlage.") var type: String
        @Option(help: "Date of the paper.") var date: CalendarDate
        @Option(help: "Dezernat.") var dezernat: String
        @Option(help: "File reference (Az.).") var fileReference: String
        @Option(help: "Subject (Betreff).") var subject: String
        @Option(help: "City-district reference (Stadtbezirksbezug).") var district = "00 stadtweit"
        @Option(name: .customLong("signatory"), help: "Who signs (repeatable).") var signatories: [String] = []
        @Option(name: .customLong("consultation"), help: "BODY@DATE:ROLE (repeatable, in order).") var consultations:
            [String] = []
        @Option(name: .customLong("attachment"), help: "An attachment's title (repeatable).") var attachments:
            [String] = []

        func run() async throws {
            let paper = try await common.withRepositories { _, council in
                let organizations = try await council.organizations()
                let meetings = try await council.meetings()
                var steps: [Consultation] = []
                for (index, text) in consultations.enumerated() {
                    guard let at = text.firstIndex(of: "@"), let colon = text.lastIndex(of: ":"), at < colon,
                        let day = CalendarDate(String(text[text.index(after: at)..<colon]))
                    else {
                        throw CommandFailure("--consultation '\(text)': write BODY@YYYY-MM-DD:ROLE")
                    }
                    let bodyName = String(text[..<at])
                    let roleName = String(text[text.index(after: colon)...])
                    guard let role = ConsultationRole(rawValue: roleName) else {
                        throw CommandFailure(
                            "--consultation '\(text)': role must be one of "
                                + "\(ConsultationRole.allCases.map(\.rawValue).joined(separator: ", "))"
                        )
                    }
                    guard let organization = organizations.first(where: { $0.name == bodyName }) else {
                        throw CommandFailure("--consultation '\(text)': no body '\(bodyName)'")
                    }
                    guard let meeting = meetings.first(where: { $0.organization == organization.id && $0.date == day })
                    else {
                        throw CommandFailure(
                            "--consultation '\(text)': \(bodyName) has no meeting on \(day) (add it with 'council "
                                + "add-meeting')"
                        )
                    }
                    steps.append(
                        Consultation(
                            position: index + 1, organization: organization.id, meeting: meeting.id,
                            isPublic: meeting.isPublic, role: role))
                }
                return try await council.savePaper(
                    CouncilPaper(
                        id: 0, number: number, type: type, date: date, dezernat: dezernat, fileReference: fileReference,
                        subject: subject,
                        districtReference: district, signatories: signatories, consultations: steps,
                        attachments: attachments))
            }
            say("Paper \(paper.number): \(paper.subject) (\(paper.consultations.count) steps in its Beratungsfolge).")
        }
    }

    struct ListPapers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "papers", abstract: "List council papers.", discussion: "Example: fortschritt council papers")

        @OptionGroup var common: CommonOptions

        func run() async throws {
            let papers = try await common.withRepositories { _, council in try await council.papers() }
            if papers.isEmpty { say("No papers yet.") }
            for p in papers { say("\(p.number)\t\(p.type)\t\(p.date)\t\(p.subject)") }
        }
    }
}

/// Funding programmes with their phases.
struct FundingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "funding",
        abstract: "Enter and list funding programmes.",
        subcommands: [SetProgramme.self, List.self]
    )

    struct SetProgramme: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Add a funding programme, or replace the one with this name.",
            discussion: """
                Each --phase is NAME:FIRST-LAST:VOLUME:OWNSHARE[:RESOLUTION], amounts in euros (2500000 or\
                 2.500.000,00). \
                The grant is computed; a phase whose own share does not match the rate is flagged in reports.

                Each --allocation is PHASE:MEASURE:AMOUNT: money of a phase for a measure, listed in the report.

                Example: fortschritt funding set "Modellprojekte Smart Cities" --funder "BMI mit KfW" --rate 65\
                 --phase A:2021-2022:2500000:875000:V128/2020 --allocation A:4.1:400000
                """
        )

        @OptionGroup var common: CommonOptions
        @Argument(help: "The programme's name.") var name: String
        @Option(help: "Who funds it.") var funder: String
        @Option(help: "The grant rate in percent, e.g. 65.") var rate: String
        @Option(name: .customLong("phase"), help: "NAME:FIRST-LAST:VOLUME:OWNSHARE[:RESOLUTION] (repeatable).")
        var phases: [String] = []
        @Option(
            name: .customLong("allocation"), help: "PHASE:MEASURE:AMOUNT, money of a phase for a measure (repeatable).")
        var allocations: [String] = []

        func run() async throws {
            guard let grantRate = Rate(rate) else {
                throw CommandFailure("--rate '\(rate)': a percentage from 0 to 100, e.g. 65 or 65,5")
            }
            let parsed = try phases.map { text -> FundingPhase in
                let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                let years = parts.count > 1 ? parts[1].split(separator: "-").compactMap { Int($0) } : []
                guard parts.count >= 4, years.count == 1 || years.count == 2,
                    let volume = Money(parts[2]), let own = Money(parts[3])
                else {
                    throw CommandFailure(
                        "--phase '\(text)': write NAME:FIRST-LAST:VOLUME:OWNSHARE[:RESOLUTION], e.g. "
                            + "A:2021-2022:2500000:875000:V128/2020"
                    )
                }
                return FundingPhase(
                    name: parts[0], firstYear: years[0], lastYear: years.last!, volume: volume, ownShare: own,
                    resolution: parts.count > 4 ? parts[4...].joined(separator: ":") : nil)
            }
            let assigned = try allocations.map { text -> FundingAllocation in
                let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 3, let measure = MeasureNumber(parts[1]), let amount = Money(parts[2]) else {
                    throw CommandFailure("--allocation '\(text)': write PHASE:MEASURE:AMOUNT, e.g. A:1.4:150000")
                }
                return FundingAllocation(phase: parts[0], measure: measure, amount: amount)
            }
            let programme = FundingProgramme(
                name: name, funder: funder, grantRate: grantRate, phases: parsed, allocations: assigned)
            try await common.withRepositories { catalogues, council in
                let strategy = try await common.chosenStrategy(catalogues)
                let catalogue = try await catalogues.catalogue(of: strategy, asOf: nil, knownAt: nil)
                for allocation in assigned where catalogue.measure(allocation.measure) == nil {
                    throw CommandFailure("--allocation: no measure \(allocation.measure) in \(strategy.slug)")
                }
                try await council.saveFundingProgramme(programme, in: strategy)
            }
            say(
                "\(name): \(programme.totalVolume.german) in all, grant \(programme.totalGrant.german), own share "
                    + "\(programme.totalOwnShare.german)."
            )
            for phase in programme.inconsistentPhases {
                say(
                    "Note: in phase \(phase.name) the own share \(phase.ownShare.german) does not match the rate; "
                        + "expected \(phase.volume.times(grantRate.complement).german)."
                )
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List funding programmes.", discussion: "Example: fortschritt funding list")

        @OptionGroup var common: CommonOptions

        func run() async throws {
            let programmes = try await common.withRepositories { catalogues, council in
                try await council.fundingProgrammes(of: try await common.chosenStrategy(catalogues))
            }
            if programmes.isEmpty { say("No funding programmes yet.") }
            for p in programmes {
                say("\(p.name) (\(p.funder), \(p.grantRate.german))")
                for phase in p.phases {
                    say(
                        "  \(phase.name)\t\(phase.years)\t\(phase.volume.german)\tEigenanteil "
                            + "\(phase.ownShare.german)\tZuschuss \(phase.grant.german)\t\(phase.resolution ?? "")"
                    )
                }
                for a in p.allocations { say("  \(a.phase) → \(a.measure)\t\(a.amount.german)") }
            }
        }
    }
}
