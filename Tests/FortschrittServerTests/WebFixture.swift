import FortschrittCLI
import FortschrittDocuments
import FortschrittDomain
import FortschrittExchange
import FortschrittStore
import FortschrittTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import FortschrittServer

/// The people of the web tests: one per role, the editor of FB 15 leads 1.4, 1.5 and 4.9; the last a
/// participant (a citizen's account, no staff account).
enum Person: String, CaseIterable, Sendable {
    case anonymous, reader, editorOwn, editorOther, admin, moderator, expert, participant

    var email: String { "\(rawValue.lowercased())@example.org" }
    static let password = "ein-langes-passwort"
}

/// A web app over a fresh database with the demo catalogue, its council paper and report, and an
/// account for every role.
struct WebFixture: Sendable {
    let database: Database
    let accounts: [Person: Account]
    let client: any TestClientProtocol

    /// `sessionClock`: the time sessions expire by (default: the real one). `live`: the whole
    /// application on a port of 127.0.0.1, connections and all, instead of the router alone.
    static func with(
        configuration: ServerConfiguration = ServerConfiguration(), sessionClock: TestClock? = nil, live: Bool = false,
        _ body: @escaping @Sendable (WebFixture) async throws -> Void
    ) async throws {
        let test = try await TestDatabase.make()
        do {
            var repositories = Repositories(database: test.database, hasher: BcryptPasswordHasher(cost: 4))
            if let sessionClock {
                repositories.sessions = SQLSessionStore(database: test.database, now: { sessionClock.now })
            }
            try await DemoData.seed(repositories.catalogues)
            let strategy = try await repositories.catalogues.strategies()[0]
            try await DemoData.seedCouncil(repositories.council, strategy: strategy)
            _ = try await ReportGenerator(catalogues: repositories.catalogues, council: repositories.council).publish(
                ReportRequest(
                    strategy: strategy, reportDate: CalendarDate("2020-12-31")!, baseline: CalendarDate("2019-03-12")!,
                    paper: "V111/2021"),
                actor: "test")
            try await DemoData.seedText(
                repositories.catalogues, repositories.texts, catalogue: strategy, today: CalendarDate(Date()),
                discussion: DemoDiscussion(
                    participants: repositories.participants, contributions: repositories.contributions,
                    moderation: repositories.moderation, accounts: repositories.accounts,
                    decisions: repositories.decisions, events: repositories.events,
                    reviews: repositories.reviews))
            try await DemoData.seedDatasets(repositories.datasets, today: CalendarDate(Date()))
            try await DemoData.seedApplications(repositories.applications)
            try await DemoData.seedIndicators(repositories.indicators)
            var accounts: [Person: Account] = [:]
            let hash = try await repositories.hasher.hash(Person.password)
            for (person, role, departments) in [
                (Person.reader, Role.reader, [String]()), (.editorOwn, .editor, ["FB 15"]),
                (.editorOther, .editor, ["FB 12"]), (.admin, .admin, []), (.moderator, .moderator, []),
                (.expert, .expert, []),
            ] {
                accounts[person] = try await repositories.accounts.create(
                    NewAccount(email: person.email, name: person.rawValue, role: role, departments: departments),
                    passwordHash: hash, actor: "test")
            }
            let people = accounts
            let registration = try Registration(
                email: Person.participant.email, displayName: "Teilnehmende Person", consentToProcess: true,
                consentToPublish: true
            ).checked(password: Person.password)
            try await repositories.participants.register(
                registration, passwordHash: hash, tokenHash: "fixture-participant", at: .now(), confirmation: nil,
                alreadyRegistered: nil)
            _ = try await repositories.participants.confirm(tokenHash: "fixture-participant", at: .now())
            if live {
                var configuration = configuration
                configuration.host = "127.0.0.1"
                configuration.port = 0
                try await buildApplication(repositories, configuration: configuration).test(.live) { client in
                    try await body(WebFixture(database: test.database, accounts: people, client: client))
                }
            } else {
                try await Application(router: buildRouter(repositories, configuration: configuration)).test(.router) {
                    client in
                    try await body(WebFixture(database: test.database, accounts: people, client: client))
                }
            }
        } catch {
            await test.close()
            throw error
        }
        await test.close()
    }

