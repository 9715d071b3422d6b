import FortschrittDomain
import Foundation

/// The Mannheim digital strategy with its published catalogue, so that a newcomer sees real data at once.
public enum DemoData {
    public static let strategy = NewStrategy(
        slug: "digitalstrategie",
        title: "Digitalisierungsstrategie der Stadt Mannheim",
        body: "Stadt Mannheim",
        adoptedOn: CalendarDate(year: 2019, month: 3, day: 12)
    )

    /// Department names the council paper V111/2021 gives; the others keep their code as name.
    public static let departments = [
        Department(code: "FB 11", name: "Organisation und Personal"),
        Department(code: "FB 12", name: "Informationstechnologie"),
        Department(code: "FB 20", name: "Stadtkämmerei"),
    ]

    public static let catalogueFile = "mannheim-massnahmenkatalog-2020-12.csv"
    /// The Mannheim measure catalogue, Stand Dezember 2020 (public; see docs/demo-data.md), as the
    /// city keeps it: a resource file, byte for byte the one in `shared/data`.
    public static let catalogueCSV: Data = {
        guard let url = Bundle.module.url(forResource: "mannheim-massnahmenkatalog-2020-12", withExtension: "csv"),
            let data = try? Data(contentsOf: url)
        else { return Data() }
        return data
    }()

    /// Seeds an empty database; does nothing (and returns false) where any strategy exists.
    @discardableResult
    public static func seed(_ repository: some CatalogueRepository, actor: String = "demo") async throws -> Bool {
        guard try await repository.strategies().isEmpty else { return false }
        let strategy = try await repository.createStrategy(Self.strategy)
        for department in departments { try await repository.saveDepartment(department, actor: actor) }
        let file = try CatalogueImport(data: catalogueCSV, file: catalogueFile)
        let options = CatalogueImport.Options(
            actor: actor, changesEffective: CalendarDate(year: 2020, month: 12, day: 31)!)
        try await repository.update(strategy) { current in try file.plan(against: current, options: options) }
        return true
    }

    /// The reference paper V111/2021 with its Beratungsfolge, and the funding programme it reports.
    public static func seedCouncil(_ council: some CouncilRepository, strategy: Strategy) async throws {
        let committee = try await council.saveOrganization(name: "Hauptausschuss", classification: "Ausschuss")
        let councilBody = try await council.saveOrganization(name: "Gemeinderat", classification: "Hauptorgan")
        let first = try await council.saveMeeting(
            organization: committee.id, date: CalendarDate(year: 2021, month: 3, day: 9)!, isPublic: true,
            name: "Sitzung des Hauptausschusses")
        let second = try await council.saveMeeting(
            organization: councilBody.id, date: CalendarDate(year: 2021, month: 3, day: 16)!, isPublic: true,
            name: "Sitzung des Gemeinderats")
        _ = try await council.savePaper(
            CouncilPaper(
                id: 0, number: "V111/2021", type: "Informationsvorlage",
                date: CalendarDate(year: 2021, month: 2, day: 23)!,
                dezernat: "Dezernat I", fileReference: "12.3",
                subject: "Digitalisierungsstrategie der Stadt Mannheim – Aktueller Umsetzungsstand",
                districtReference: "00 stadtweit", signatories: ["Dr. Kurz", "Specht"],
                consultations: [
                    Consultation(
                        position: 1, organization: committee.id, meeting: first.id, isPublic: true, role: .information),
                    Consultation(
                        position: 2, organization: councilBody.id, meeting: second.id, isPublic: true,
                        role: .information),
                ],
                attachments: ["Anlage 1: Maßnahmenkatalog Stand Dezember 2020"]))
        try await council.saveFundingProgramme(
            FundingProgramme(
                name: "Modellprojekte Smart Cities", funder: "Bundesministerium des Innern (BMI) mit KfW",
                grantRate: Rate(percent: 65),
                phases: [
                    FundingPhase(
                        name: "A", firstYear: 2021, lastYear: 2022, volume: Money(euros: 2_500_000),
                        ownShare: Money(euros: 875_000),
                        resolution: "V128/2020", resolutionDate: CalendarDate(year: 2020, month: 4, day: 2)),
                    FundingPhase(
                        name: "B", firstYear: 2023, lastYear: 2027, volume: Money(euros: 15_699_920),
                        ownShare: Money(euros: 5_494_972),
                        resolution: "V725/2020"),
                ]), in: strategy)
    }
}

