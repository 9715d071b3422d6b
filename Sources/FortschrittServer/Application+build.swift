import FortschrittDomain
import Foundation
import Hummingbird
import HummingbirdAuth
import Logging
import ServiceLifecycle

public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The address the public reaches the server at, for links in OParl; nil: the request's Host.
    /// An https address makes every cookie `Secure`.
    public var publicURL: String?
    public var siteOperator: SiteOperator
    /// A session ends after this long without a request.
    public var sessionInactivity: Duration
    /// Behind a reverse proxy that sets X-Forwarded-For: count failed sign-ins per forwarded address.
    public var trustForwardedFor: Bool
    public var loginThrottle: LoginThrottle
    /// How long a server trusts its knowledge of the data's state before asking the database again.
    public var pageCacheMaxAge: Duration
    /// Whether a mail worker delivers the outbox (`serve --smtp-url`); said on the outbox page.
    public var deliversMail: Bool
    /// GovData's ID of the system delivering the DCAT catalogue (`dcatde:contributorID`).
    public var dcatContributorID: String
    /// Dataset positions per page of the DCAT catalogue.
    public var dcatPageSize: Int

    public init(
        host: String = "127.0.0.1", port: Int = 8080, publicURL: String? = nil,
        siteOperator: SiteOperator = .unconfigured,
        sessionInactivity: Duration = .seconds(30 * 60), trustForwardedFor: Bool = false,
        loginThrottle: LoginThrottle = LoginThrottle(), pageCacheMaxAge: Duration = .seconds(1),
        deliversMail: Bool = false,
        dcatContributorID: String = "http://dcat-ap.de/def/contributors/metropolregionRheinNeckar",
        dcatPageSize: Int = 100
    ) {
        self.deliversMail = deliversMail
        self.dcatContributorID = dcatContributorID
        self.dcatPageSize = max(1, min(dcatPageSize, 1_000))
        self.host = host
        self.port = port
        self.publicURL = publicURL
        self.siteOperator = siteOperator
        self.sessionInactivity = sessionInactivity
        self.trustForwardedFor = trustForwardedFor
        self.loginThrottle = loginThrottle
        self.pageCacheMaxAge = pageCacheMaxAge
    }

    /// Where the links in the minute's mails start: the public address, else the address this
    /// server listens at (`serve` allows mail without a public address only on the loopback).
    var mailBase: String {
        publicURL ?? (host.contains(":") ? "http://[\(host)]:\(port)" : "http://\(host):\(port)")
    }
}

/// Everything the server reads and writes through, as protocols: `serve` (the composition root)
/// gives the SQL store's, tests may give others.
public struct Repositories: Sendable {
    public var catalogues: any CatalogueRepository
    public var council: any CouncilRepository
    public var accounts: any AccountRepository
    public var workspace: any WorkspaceRepository
    /// Where sessions live; shared by all instances.
    public var sessions: any SessionStore
    /// Where messages wait for the mail worker.
    public var mail: any MailOutbox
    public var texts: any TextRepository
    public var participants: any ParticipantRepository
    public var contributions: any ContributionRepository
    public var moderation: any ModerationRepository
    public var decisions: any DecisionRepository
    public var events: any EventRepository
    public var reviews: any ReviewRepository
    public var datasets: any DatasetRepository
    public var applications: any ApplicationRepository
    public var indicators: any IndicatorRepository
    public var hasher: any PasswordHasher

    public init(
        catalogues: any CatalogueRepository, council: any CouncilRepository, accounts: any AccountRepository,
        workspace: any WorkspaceRepository, sessions: any SessionStore, mail: any MailOutbox,
        texts: any TextRepository, participants: any ParticipantRepository,
        contributions: any ContributionRepository, moderation: any ModerationRepository,
        decisions: any DecisionRepository, events: any EventRepository, reviews: any ReviewRepository,
        datasets: any DatasetRepository, applications: any ApplicationRepository, indicators: any IndicatorRepository,
        hasher: any PasswordHasher = BcryptPasswordHasher()
    ) {
        self.datasets = datasets
        self.applications = applications
        self.indicators = indicators
        self.events = events
        self.reviews = reviews
        self.decisions = decisions
        self.moderation = moderation
        self.contributions = contributions
        self.participants = participants
        self.texts = texts
        self.mail = mail
        self.catalogues = catalogues
        self.council = council
        self.accounts = accounts
        self.workspace = workspace
        self.sessions = sessions
        self.hasher = hasher
    }
}

