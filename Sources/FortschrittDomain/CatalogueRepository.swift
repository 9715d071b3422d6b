/// Where strategies, catalogues and their histories are kept. The SQL store implements it for
/// SQLite and PostgreSQL; controllers and commands depend only on this protocol.
public protocol CatalogueRepository: Sendable {
    func strategies() async throws -> [Strategy]
    func createStrategy(_ new: NewStrategy) async throws -> Strategy
    /// The departments, by code (shared by all strategies), without reading a catalogue.
    func departments() async throws -> [Department]

    /// The catalogue as it stood on `asOf` (nil: with everything dated so far and later), as known at
    /// `knownAt` (nil: everything recorded).
    func catalogue(of strategy: Strategy, asOf: CalendarDate?, knownAt: RecordedTime?) async throws -> Catalogue

    /// The catalogue on each of several dates, as known at `knownAt`, in the order of `dates`.
    func catalogues(of strategy: Strategy, asOf dates: [CalendarDate?], knownAt: RecordedTime?) async throws
        -> [Catalogue]

    /// Every event of one measure, in order of effective date, then recording; empty for an unknown number.
    func history(of measure: MeasureNumber, in strategy: Strategy) async throws -> [MeasureEvent]

    /// The events of a strategy recorded up to `knownAt` and effective after `effectiveAfter` up to
    /// `through` (nil: no bound), of the given kinds (nil: all), grouped by measure (in the order of
    /// their numbers' text), each in order of effective date, then recording.
    func history(
        of strategy: Strategy, knownAt: RecordedTime?, effectiveAfter: CalendarDate?, through: CalendarDate?,
        kinds: [MeasureChange.Kind]?
    ) async throws -> [MeasureEvent]

    /// When the strategy's latest event was recorded; nil while it has none.
    func lastRecorded(in strategy: Strategy) async throws -> RecordedTime?

    /// Plans a change against the current catalogue and records it, atomically: no other write comes
    /// between reading the state and recording. Returns what was recorded.
    @discardableResult
    func update(_ strategy: Strategy, _ plan: @escaping @Sendable (Catalogue) throws -> ChangeSet) async throws
        -> RecordedChanges

    /// Like `update`, for an edit made on what its author saw: when any event of `measure` was recorded
    /// after the one with sequence `seen`, throws `EditConflict` with those events and records nothing.
    /// The plan sees a catalogue holding only `measure` (with every field, department and status): a
    /// save reads one history inside the lock, not the whole catalogue.
    @discardableResult
    func update(
        _ strategy: Strategy, editing measure: MeasureNumber, seen: Int64,
        _ plan: @escaping @Sendable (Catalogue) throws -> ChangeSet
    ) async throws -> RecordedChanges

    /// Adds a status to the strategy's set, or relabels an existing one; logged with the actor.
    func defineStatus(_ status: StatusDefinition, in strategy: Strategy, actor: String) async throws

    /// Adds a department or renames an existing one; logged with the actor.
    func saveDepartment(_ department: Department, actor: String) async throws

    /// Departments added or renamed and statuses added or relabelled, latest first.
    func labelLog(limit: Int) async throws -> [LabelChange]
}

extension CatalogueRepository {
    public func catalogues(of strategy: Strategy, asOf dates: [CalendarDate?], knownAt: RecordedTime?) async throws
        -> [Catalogue]
    {
        var catalogues: [Catalogue] = []
        for date in dates { catalogues.append(try await catalogue(of: strategy, asOf: date, knownAt: knownAt)) }
        return catalogues
    }

    /// Every event of a strategy, recorded up to `knownAt`.
    public func history(of strategy: Strategy, knownAt: RecordedTime?) async throws -> [MeasureEvent] {
        try await history(of: strategy, knownAt: knownAt, effectiveAfter: nil, through: nil, kinds: nil)
    }
}

/// A name given: a department added or renamed, a status added or relabelled.
public struct LabelChange: Sendable, Equatable {
    public var recordedAt: RecordedTime
    public var actor: String
    /// What was named, e.g. "department FB 12" or "status etabliert".
    public var subject: String
    /// The name before; nil when it was added.
    public var before: String?
    public var after: String

    public init(recordedAt: RecordedTime, actor: String, subject: String, before: String?, after: String) {
        self.recordedAt = recordedAt
        self.actor = actor
        self.subject = subject
        self.before = before
        self.after = after
    }
}

/// What an update recorded.
public struct RecordedChanges: Sendable, Equatable {
    public var recordedAt: RecordedTime
    public var events: Int
    public var newMeasures: Int
    public var newFields: Int
    public var newDepartments: Int

    public init(recordedAt: RecordedTime, events: Int, newMeasures: Int, newFields: Int, newDepartments: Int) {
        self.recordedAt = recordedAt
        self.events = events
        self.newMeasures = newMeasures
        self.newFields = newFields
        self.newDepartments = newDepartments
    }
}

/// Resolving which strategy a request means: by slug, or the only one when there is just one.
public enum StrategyChoice {
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case none
        case unknown(String, known: [String])
        case ambiguous(known: [String])

        public var description: String {
            switch self {
            case .none:
                return
                    "there is no strategy yet: create it first with 'fortschritt strategy add --slug SLUG --title TITLE"
                    + " --body CITY --adopted YYYY-MM-DD' (see 'fortschritt strategy add --help')"
            case .unknown(let slug, let known):
                return "unknown strategy '\(slug)' (known: \(known.joined(separator: ", ")))"
            case .ambiguous(let known):
                return "there are several strategies; name one of: \(known.joined(separator: ", "))"
            }
        }
    }

    /// For what works on a catalogue: left unnamed, the one strategy that has a catalogue is meant,
    /// however many strategies have only a text.
    public static func chooseCatalogue(
        _ slug: String?, from strategies: [Strategy], withCatalogue: Set<Strategy.ID>
    ) -> Result<Strategy, Problem> {
        let catalogues = strategies.filter { withCatalogue.contains($0.id) }
        if slug == nil, strategies.count > 1, catalogues.count == 1 { return .success(catalogues[0]) }
        return choose(slug, from: strategies)
    }

    /// `chooseCatalogue` over a repository: which strategies have a catalogue is asked only when
    /// no strategy is named and there are several.
    public static func chooseCatalogue(_ slug: String?, in repository: some CatalogueRepository) async throws
        -> Result<Strategy, Problem>
    {
        let strategies = try await repository.strategies()
        guard slug == nil, strategies.count > 1 else { return choose(slug, from: strategies) }
        var withCatalogue = Set<Strategy.ID>()
        for strategy in strategies where try await repository.lastRecorded(in: strategy) != nil {
            withCatalogue.insert(strategy.id)
        }
        return chooseCatalogue(slug, from: strategies, withCatalogue: withCatalogue)
    }

    public static func choose(_ slug: String?, from strategies: [Strategy]) -> Result<Strategy, Problem> {
        if let slug {
            if let match = strategies.first(where: { $0.slug == slug }) { return .success(match) }
            return .failure(.unknown(slug, known: strategies.map(\.slug)))
        }
        switch strategies.count {
        case 0: return .failure(.none)
        case 1: return .success(strategies[0])
        default: return .failure(.ambiguous(known: strategies.map(\.slug)))
        }
    }
}