extension DemoData {
    /// A second strategy with a text and no catalogue: the Smart City strategy the paper's section 7
    /// announces, as clearly marked sample text.
    public static let smartCity = NewStrategy(
        slug: "smart-city", title: "Smart-City-Strategie Mannheim (Beispiel)", body: "Stadt Mannheim (Beispieldaten)")

    static func resource(_ name: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: "md"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return "" }
        return text
    }

    /// Two published versions of the sample text, the first discussed months ago, the second open
    /// for discussion around `today`; its measures are those of `catalogue`. Does nothing where the
    /// strategy exists.
    @discardableResult
    public static func seedText(
        _ catalogues: some CatalogueRepository, _ texts: some TextRepository, catalogue: Strategy,
        today: CalendarDate, discussion: DemoDiscussion? = nil,
        actor: String = "demo"
    ) async throws -> Strategy? {
        guard try await !catalogues.strategies().contains(where: { $0.slug == smartCity.slug }) else { return nil }
        let strategy = try await catalogues.createStrategy(smartCity)
        let versions = [
            ("Smart-City-Strategie, Fassung zur Diskussion", resource("smart-city-fassung-1"), "", -120, -60),
            (
                "Smart-City-Strategie, zweite Fassung", resource("smart-city-fassung-2"),
                "Ergebnisse der ersten Beteiligung eingearbeitet.", -7, 60
            ),
        ]
        var sample: [Contribution] = []
        var published: [TextVersion] = []
        for (index, (title, markdown, note, opens, closes)) in versions.enumerated() {
            try await texts.saveDraft(
                DraftText(title: title, markdown: markdown, note: note, catalogue: catalogue.id), of: strategy,
                actor: actor, dryRun: false)
            let version = try await texts.publishDraft(
                of: strategy,
                phase: try DiscussionPhase(opensOn: today.adding(days: opens), closesOn: today.adding(days: closes)),
                actor: actor)
            published.append(version)
            if index == 0, let discussion {
                sample = try await seedDiscussion(on: version, discussion, day: today.adding(days: opens + 3))
            }
        }
        if let discussion, sample.count == 5, let first = published.first {
            try await discussion.events.record(
                DiscussionEvent(
                    id: 0, version: 1, heldOn: today.adding(days: -90), format: .citizensForum,
                    place: "Stadtbibliothek, Dalbergplatz (Beispiel)", attendees: 45,
                    minutes:
                        "Vorgestellt wurde die erste Fassung. Gefragt wurde vor allem nach der *Ethikkommission*.\n\n"
                        + "Ergebnis: Die Leitung soll vom Gemeinderat bestätigt werden (Beispiel)."),
                strategy: strategy.id, actor: actor, at: .now())
            let entered = try await seedEntries(
                on: first, discussion, events: try await discussion.events.events(of: strategy.id), today: today,
                actor: actor)
            try await seedDecisions(on: published, sample + entered, discussion.decisions, actor: actor)
            if let reviews = discussion.reviews {
                try await seedReviews(on: published, reviews, accounts: discussion.accounts)
            }
        }
        return strategy
    }

    /// Comments on the first version that the second one answers in three ways: a corrected name
    /// (text changed), a removed paragraph (earlier version), an unchanged one; a reply; agreement.
    @discardableResult
    static func seedDiscussion(on version: TextVersion, _ discussion: DemoDiscussion, day: CalendarDate) async throws
        -> [Contribution]
    {
        let (participants, contributions) = (discussion.participants, discussion.contributions)
        let time = RecordedTime(microseconds: (day.daysSinceEpoch * 86_400 + 10 * 3_600) * 1_000_000)
        var people: [Participant] = []
        for (email, name, publish) in [
            ("beispiel-1@example.invalid", "Robin aus Neckarstadt (Beispiel)", true),
            ("beispiel-2@example.invalid", "Beispielverein Klimaschutz", true),
            ("beispiel-3@example.invalid", "ohne Namen", false),
        ] {
            let registration = Registration(
                email: email, displayName: name, consentToProcess: true, consentToPublish: publish)
            // No password and no mail: the sample participants cannot sign in.
            try await participants.register(
                registration, passwordHash: "-", tokenHash: "demo-\(email)", at: time, confirmation: nil,
                alreadyRegistered: nil)
            if let confirmed = try await participants.confirm(tokenHash: "demo-\(email)", at: time) {
                people.append(confirmed)
            }
        }
        guard people.count == 3, let ethics = BlockID("ethikpruefung").flatMap(version.block),
            let forum = BlockID("buergerforum").flatMap(version.block),
            let sovereignty = BlockID("hoheit-ueber-daten").flatMap(version.block)
        else { return [] }
        let question = try await contributions.comment(
            on: version, anchor: try QuoteAnchor(version: version.number, block: ethics, quoting: "Robin Weber"),
            replyTo: nil, text: "Wer hat die Leitung der Kommission ausgewählt?", by: people[0], today: day, at: time)
        let reply = try await contributions.comment(
            on: version, anchor: QuoteAnchor(version: version.number, block: ethics.id), replyTo: question.id,
            text: "Das sollte der Gemeinderat entscheiden.", by: people[1], today: day, at: time)
        let online = try await contributions.comment(
            on: version, anchor: QuoteAnchor(version: version.number, block: forum.id), replyTo: nil,
            text: "Bitte das Forum auch im Netz übertragen.", by: people[2], today: day, at: time)
        let contracts = try await contributions.comment(
            on: version, anchor: try QuoteAnchor(version: version.number, block: sovereignty, quoting: "Verträge"),
            replyTo: nil, text: "Gilt das auch für bestehende Verträge?", by: people[1], today: day, at: time)
        for person in people {
            try await contributions.agree(.agree, on: version, block: sovereignty.id, by: person, today: day, at: time)
        }
        try await contributions.agree(.disagree, on: version, block: forum.id, by: people[0], today: day, at: time)
        // One contribution hidden by a moderator (a sample account that cannot sign in), with its reason.
        let hidden = try await contributions.comment(
            on: version, anchor: QuoteAnchor(version: version.number, block: forum.id), replyTo: nil,
            text: "Fragen Sie doch Herrn Beispiel, Telefon 0621 000000 (Beispiel).", by: people[0], today: day,
            at: time)
        let moderator = try await discussion.accounts.create(
            NewAccount(email: "moderation@example.invalid", name: "Moderation (Beispiel)", role: .moderator),
            passwordHash: "-", actor: "demo")
        try await discussion.moderation.moderate(
            hidden.id, .hide(reason: "Enthielt persönliche Daten einer Privatperson (Beispiel)."), by: moderator,
            notice: nil, at: time)
        try await discussion.moderation.setBadge(.organisation, of: people[1].id, by: moderator, at: time)
        return [question, reply, online, contracts, hidden]
    }

    /// Contributions that came by letter (one from an organisation, one from a private person, who
    /// stays unnamed) and at the Bürgerforum, as the strategy office enters them.
    static func seedEntries(
        on version: TextVersion, _ discussion: DemoDiscussion, events: [DiscussionEvent], today: CalendarDate,
        actor: String
    ) async throws -> [Contribution] {
        guard let heat = BlockID("klimaresilienz").flatMap(version.block), let open = BlockID("offene-daten"),
            let forum = BlockID("buergerforum"), let event = events.first(where: { $0.version == version.number })
        else { return [] }
        let letter = today.adding(days: -100)
        let entries = [
            EnteredContribution(
                source: ContributionSource(
                    channel: .letter, source: "Brief vom \(letter.german) (Beispiel)", receivedOn: letter),
                anchor: try QuoteAnchor(version: version.number, block: heat, quoting: "Hitzekarte"),
                text: "Die Hitzekarte sollte auch kühle Orte für ältere Menschen zeigen, etwa klimatisierte "
                    + "öffentliche Räume, und sagen, wo zuerst gepflanzt wird.",
                organisation: "Seniorenrat (Beispiel)"),
            EnteredContribution(
                source: ContributionSource(
                    channel: .letter, source: "Brief vom \(today.adding(days: -95).german) (Beispiel)",
                    receivedOn: today.adding(days: -95)),
                anchor: QuoteAnchor(version: version.number, block: open),
                text: "Bitte die offenen Daten auch in der Stadtbibliothek zugänglich machen, für Menschen ohne "
                    + "Internet.",
                organisation: nil),
            EnteredContribution(
                source: ContributionSource(
                    channel: .event, source: "Wortmeldung im Bürgerforum (Beispiel)", receivedOn: event.heldOn,
                    event: event.id),
                anchor: QuoteAnchor(version: version.number, block: forum),
                text: "Das Bürgerforum sollte in jedem Stadtteil stattfinden, nicht nur im Stadthaus.",
                organisation: nil),
        ]
        var stored: [Contribution] = []
        for entry in entries {
            stored.append(
                try await discussion.contributions.enter(
                    entry, on: version, events: events, actor: actor, today: today, at: .now()))
        }
        return stored
    }

    /// An invited expert's reviews: of the first version as a whole, published; of a block of the
    /// second, still internal (the public sees nothing of it).
    static func seedReviews(
        on versions: [TextVersion], _ reviews: any ReviewRepository, accounts: any AccountRepository
    )
        async throws
    {
        guard versions.count == 2, let ethics = BlockID("ethikpruefung") else { return }
        // No password: the sample expert cannot sign in.
        let expert = try await accounts.create(
            NewAccount(email: "expertin@example.invalid", name: "Dr. Beispiel, Datenethik (Beispiel)", role: .expert),
            passwordHash: "-", actor: "demo")
        let office = Account(id: 0, email: "demo", name: "demo", role: .admin)
        let published = try await reviews.submit(
            ExpertReview(
                version: 1, block: nil, acceptance: 4, practicality: 3,
                reason: "Die Ziele sind verständlich; für die Ethikprüfung fehlen Personal und Fristen (Beispiel)."),
            on: versions[0], by: expert, at: .now())
        _ = try await reviews.publish([published.id], on: versions[0], by: office, at: .now())
        _ = try await reviews.submit(
            ExpertReview(
                version: 2, block: ethics, acceptance: 4, practicality: 2,
                reason: "Interne Notiz: Die Bestätigung durch den Gemeinderat verzögert die Prüfung (Beispiel)."),
            on: versions[1], by: expert, at: .now())
    }

    /// The city's decisions on the first version's contributions, applied in the second, published.
    static func seedDecisions(
        on versions: [TextVersion], _ sample: [Contribution], _ decisions: any DecisionRepository, actor: String
    ) async throws {
        guard let first = versions.first else { return }
        func place(_ block: String) -> Decision.Place? {
            BlockID(block).map { Decision.Place(version: 2, block: $0) }
        }
        let time = RecordedTime.now()
        let decided: [(Contribution, Decision)] = [
            (
                sample[0],
                Decision(
                    outcome: .partlyAdopted,
                    reason: "Der Gemeinderat bestätigt künftig die Leitung; der Name ist berichtigt (Beispiel).",
                    appliedIn: place("ethikpruefung"))
            ),
            (sample[1], Decision(outcome: .adopted, reason: "", appliedIn: place("ethikpruefung"))),
            (
                sample[2],
                Decision(
                    outcome: .partlyAdopted,
                    reason: "Statt eines Forums vor Ort steht jede Fassung online zur Diskussion (Beispiel).",
                    appliedIn: place("jeder-beitrag"))
            ),
            (
                sample[3],
                Decision(
                    outcome: .noted,
                    reason: "Bestehende Verträge werden bei ihrer Verlängerung angepasst (Beispiel).", appliedIn: nil)
            ),
            (
                sample[4],
                Decision(outcome: .noted, reason: "Ausgeblendet, weil er persönliche Daten enthielt.", appliedIn: nil)
            ),
        ]
        // The contributions entered from letters and the Bürgerforum, when the demo has them.
        let enteredDecisions = [
            Decision(
                outcome: .partlyAdopted,
                reason: "Die Hitzekarte zeigt nun, wo zuerst gepflanzt wird; kühle Orte folgen (Beispiel).",
                appliedIn: place("klimaresilienz")),
            Decision(
                outcome: .noted, reason: "Die Stadtbibliothek bietet Zugang zum Datenportal an (Beispiel).",
                appliedIn: nil),
            Decision(
                outcome: .notAdopted,
                reason: "Ein Forum je Stadtteil übersteigt die Mittel; jede Fassung steht online (Beispiel).",
                appliedIn: nil),
        ]
        let all = decided + zip(sample.dropFirst(5), enteredDecisions).map { ($0, $1) }
        for (contribution, decision) in all {
            try await decisions.prepare(
                decision, for: [contribution.id], on: first, versions: versions, actor: actor, at: time)
        }
        _ = try await decisions.publish(version: first, reviewed: nil, actor: actor, at: time) { _, _ in nil }
    }
}