/// The web application; the caller runs it (`runService()`), which also sweeps expired sessions.
public func buildApplication(
    _ repositories: Repositories,
    configuration: ServerConfiguration, logger: Logger = Logger(label: "fortschritt"), services: [any Service] = []
) -> some ApplicationProtocol {
    let cache = publicPageCache(repositories, configuration: configuration)
    let serverName = "Fortschritt"
    return Application(
        router: buildRouter(repositories, configuration: configuration, cache: cache),
        server: .http1(),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: serverName),
        services: [
            SessionSweeper(
                sessions: repositories.sessions, participants: repositories.participants, logger: logger),
            MinuteJobs(repositories: repositories, publicURL: configuration.mailBase, logger: logger),
        ] + services,
        logger: logger
    )
}

public func buildRouter(
    _ repositories: Repositories,
    configuration: ServerConfiguration = ServerConfiguration()
) -> Router<WebRequestContext> {
    buildRouter(
        repositories, configuration: configuration, cache: publicPageCache(repositories, configuration: configuration))
}

/// Public pages kept per state of the data: the day, the latest name given (a department renamed, a
/// status relabelled, on any instance), and per strategy its latest event and publication.
func publicPageCache(
    _ repositories: Repositories,
    configuration: ServerConfiguration
) -> PublicPageCache {
    let catalogues = repositories.catalogues
    let council = repositories.council
    let texts = repositories.texts
    let contributions = repositories.contributions
    let decisions = repositories.decisions
    let reviews = repositories.reviews
    let events = repositories.events
    let datasets = repositories.datasets
    let applications = repositories.applications
    let indicators = repositories.indicators
    return PublicPageCache(maxAge: configuration.pageCacheMaxAge) {
        let named = try await catalogues.labelLog(limit: 1).first?.recordedAt
        // Published decisions, adoptions, reviews and events: what the public learns of the office's work.
        let decided = [
            try await decisions.lastChange(), try await reviews.lastPublished(), try await events.lastChange(),
        ].compactMap { $0 }.max()
        // The data platform on its own: closing a dataset must renew its page even where another clock ran ahead.
        let data = [
            try await datasets.lastChange(), try await applications.lastChange(), try await indicators.lastChange(),
        ].compactMap { $0 }.max()
        var tag = "\(CalendarDate(Date()).iso).\(named?.microseconds ?? 0).\(decided?.microseconds ?? 0)"
        tag += ".\(data?.microseconds ?? 0)"
        var latest = [named, decided, data].compactMap { $0 }.max()
        let discussions = try await contributions.lastChanges()
        for strategy in try await catalogues.strategies() {
            let recorded = try await catalogues.lastRecorded(in: strategy)
            let published = try await council.lastPublished(in: strategy)
            let text = try await texts.lastPublished(of: strategy)
            latest = [latest, recorded, published, text].compactMap { $0 }.max()
            tag += "-\(strategy.id).\(recorded?.microseconds ?? 0).\(published?.microseconds ?? 0)"
            tag += ".\(text?.microseconds ?? 0)"
        }
        return .init(tag: tag, lastModified: latest, discussions: discussions)
    }
}

