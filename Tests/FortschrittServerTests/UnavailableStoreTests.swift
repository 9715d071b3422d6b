import FortschrittDomain
import FortschrittServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A repository whose database is gone: every call fails.
struct UnreachableRepository: CatalogueRepository {
    struct Down: Error {}
    func strategies() async throws -> [Strategy] { throw Down() }
    func createStrategy(_ new: NewStrategy) async throws -> Strategy { throw Down() }
    func departments() async throws -> [Department] { throw Down() }
    func catalogue(of strategy: Strategy, asOf: CalendarDate?, knownAt: RecordedTime?) async throws -> Catalogue {
        throw Down()
    }
    func history(of measure: MeasureNumber, in strategy: Strategy) async throws -> [MeasureEvent] { throw Down() }
    func history(
        of strategy: Strategy, knownAt: RecordedTime?, effectiveAfter: CalendarDate?, through: CalendarDate?,
        kinds: [MeasureChange.Kind]?
    ) async throws -> [MeasureEvent] { throw Down() }
    func lastRecorded(in strategy: Strategy) async throws -> RecordedTime? { throw Down() }
    func update(_ strategy: Strategy, _ plan: @escaping @Sendable (Catalogue) throws -> ChangeSet) async throws
        -> RecordedChanges
    { throw Down() }
    func update(
        _ strategy: Strategy, editing measure: MeasureNumber, seen: Int64,
        _ plan: @escaping @Sendable (Catalogue) throws -> ChangeSet
    ) async throws -> RecordedChanges { throw Down() }
    func defineStatus(_ status: StatusDefinition, in strategy: Strategy, actor: String) async throws { throw Down() }
    func saveDepartment(_ department: Department, actor: String) async throws { throw Down() }
    func labelLog(limit: Int) async throws -> [LabelChange] { throw Down() }
}

extension UnreachableRepository: CouncilRepository {
    func organizations() async throws -> [Organization] { throw Down() }
    func saveOrganization(name: String, classification: String) async throws -> Organization { throw Down() }
    func meetings() async throws -> [Meeting] { throw Down() }
    func saveMeeting(organization: Int64, date: CalendarDate, isPublic: Bool, name: String) async throws -> Meeting {
        throw Down()
    }
    func legislativeTerms() async throws -> [LegislativeTerm] { throw Down() }
    func saveLegislativeTerm(name: String, startDate: CalendarDate, endDate: CalendarDate?) async throws
        -> LegislativeTerm
    { throw Down() }
    func papers() async throws -> [CouncilPaper] { throw Down() }
    func paper(number: String) async throws -> PaperContext? { throw Down() }
    func savePaper(_ paper: CouncilPaper) async throws -> CouncilPaper { throw Down() }
    func fundingProgrammes(of strategy: Strategy) async throws -> [FundingProgramme] { throw Down() }
    func saveFundingProgramme(_ programme: FundingProgramme, in strategy: Strategy) async throws { throw Down() }
    func reportNotes(of strategy: Strategy, report: ReportKey) async throws -> ReportNotes { throw Down() }
    func saveReportNotes(_ notes: ReportNotes, of strategy: Strategy, report: ReportKey) async throws { throw Down() }
    func publishedReports(of strategy: Strategy) async throws -> [PublishedReport] { throw Down() }
    func lastPublished(in strategy: Strategy) async throws -> RecordedTime? { throw Down() }
    func publishedReport(id: Int64) async throws -> PublishedReport? { throw Down() }
    func publish(_ report: NewPublishedReport) async throws -> PublishedReport { throw Down() }
    func publishedDocument(report id: Int64, format: String) async throws -> Data? { throw Down() }
    func publishedDecisionTables() async throws -> [PublishedDecisionTable] { throw Down() }
    func publish(_ table: NewPublishedDecisionTable) async throws -> PublishedDecisionTable { throw Down() }
    func publishedDocument(decisionTable id: Int64, format: String) async throws -> Data? { throw Down() }
}

extension UnreachableRepository: AccountRepository {
    func accounts() async throws -> [Account] { throw Down() }
    func account(id: Account.ID) async throws -> Account? { throw Down() }
    func credentials(email: String) async throws -> (account: Account, passwordHash: String)? { throw Down() }
    func create(_ account: NewAccount, passwordHash: String, actor: String) async throws -> Account { throw Down() }
    func update(_ account: Account, actor: String) async throws { throw Down() }
    func setPassword(of account: Account.ID, hash: String, actor: String) async throws { throw Down() }
    func accountLog(limit: Int) async throws -> [AccountLogEntry] { throw Down() }
    func loginFailures(key: String) async throws -> (failures: Int, lastFailure: Int64)? { throw Down() }
    func admitSignIn(keys: [String], throttle: LoginThrottle, at now: Int64, lockNotice: MailMessage?) async throws
        -> LoginThrottle.Verdict
    {
        throw Down()
    }
    func signInSucceeded(clearing: [String], takingBack: [String], remembering: String, admittedAt: Int64)
        async throws
    { throw Down() }
    func signedInBefore(_ key: String, now: Int64) async throws -> Bool { throw Down() }
    func serverSecret(named name: String, proposing proposed: String) async throws -> String { throw Down() }
}

