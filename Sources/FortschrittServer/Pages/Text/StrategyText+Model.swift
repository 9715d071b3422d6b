import FortschrittDomain

/// A published version of a strategy's text: its blocks with their anchors and the measures they
/// serve, the discussion phase, the other versions, and the form to compare two of them.
struct StrategyTextModel: Sendable {
    var siteName: String
    var strategy: Strategy
    var version: TextVersion
    /// Every published version, oldest first.
    var published: [TextVersion]
    /// The strategy whose measures `/massnahmen` shows: its measures are linked.
    var portalStrategy: Strategy.ID?
    var today: CalendarDate
    /// Comments, agreement and comments on earlier versions per block, counted.
    var discussion: [BlockID: BlockTally] = [:]
    /// When the council adopted this version, if it did.
    var adoptedOn: CalendarDate?
    /// Discussions held elsewhere on this version.
    var events: [DiscussionEvent] = []
    /// The experts' reviews the strategy office published; never an unpublished one.
    var reviews: [ExpertReview] = []
    /// How the version was received, in figures (from the public record only).
    var figures: VersionFigures?

    /// The version numbered `number`, or the latest published one; nil when there is none.
    static func load(
        _ strategy: Strategy, number: Int?, texts: any TextRepository, siteName: String, portalStrategy: Strategy.ID?,
        today: CalendarDate, contributions: (any ContributionRepository)? = nil,
        decisions: (any DecisionRepository)? = nil, events: (any EventRepository)? = nil,
        reviews: (any ReviewRepository)? = nil
    ) async throws -> StrategyTextModel? {
        let published = try await texts.versions(of: strategy).filter { $0.state == .published }
        guard let version = number.map({ n in published.first { $0.number == n } }) ?? published.last else {
            return nil
        }
        let tallies = try await contributions?.tallies(of: version) ?? [:]
        var figures: (figures: VersionFigures, reviews: [ExpertReview])?
        if let contributions, let decisions, let reviews {
            figures = try await VersionFigures.load(
                version, contributions: contributions, decisions: decisions, reviews: reviews, tallies: tallies)
        }
        return StrategyTextModel(
            siteName: siteName, strategy: strategy, version: version, published: published,
            portalStrategy: portalStrategy, today: today, discussion: tallies,
            adoptedOn: try await decisions?.adoptions(of: strategy.id)[version.number],
            events: try await events?.events(of: strategy.id).filter { $0.version == version.number } ?? [],
            reviews: figures?.reviews ?? [], figures: figures?.figures)
    }

    /// Headings, paragraphs, and runs of list items grouped into one list.
    enum Group {
        case block(TextBlock)
        case list([TextBlock])
    }

    var groups: [Group] {
        var groups: [Group] = []
        for block in version.blocks {
            if block.kind == .item {
                if case .list(let items) = groups.last {
                    groups[groups.count - 1] = .list(items + [block])
                } else {
                    groups.append(.list([block]))
                }
            } else {
                groups.append(.block(block))
            }
        }
        return groups
    }
}