    /// A browser for `person`: signed in unless anonymous.
    func browser(_ person: Person) async throws -> Browser {
        let browser = Browser(client: client)
        if person == .participant {
            try await browser.get("/beteiligung/anmelden")
            let response = try await browser.post(
                "/beteiligung/anmelden", ["email": person.email, "passwort": Person.password])
            #expect(response.status == .seeOther, "sign-in of the participant")
        } else if person != .anonymous {
            let response = try await browser.signIn(person.email, Person.password)
            #expect(response.status == .seeOther, "sign-in of \(person)")
        }
        return browser
    }

    var catalogues: SQLCatalogueRepository { SQLCatalogueRepository(database: database) }

    /// Saves the demo's Smart City strategy a draft of a third version: version 2's text under `title`.
    func draftSmartCity(title: String) async throws -> (strategy: Strategy, texts: SQLTextRepository) {
        let strategy = try #require(try await catalogues.strategies().first { $0.slug == "smart-city" })
        let texts = SQLTextRepository(database: database)
        let second = try #require(try await texts.version(number: 2, of: strategy))
        try await texts.saveDraft(
            DraftText(title: title, markdown: TextMarkdownWriter.markdown(second.blocks), catalogue: second.catalogue),
            of: strategy, actor: "test", dryRun: false)
        return (strategy, texts)
    }
}

/// Keeps cookies between requests like a browser, and fills in the CSRF field of forms.
final class Browser: @unchecked Sendable {
    let client: any TestClientProtocol
    private let lock = NSLock()
    private var jar: [String: String] = [:]
    private var token: String?

    init(client: any TestClientProtocol) {
        self.client = client
    }

    var cookies: [String: String] { lock.withLock { jar } }
    /// The CSRF token of the last page that had a form; forgotten when the session changes.
    var csrf: String? { lock.withLock { token } }

    func set(cookie name: String, _ value: String?) { lock.withLock { jar[name] = value } }

    @discardableResult
    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await execute(uri, method: .get, headers: headers, body: nil)
    }

    /// Posts a form; the CSRF token from a page is added unless `csrf` is false (a page with a form is
    /// read first when none was seen since the session began, as a person would).
    @discardableResult
    func post(_ uri: String, _ fields: [String: String] = [:], csrf withToken: Bool = true, headers: HTTPFields = [:])
        async throws -> TestResponse
    {
        if withToken, csrf == nil {
            try await get(cookies[WebSession.cookie] == nil ? "/anmelden" : "/impressum")
        }
        var fields = fields
        if withToken { fields[CSRFToken.field] = csrf ?? "" }
        let body = fields.sorted { $0.key < $1.key }.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(
            separator: "&")
        var headers = headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await execute(uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    func signIn(_ email: String, _ password: String) async throws -> TestResponse {
        try await get("/anmelden")
        return try await post("/anmelden", ["email": email, "passwort": password, "weiter": "/arbeitsbereich"])
    }

    func execute(_ uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws
        -> TestResponse
    {
        var headers = headers
        let cookies = self.cookies
        if !cookies.isEmpty {
            headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
                separator: "; ")
        }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        let html = String(buffer: response.body)
        if let range = html.range(of: #"name="_csrf" value=""#) {
            let value = html[range.upperBound...].prefix { $0 != "\"" }
            lock.withLock { token = String(value) }
        }
        for line in response.headers[values: .setCookie] {
            let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { continue }
            let expired = line.contains("Max-Age=0") || line.range(of: "Expires=Thu, 01 Jan 1970") != nil
            set(cookie: pair[0], expired || Self.expiresNow(line) ? nil : pair[1])
            if pair[0] == WebSession.cookie { lock.withLock { token = nil } }
        }
        return response
    }

    /// Hummingbird ends a session with an Expires date of now.
    static func expiresNow(_ line: String) -> Bool {
        guard let range = line.range(of: "Expires=") else { return false }
        let text = line[range.upperBound...].split(separator: ";")[0]
        guard let date = PublicPageCache.httpDateFormatter().date(from: String(text)) else { return false }
        return date.timeIntervalSinceNow <= 0
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~")))
            ?? text
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var location: String? { headers[.location] }
}