extension UnreachableRepository: SessionStore {
    func create(key: String, value: String, account: Int64?, expiresIn: Int64?) async throws -> Bool { throw Down() }
    func set(key: String, value: String, account: Int64?, expiresIn: Int64?) async throws { throw Down() }
    func get(key: String) async throws -> (value: String, remaining: Int64?)? { throw Down() }
    func remove(key: String) async throws { throw Down() }
    func sweep() async throws -> Int { throw Down() }
}

extension UnreachableRepository: WorkspaceRepository {
    func openRound(in strategy: Strategy, dueOn: CalendarDate, actor: String) async throws -> UpdateRound {
        throw Down()
    }
    func closeRound(_ round: UpdateRound.ID, actor: String) async throws { throw Down() }
    func currentRound(in strategy: Strategy) async throws -> UpdateRound? { throw Down() }
    func confirm(_ measure: MeasureNumber, in round: UpdateRound, actor: String) async throws { throw Down() }
    func confirmations(in round: UpdateRound) async throws -> [RoundConfirmation] { throw Down() }
    func lastEvents(in strategy: Strategy) async throws -> [MeasureNumber: (actor: String, at: RecordedTime)] {
        throw Down()
    }
    func addNote(_ text: String, to measure: MeasureNumber, in strategy: Strategy, actor: String) async throws {
        throw Down()
    }
    func notes(of measure: MeasureNumber, in strategy: Strategy) async throws -> [MeasureNote] { throw Down() }
}

@Suite struct UnavailableStoreTests {
    @Test func healthSaysTheDatabaseIsDownAndErrorsRevealNoInternals() async throws {
        let app = Application(
            router: buildRouter(
                Repositories(
                    catalogues: UnreachableRepository(), council: UnreachableRepository(),
                    accounts: UnreachableRepository(),
                    workspace: UnreachableRepository(), sessions: UnreachableRepository(),
                    mail: UnreachableRepository(),
                    texts: UnreachableRepository(), participants: UnreachableRepository(),
                    contributions: UnreachableRepository(), moderation: UnreachableRepository(),
                    decisions: UnreachableRepository(), events: UnreachableRepository(),
                    reviews: UnreachableRepository(), datasets: UnreachableRepository(),
                    applications: UnreachableRepository(), indicators: UnreachableRepository())))
        try await app.test(.router) { client in
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .serviceUnavailable)
            #expect(health.headers[.contentType] == "application/problem+json")
            let list = try await client.execute(uri: "/api/v1/measures", method: .get)
            #expect(list.status == .internalServerError)
            #expect(!String(buffer: list.body).contains("Down"))
            // Bad parameters are still the client's fault, checked before the store is asked.
            #expect(try await client.execute(uri: "/api/v1/measures?colour=red", method: .get).status == .badRequest)
        }
    }
}

extension UnreachableRepository: MailOutbox {
    func claimNext(now: RecordedTime, leaseSeconds: Int64) async throws -> QueuedMail? { throw Down() }
    func delivered(_ id: QueuedMail.ID, at time: RecordedTime) async throws { throw Down() }
    func failed(_ id: QueuedMail.ID, error: String, at time: RecordedTime) async throws { throw Down() }
    func recent(limit: Int) async throws -> [QueuedMail] { throw Down() }
}

extension UnreachableRepository: TextRepository {
    func versions(of strategy: Strategy) async throws -> [TextVersion] { throw Down() }
    func version(number: Int, of strategy: Strategy) async throws -> TextVersion? { throw Down() }
    func lastPublished(of strategy: Strategy) async throws -> RecordedTime? { throw Down() }
    func usedBlockIDs(of strategy: Strategy) async throws -> Set<BlockID> { throw Down() }
    func saveDraft(_ draft: DraftText, of strategy: Strategy, actor: String, dryRun: Bool) async throws
        -> BlockMatching
    { throw Down() }
    func publishDraft(
        of strategy: Strategy, phase: DiscussionPhase, actor: String, notice: CommentFateNotice?
    ) async throws -> TextVersion {
        throw Down()
    }
    func blocks(serving measure: MeasureNumber, of catalogue: Strategy) async throws -> [ServedGoal] { throw Down() }
}

