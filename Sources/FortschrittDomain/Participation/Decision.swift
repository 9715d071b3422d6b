/// What the city decided about a contribution (the Abwägung): an outcome, the reason, and where it
/// was applied. Prepared internally, then published together with the version's other decisions.
public struct Decision: Hashable, Sendable {
    public enum Outcome: String, Hashable, Sendable, CaseIterable {
        case open
        case inReview = "in-review"
        case adopted
        case partlyAdopted = "partly-adopted"
        case notAdopted = "not-adopted"
        case noted

        /// Outcomes that settle a contribution; `open` and `inReview` do not.
        public var isSettled: Bool { self != .open && self != .inReview }

        /// The colour charts give it, from the status kinds, whose contrast on white is checked.
        public var chartKind: StatusKind {
            switch self {
            case .open: .planned
            case .inReview: .active
            case .adopted: .done
            case .partlyAdopted: .handedOver
            case .notAdopted: .discarded
            case .noted: .delayed
            }
        }
    }

    /// The block of a later version the contribution was applied in.
    public struct Place: Hashable, Sendable {
        public var version: Int
        public var block: BlockID

        public init(version: Int, block: BlockID) {
            self.version = version
            self.block = block
        }
    }

    public var outcome: Outcome
    public var reason: String
    public var appliedIn: Place?

    public init(outcome: Outcome, reason: String, appliedIn: Place?) {
        self.outcome = outcome
        self.reason = reason
        self.appliedIn = appliedIn
    }
}

/// A contribution's decision as staff prepared it and as it was last published.
public struct DecisionRecord: Hashable, Sendable {
    public var contribution: Contribution.ID
    public var prepared: Decision
    public var preparedBy: String
    public var preparedAt: RecordedTime
    /// What the public sees; nil until published.
    public var published: Decision?
    public var publishedAt: RecordedTime?

    public init(
        contribution: Contribution.ID, prepared: Decision, preparedBy: String, preparedAt: RecordedTime,
        published: Decision?, publishedAt: RecordedTime?
    ) {
        self.contribution = contribution
        self.prepared = prepared
        self.preparedBy = preparedBy
        self.preparedAt = preparedAt
        self.published = published
        self.publishedAt = publishedAt
    }

    /// Prepared, and not (or not so) published yet.
    public var awaitsPublication: Bool { published != prepared }
}

/// The rules of deciding: a reason for every outcome but `adopted` (at most 5,000 characters), and
/// a place of application that is a block of a later version of the same strategy.
public enum DecisionRules {
    public static let reasonLimit = 5_000

    public static func checked(
        _ decision: Decision, on contribution: Contribution, versions: [TextVersion]
    ) throws(RuleViolation) -> Decision {
        var checked = decision
        checked.reason = decision.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try Input.text(checked.reason, "begruendung", limit: reasonLimit, multiline: true)
        if checked.reason.isEmpty, decision.outcome != .adopted {
            throw RuleViolation("begruendung", .decisionNeedsReason)
        }
        if let place = decision.appliedIn {
            guard place.version > contribution.anchor.version,
                let version = versions.first(where: { $0.number == place.version }), version.block(place.block) != nil
            else { throw RuleViolation("umgesetzt", .noSuchPlace("\(place.version)/\(place.block.text)")) }
        }
        return checked
    }
}