extension DemoData {
    /// The sample paper with which the council gets the Abwägungstabelle of the sample text's first
    /// version, for its next meeting (three weeks after `today`).
    public static func seedDecisionPaper(_ council: some CouncilRepository, today: CalendarDate) async throws
        -> CouncilPaper
    {
        let councilBody = try await council.saveOrganization(name: "Gemeinderat", classification: "Hauptorgan")
        let meeting = try await council.saveMeeting(
            organization: councilBody.id, date: today.adding(days: 21), isPublic: true,
            name: "Sitzung des Gemeinderats")
        let date = today.adding(days: -14)
        return try await council.savePaper(
            CouncilPaper(
                id: 0, number: "V900/\(date.year)", type: "Beschlussvorlage", date: date, dezernat: "Dezernat I",
                fileReference: "12.3",
                subject: "Smart-City-Strategie Mannheim (Beispiel) – Abwägung der Beiträge zur ersten Fassung",
                districtReference: "00 stadtweit", signatories: [],
                consultations: [
                    Consultation(
                        position: 1, organization: councilBody.id, meeting: meeting.id, isPublic: true,
                        role: .decision)
                ],
                attachments: ["Anlage: Abwägungstabelle zur ersten Fassung"]))
    }
}

/// The repositories the demo's sample discussion is written through.
public struct DemoDiscussion: Sendable {
    public var participants: any ParticipantRepository
    public var contributions: any ContributionRepository
    public var moderation: any ModerationRepository
    public var accounts: any AccountRepository
    public var decisions: any DecisionRepository
    public var events: any EventRepository
    public var reviews: (any ReviewRepository)?

    public init(
        participants: any ParticipantRepository, contributions: any ContributionRepository,
        moderation: any ModerationRepository, accounts: any AccountRepository, decisions: any DecisionRepository,
        events: any EventRepository, reviews: (any ReviewRepository)? = nil
    ) {
        self.reviews = reviews
        self.decisions = decisions
        self.events = events
        self.participants = participants
        self.contributions = contributions
        self.moderation = moderation
        self.accounts = accounts
    }
}