extension UnreachableRepository: ParticipantRepository {
    func register(
        _ registration: Registration, passwordHash: String, tokenHash: String, at time: RecordedTime,
        confirmation: MailMessage?, alreadyRegistered: MailMessage?
    ) async throws { throw Down() }
    func confirm(tokenHash: String, at time: RecordedTime) async throws -> Participant? { throw Down() }
    func participant(id: Participant.ID) async throws -> Participant? { throw Down() }
    func follow(
        _ target: Follow.Target, frequency: Follow.Frequency, by id: Participant.ID, at time: RecordedTime
    ) async throws { throw Down() }
    func unfollow(_ target: Follow.Target, by id: Participant.ID, at time: RecordedTime) async throws { throw Down() }
    func follows(of id: Participant.ID) async throws -> [Follow] { throw Down() }
    func stopAllMail(_ id: Participant.ID, at time: RecordedTime) async throws { throw Down() }
    func notifyFollowers(at time: RecordedTime, mails: FollowMails) async throws -> FollowRun { throw Down() }
    func participant(email: String) async throws -> Participant? { throw Down() }
    func credentials(email: String) async throws -> (participant: Participant, passwordHash: String)? {
        throw Down()
    }
    func expireUnconfirmed(at time: RecordedTime) async throws -> Int { throw Down() }
    func export(_ id: Participant.ID) async throws -> ParticipantData? { throw Down() }
    func erase(_ id: Participant.ID, withdrawingContributions: Bool, at time: RecordedTime) async throws {
        throw Down()
    }
}

extension UnreachableRepository: ContributionRepository {
    func comment(
        on version: TextVersion, anchor: QuoteAnchor, replyTo: Contribution.ID?, text: String,
        by participant: Participant, today: CalendarDate, at time: RecordedTime, notices: ContributionNotices?
    ) async throws -> Contribution { throw Down() }
    func participantCount(of version: TextVersion) async throws -> Int { throw Down() }
    func channelCounts(of version: TextVersion) async throws -> [ContributionChannel: Int] { throw Down() }
    func takeBack(
        segment: Contribution.ID, on version: TextVersion, reason: String, actor: String, at time: RecordedTime
    ) async throws { throw Down() }
    func enter(
        _ entry: EnteredContribution, on version: TextVersion, events: [DiscussionEvent], actor: String,
        today: CalendarDate, at time: RecordedTime
    ) async throws -> Contribution { throw Down() }
    func agree(
        _ agreement: Agreement, on version: TextVersion, block: BlockID, by participant: Participant,
        today: CalendarDate, at time: RecordedTime
    ) async throws { throw Down() }
    func contributions(to version: TextVersion, block: BlockID?) async throws -> [BlockID: BlockContributions] {
        throw Down()
    }
    func contribution(id: Contribution.ID) async throws -> Contribution? { throw Down() }
    func segment(_ segment: NewSegment, on version: TextVersion, actor: String, at time: RecordedTime) async throws
        -> Contribution
    { throw Down() }
    func tallies(of version: TextVersion) async throws -> [BlockID: BlockTally] { throw Down() }
    func agreements(of participant: Participant.ID, on version: TextVersion) async throws -> [BlockID: Agreement] {
        throw Down()
    }
    func lastChanges() async throws -> [Strategy.ID: [Int: RecordedTime]] { throw Down() }
    func earlierComments(on version: TextVersion, block: BlockID?) async throws
        -> [BlockID: [(Contribution, CommentFate)]]
    {
        throw Down()
    }
}

extension UnreachableRepository: ModerationRepository {
    func report(_ contribution: Contribution.ID, reason: String, by reporter: Reporter, at time: RecordedTime)
        async throws
    { throw Down() }
    func moderate(
        _ contribution: Contribution.ID, _ action: ModerationAction, by moderator: Account, notice: MailMessage?,
        at time: RecordedTime
    ) async throws { throw Down() }
    func queue(_ queue: ModerationQueue, limit: Int) async throws -> [ModerationItem] { throw Down() }
    func item(_ contribution: Contribution.ID) async throws -> ModerationItem? { throw Down() }
    func participants(named: String, limit: Int) async throws -> [ParticipantEntry] { throw Down() }
    func setBadge(
        _ badge: Participant.Badge?, of participant: Participant.ID, by moderator: Account, at time: RecordedTime
    ) async throws { throw Down() }
}