/// Where decisions are kept. Preparing and publishing are events in an append-only history.
public protocol DecisionRepository: Sendable {
    /// Prepares (or changes) the decisions of these contributions of the version, checked inside the
    /// write against the strategy's published `versions` (where it may have been applied).
    func prepare(
        _ decision: Decision, for contributions: [Contribution.ID], on version: TextVersion, versions: [TextVersion],
        actor: String, at time: RecordedTime
    ) async throws
    /// Publishes the prepared decisions of the version's contributions not yet published as they
    /// stand — only those `reviewed` names as prepared at the given time (nil: all), so that what is
    /// published is what the publisher saw; `notice` makes each author's mail (nil: none), queued in
    /// the same write. Returns how many were published.
    func publish(
        version: TextVersion, reviewed: [Contribution.ID: RecordedTime]?, actor: String, at time: RecordedTime,
        notice: @escaping @Sendable (Contribution, Decision) -> MailMessage?
    ) async throws -> Int
    /// Sets the publication of the decisions `reviewed` names (each as prepared at the time given) for
    /// `publishAt`; checked inside the write (`PublicationSchedule`), only decisions awaiting publication.
    func schedule(
        version: TextVersion, reviewed: [Contribution.ID: RecordedTime], publishAt: RecordedTime, actor: String,
        at time: RecordedTime
    ) async throws -> ScheduledPublication.ID
    /// The version's publications set, not yet done or called off, earliest first.
    func schedules(on version: TextVersion) async throws -> [ScheduledPublication]
    /// Calls off a publication set for the version before it is done.
    func cancelSchedule(_ id: ScheduledPublication.ID, on version: TextVersion, actor: String, at time: RecordedTime)
        async throws
    /// Carries out every publication set for `time` or before, each once in its own write (instances
    /// running the job side by side take turns), in the name of who set it; returns the decisions published.
    func publishDue(at time: RecordedTime, notice: @escaping @Sendable (Contribution, Decision) -> MailMessage?)
        async throws -> Int
    /// The decisions of the version's contributions, by contribution.
    func decisions(on version: TextVersion) async throws -> [Contribution.ID: DecisionRecord]
    /// Published decisions applied in this version, by block.
    func applied(in version: TextVersion) async throws -> [BlockID: [(Contribution, Decision)]]
    /// Records that the council adopted the version on `date` — refused while any contribution to the
    /// version before it lacks a published, settled decision (`AdoptionRules`). A version is adopted once.
    func adopt(
        _ version: TextVersion, on date: CalendarDate, strategyVersions: [TextVersion], actor: String,
        at time: RecordedTime
    ) async throws
    /// When a decision was last published or a version adopted (pages kept per state of the data).
    func lastChange() async throws -> RecordedTime?
    /// How many contributions to the version (withdrawn ones aside; for one cut into segments, its
    /// segments) lack a published decision that settles them: what holds up the next version's
    /// adoption and the table's publication.
    func unsettledCount(on version: TextVersion) async throws -> Int
    /// The version's public contributions (all but those awaiting a moderator; for one cut into
    /// segments, each segment) counted by channel and by the outcome of their published decision
    /// (`open` without one).
    func outcomeCounts(on version: TextVersion) async throws -> [ContributionChannel: [Decision.Outcome: Int]]
    /// When each version of the strategy was adopted, by number.
    func adoptions(of strategy: Strategy.ID) async throws -> [Int: CalendarDate]
}

/// A version is adopted only when its predecessor's discussion is answered: every contribution to it
/// has a published decision that settles it.
public enum AdoptionRules {
    /// `open`: the predecessor's contributions (pending ones too) without a published settling
    /// decision. The predecessor's discussion must have closed, and the date must lie between the
    /// version's publication and today.
    public static func check(
        _ version: TextVersion, on date: CalendarDate, predecessor: TextVersion?, openOnPredecessor open: Int,
        today: CalendarDate
    ) throws(RuleViolation) {
        let published = version.publishedAt.map { CalendarDate($0.date) }
        if date > today || published.map({ date < $0 }) == true {
            throw RuleViolation(
                "datum", .outOfRange(value: date.iso, lower: published?.iso ?? "", upper: today.iso))
        }
        guard let predecessor else { return }
        if let closes = predecessor.closesOn, closes >= today {
            throw RuleViolation("fassung", .discussionStillOpen("\(predecessor.number)", closes.iso))
        }
        if open > 0 { throw RuleViolation("fassung", .decisionsOpen("\(open)", "\(predecessor.number)")) }
    }
}

extension DecisionRepository {
    /// The published decisions on the contributions to these versions.
    public func published(on versions: [TextVersion]) async throws -> [Contribution.ID: Decision] {
        var result: [Contribution.ID: Decision] = [:]
        for version in versions {
            for (id, record) in try await decisions(on: version) { result[id] = record.published }
        }
        return result
    }
}