func buildRouter(
    _ repositories: Repositories,
    configuration: ServerConfiguration, cache: PublicPageCache
) -> Router<WebRequestContext> {
    let catalogues = repositories.catalogues
    let council = repositories.council
    let deps = WebDependencies(
        catalogues: catalogues, council: council, accounts: repositories.accounts, workspace: repositories.workspace,
        mail: repositories.mail, texts: repositories.texts, participants: repositories.participants,
        contributions: repositories.contributions, moderation: repositories.moderation,
        decisions: repositories.decisions, events: repositories.events, reviews: repositories.reviews,
        datasets: repositories.datasets, applications: repositories.applications,
        indicators: repositories.indicators, deliversMail: configuration.deliversMail, cache: cache,
        siteOperator: configuration.siteOperator, today: { CalendarDate(Date()) })
    let sessionStorage = SessionStorage<WebSession>(
        SessionPersistDriver(store: repositories.sessions),
        configuration: .init(
            sessionCookieParameters: .init(
                name: WebSession.cookie, path: "/", secure: configuration.publicURL?.hasPrefix("https://") == true,
                sameSite: .lax)))

    let secrets = ServerSecrets(accounts: repositories.accounts)
    let router = Router(context: WebRequestContext.self)
    let routeTable = RouteTable()
    let servedOverTLS = configuration.publicURL?.hasPrefix("https://") == true
    // First: a kept public page is answered before anything else looks at the request.
    router.add(middleware: CachedPageMiddleware(cache: cache, servedOverTLS: servedOverTLS))
    router.add(middleware: SecurityHeadersMiddleware(servedOverTLS: servedOverTLS))
    router.add(middleware: MethodMiddleware(routes: routeTable))
    router.add(
        middleware: SessionMiddleware(
            sessionStorage: sessionStorage, defaultSessionExpiration: configuration.sessionInactivity))
    router.add(
        middleware: AccountMiddleware(
            accounts: repositories.accounts, participants: repositories.participants,
            inactivity: configuration.sessionInactivity))
    router.add(middleware: ErrorMiddleware(siteName: { await deps.siteName() }))
    router.add(
        middleware: CSRFMiddleware(
            secrets: secrets, publicOrigin: configuration.publicURL.flatMap(PublicAddress.origin(of:)),
            secureCookies: configuration.publicURL?.hasPrefix("https://") == true))

    router.get("/healthz") { _, _ in
        // Healthy means the database answers, not only that the process runs.
        do {
            _ = try await catalogues.strategies()
        } catch {
            throw Problem(
                status: .serviceUnavailable, title: "Service Unavailable", detail: "the database does not answer")
        }
        return HealthStatus(status: "ok")
    }
    router.get("/api/openapi.json") { _, _ in try OpenAPIDocument.response() }
    CatalogueController(repository: catalogues, accounts: repositories.accounts).addRoutes(to: router.group("api/v1"))
    TextAPIController(
        catalogues: catalogues, texts: repositories.texts, contributions: repositories.contributions,
        decisions: repositories.decisions, reviews: repositories.reviews
    )
    .addRoutes(to: router.group("api/v1"))
    DataAPIController(
        datasets: repositories.datasets, applications: repositories.applications,
        contributions: repositories.contributions
    ).addRoutes(
        to: router.group("api/v1"))
    DCATController(
        datasets: repositories.datasets,
        address: PublicAddress(configured: configuration.publicURL, trustForwarded: configuration.trustForwardedFor),
        site: { [siteOperator = configuration.siteOperator] in
            let title = (try? await catalogues.strategies().first?.title) ?? "Fortschritt"
            return (title, siteOperator.name, siteOperator.email)
        }, contributorID: configuration.dcatContributorID, pageSize: configuration.dcatPageSize
    ).addRoutes(to: router)
    OParlController(
        catalogues: catalogues, council: council,
        address: PublicAddress(
            configured: configuration.publicURL, trustForwarded: configuration.trustForwardedFor)
    ).addRoutes(to: router.group("oparl/v1"))

    PublicController(deps: deps).addRoutes(to: router)
    DataController(deps: deps).addRoutes(to: router)
    ApplicationController(deps: deps).addRoutes(to: router)
    IndicatorController(deps: deps).addRoutes(to: router)
    let address = PublicAddress(configured: configuration.publicURL, trustForwarded: configuration.trustForwardedFor)
    TextController(deps: deps, address: address).addRoutes(to: router)
    TextController(deps: deps, address: address).addContributionRoutes(to: router)
    let participation = ParticipationController(
        deps: deps, hasher: repositories.hasher, address: address,
        throttle: configuration.loginThrottle, trustForwardedFor: configuration.trustForwardedFor,
        inactivity: configuration.sessionInactivity, sessionStore: sessionStorage)
    participation.addRoutes(to: router)
    participation.addSignInRoutes(to: router)
    participation.addAccountRoutes(to: router)
    participation.addFollowRoutes(to: router)
    UnsubscribeController(deps: deps, secrets: secrets).addRoutes(to: router)
    ModerationController(deps: deps, address: address).addRoutes(to: router)
    TextEditorController(deps: deps, address: address).addRoutes(to: router)
    DecisionController(deps: deps, address: address).addRoutes(to: router)
    ReviewController(deps: deps).addRoutes(to: router)
    FeedController(deps: deps, address: address, secrets: secrets).addRoutes(to: router)
    SessionController(
        deps: deps, hasher: repositories.hasher, throttle: configuration.loginThrottle, sessionStore: sessionStorage,
        inactivity: configuration.sessionInactivity, trustForwardedFor: configuration.trustForwardedFor,
        secrets: secrets, secureCookies: configuration.publicURL?.hasPrefix("https://") == true
    ).addRoutes(to: router)
    WorkspaceController(deps: deps).addRoutes(to: router)
    let admin = AdminController(deps: deps, hasher: repositories.hasher)
    admin.addRoutes(to: router)
    admin.addCatalogueRoutes(to: router)
    routeTable.set(router.routes.map { ($0.method, $0.path.description) }, responder: router.buildResponder())
    return router
}

struct HealthStatus: ResponseEncodable {
    var status: String
}
