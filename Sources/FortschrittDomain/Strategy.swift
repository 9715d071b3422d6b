/// A strategy adopted by a council: a city's digital strategy, its smart-city strategy, ….
/// One instance can hold several; each has its own fields of action, statuses and measures.
public struct Strategy: Hashable, Sendable, Codable {
    public typealias ID = Int64

    public var id: ID
    /// Short name used in URLs and on the command line, e.g. `digitalstrategie`.
    public var slug: String
    public var title: String
    /// The city or body that adopted it, e.g. "Stadt Mannheim".
    public var body: String
    public var adoptedOn: CalendarDate?
    /// The adopting resolution, e.g. a council paper number.
    public var resolution: String?
    /// When true, an import may not introduce fields of action the strategy does not have.
    public var fieldsFixed: Bool

    public init(
        id: ID, slug: String, title: String, body: String, adoptedOn: CalendarDate? = nil,
        resolution: String? = nil, fieldsFixed: Bool = false
    ) {
        self.id = id
        self.slug = slug
        self.title = title
        self.body = body
        self.adoptedOn = adoptedOn
        self.resolution = resolution
        self.fieldsFixed = fieldsFixed
    }

    /// A slug is lower-case letters, digits and hyphens.
    public static func isValidSlug(_ slug: String) -> Bool {
        !slug.isEmpty && slug.count <= 64
            && slug.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

/// What is needed to create a strategy; it gets the default statuses unless told otherwise.
public struct NewStrategy: Sendable {
    public var slug: String
    public var title: String
    public var body: String
    public var adoptedOn: CalendarDate?
    public var resolution: String?
    public var statuses: [StatusDefinition]

    public init(
        slug: String, title: String, body: String, adoptedOn: CalendarDate? = nil,
        resolution: String? = nil, statuses: [StatusDefinition] = StatusDefinition.defaultSet
    ) {
        self.slug = slug
        self.title = title
        self.body = body
        self.adoptedOn = adoptedOn
        self.resolution = resolution
        self.statuses = statuses
    }
}

/// A field of action (Handlungsfeld), numbered within its strategy.
public struct FieldOfAction: Hashable, Sendable, Codable {
    public var number: Int
    public var title: String

    public init(number: Int, title: String) {
        self.number = number
        self.title = title
    }
}

/// A department (Fachbereich) of the city administration, e.g. code "FB 12".
public struct Department: Hashable, Sendable, Codable {
    public var code: String
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}