extension UnreachableRepository: DecisionRepository {
    func prepare(
        _ decision: Decision, for contributions: [Contribution.ID], on version: TextVersion, versions: [TextVersion],
        actor: String, at time: RecordedTime
    ) async throws { throw Down() }
    func publish(
        version: TextVersion, reviewed: [Contribution.ID: RecordedTime]?, actor: String, at time: RecordedTime,
        notice: @escaping @Sendable (Contribution, Decision) -> MailMessage?
    ) async throws -> Int { throw Down() }
    func schedule(
        version: TextVersion, reviewed: [Contribution.ID: RecordedTime], publishAt: RecordedTime, actor: String,
        at time: RecordedTime
    ) async throws -> ScheduledPublication.ID { throw Down() }
    func schedules(on version: TextVersion) async throws -> [ScheduledPublication] { throw Down() }
    func cancelSchedule(_ id: ScheduledPublication.ID, on version: TextVersion, actor: String, at time: RecordedTime)
        async throws
    { throw Down() }
    func publishDue(at time: RecordedTime, notice: @escaping @Sendable (Contribution, Decision) -> MailMessage?)
        async throws -> Int
    { throw Down() }
    func decisions(on version: TextVersion) async throws -> [Contribution.ID: DecisionRecord] { throw Down() }
    func applied(in version: TextVersion) async throws -> [BlockID: [(Contribution, Decision)]] { throw Down() }
    func adopt(
        _ version: TextVersion, on date: CalendarDate, strategyVersions: [TextVersion], actor: String,
        at time: RecordedTime
    ) async throws { throw Down() }
    func adoptions(of strategy: Strategy.ID) async throws -> [Int: CalendarDate] { throw Down() }
    func lastChange() async throws -> RecordedTime? { throw Down() }
    func unsettledCount(on version: TextVersion) async throws -> Int { throw Down() }
    func outcomeCounts(on version: TextVersion) async throws -> [ContributionChannel: [Decision.Outcome: Int]] {
        throw Down()
    }
}

extension UnreachableRepository: EventRepository {
    func record(_ event: DiscussionEvent, strategy: Strategy.ID, actor: String, at time: RecordedTime) async throws {
        throw Down()
    }
    func correct(
        _ event: DiscussionEvent, reason: String, strategy: Strategy.ID, actor: String, at time: RecordedTime
    ) async throws { throw Down() }
    func events(of strategy: Strategy.ID) async throws -> [DiscussionEvent] { throw Down() }
    // lastChange(): the one of DecisionRepository serves here too.
}

extension UnreachableRepository: ApplicationRepository {
    func applications() async throws -> [DataApplication] { throw Down() }
    func application(slug: String) async throws -> (application: DataApplication, version: Int)? { throw Down() }
    func save(_ application: DataApplication, version: Int?, reason: String, actor: String, at time: RecordedTime)
        async throws -> Int
    { throw Down() }
    func findings(of slug: String?) async throws -> [Finding] { throw Down() }
    func addFinding(to slug: String, text: String, question: String, actor: String, at time: RecordedTime)
        async throws -> Finding.ID
    { throw Down() }
    func putToDiscussion(
        _ finding: Finding.ID, version: TextVersion, block: BlockID, actor: String, today: CalendarDate,
        at time: RecordedTime
    ) async throws -> Contribution.ID { throw Down() }
}

extension UnreachableRepository: ReviewRepository {
    func submit(_ review: ExpertReview, on version: TextVersion, by expert: Account, at time: RecordedTime)
        async throws -> ExpertReview
    { throw Down() }
    func reviews(on version: TextVersion, publishedOnly: Bool) async throws -> [ExpertReview] { throw Down() }
    func publish(_ ids: [ExpertReview.ID], on version: TextVersion, by admin: Account, at time: RecordedTime)
        async throws -> Int
    { throw Down() }
    func lastPublished() async throws -> RecordedTime? { throw Down() }
}

extension UnreachableRepository: DatasetRepository {
    func datasets(publicOnly: Bool) async throws -> [Dataset] { throw Down() }
    func dataset(slug: String, publicOnly: Bool) async throws -> (dataset: Dataset, version: Int)? { throw Down() }
    func history(of slug: String) async throws -> [DatasetEvent] { throw Down() }
    func harvestPage(offset: Int, limit: Int) async throws -> HarvestPage { throw Down() }
    func save(_ dataset: Dataset, version: Int?, reason: String, actor: String, at time: RecordedTime) async throws
        -> Int
    { throw Down() }
    // lastChange(): the one of DecisionRepository serves here too.
}

extension UnreachableRepository: IndicatorRepository {
    func indicators() async throws -> [Indicator] { throw Down() }
    func indicator(slug: String) async throws -> (indicator: Indicator, version: Int)? { throw Down() }
    func save(_ indicator: Indicator, version: Int?, reason: String, actor: String, at time: RecordedTime)
        async throws -> Int
    { throw Down() }
    func valueEvents(of slug: String?) async throws -> [IndicatorValueEvent] { throw Down() }
    func importValues(
        _ rows: [IndicatorImportRow], reason: String, actor: String, at time: RecordedTime, dryRun: Bool
    ) async throws -> IndicatorImportPlan { throw Down() }
    func withdraw(_ key: IndicatorValue.Key, reason: String, actor: String, at time: RecordedTime) async throws {
        throw Down()
    }
}
