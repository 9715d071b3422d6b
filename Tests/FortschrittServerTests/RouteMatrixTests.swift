import FortschrittDomain
import FortschrittStore
import FortschrittTestSupport
import Hummingbird
import HummingbirdTesting
import Testing

@testable import FortschrittServer

/// Deny by default, checked: every registered route × every kind of visitor has its expected
/// outcome here. A new route without a row, or a row that no longer matches, fails the test.
@Suite struct RouteMatrixTests {
    enum Outcome: String, Sendable {
        /// Answered (also "no such account" or a rule refusing the input): the visitor may use the route.
        case allowed
        /// Sent to the sign-in page.
        case signIn
        case forbidden
    }

    struct Row: Sendable {
        var route: String
        var url: String
        var form: [String: String]?
        /// anonymous, reader, editor of the measure's department, editor of another department, admin.
        var outcomes: [Outcome]
    }

    static let everyone: [Outcome] = [.allowed, .allowed, .allowed, .allowed, .allowed]
    static let accounts: [Outcome] = [.signIn, .allowed, .allowed, .allowed, .allowed]
    static let measureEditors: [Outcome] = [.signIn, .forbidden, .allowed, .forbidden, .allowed]
    static let admins: [Outcome] = [.signIn, .forbidden, .forbidden, .forbidden, .allowed]

    static func rows(readerID: Int64) -> [Row] {
        let get = { (route: String, url: String, outcomes: [Outcome]) in
            Row(route: "GET " + route, url: url, outcomes: outcomes)
        }
        let post = { (route: String, url: String, form: [String: String], outcomes: [Outcome]) in
            Row(route: "POST " + route, url: url, form: form, outcomes: outcomes)
        }
        return [
            get("/healthz", "/healthz", everyone),
            get("/api/openapi.json", "/api/openapi.json", everyone),
            get("/api/v1/strategies", "/api/v1/strategies", everyone),
            get("/api/v1/measures", "/api/v1/measures", everyone),
            get("/api/v1/measures/{number}", "/api/v1/measures/1.4", everyone),
            get("/api/v1/fields", "/api/v1/fields", everyone),
            get("/api/v1/departments", "/api/v1/departments", everyone),
            get("/api/v1/statuses", "/api/v1/statuses", everyone),
            get("/oparl/v1/system", "/oparl/v1/system", everyone),
            get("/oparl/v1/bodies", "/oparl/v1/bodies", everyone),
            get("/oparl/v1/body/1", "/oparl/v1/body/1", everyone),
            get("/oparl/v1/body/1/organizations", "/oparl/v1/body/1/organizations", everyone),
            get("/oparl/v1/body/1/people", "/oparl/v1/body/1/people", everyone),
            get("/oparl/v1/body/1/meetings", "/oparl/v1/body/1/meetings", everyone),
            get("/oparl/v1/body/1/papers", "/oparl/v1/body/1/papers", everyone),
            get("/oparl/v1/body/1/agenda-items", "/oparl/v1/body/1/agenda-items", everyone),
            get("/oparl/v1/body/1/consultations", "/oparl/v1/body/1/consultations", everyone),
            get("/oparl/v1/body/1/files", "/oparl/v1/body/1/files", everyone),
            get("/oparl/v1/body/1/legislative-terms", "/oparl/v1/body/1/legislative-terms", everyone),
            get("/oparl/v1/person/{id}", "/oparl/v1/person/specht", everyone),
            get("/oparl/v1/legislative-term/{id}", "/oparl/v1/legislative-term/1", everyone),
            get("/oparl/v1/organization/{id}", "/oparl/v1/organization/1", everyone),
            get("/oparl/v1/organization/{id}/meetings", "/oparl/v1/organization/1/meetings", everyone),
            get("/oparl/v1/meeting/{id}", "/oparl/v1/meeting/1", everyone),
            get("/oparl/v1/paper/{id}", "/oparl/v1/paper/1", everyone),
            get("/oparl/v1/agenda-item/{id}", "/oparl/v1/agenda-item/1-1", everyone),
            get("/oparl/v1/consultation/{id}", "/oparl/v1/consultation/1-1", everyone),
            get("/oparl/v1/file/{id}", "/oparl/v1/file/1-html", everyone),
            get("/oparl/v1/file/{id}/content", "/oparl/v1/file/1-html/content", everyone),
            get("/", "/", everyone),
            get("/massnahmen", "/massnahmen?status=verzoegert", everyone),
            get("/massnahmen/{number}", "/massnahmen/1.4", everyone),
            get("/berichte", "/berichte", everyone),
            get("/barrierefreiheit", "/barrierefreiheit", everyone),
            get("/impressum", "/impressum", everyone),
            get("/sprache/{language}", "/sprache/en?zurueck=/massnahmen", everyone),
            get("/static/site.css", "/static/site.css", everyone),
            get("/anmelden", "/anmelden", everyone),
            post(
                "/anmelden", "/anmelden", ["email": "niemand@example.org", "passwort": "falsch-falsch-falsch"], everyone
            ),
            post("/abmelden", "/abmelden", [:], everyone),
            get("/arbeitsbereich", "/arbeitsbereich", accounts),
            get("/massnahmen/{number}/bearbeiten", "/massnahmen/1.4/bearbeiten", measureEditors),
            post(
                "/massnahmen/{number}/status", "/massnahmen/1.4/status",
                ["status": "im-zeitplan", "seit": "2026-01-02", "gesehen": "999999999"], measureEditors),
            post(
                "/massnahmen/{number}/bearbeiten", "/massnahmen/1.4/bearbeiten",
                [
                    "titel": "Digitales Wahlmanagement", "feld": "1", "federfuehrung": "FB 15", "wirksam": "2026-01-02",
                    "gesehen": "999999999",
                ],
                measureEditors),
            post(
                "/massnahmen/{number}/notiz", "/massnahmen/1.4/notiz", ["notiz": "Rückfrage an FB 15"],
                measureEditors),
            post("/massnahmen/{number}/bestaetigen", "/massnahmen/1.4/bestaetigen", [:], measureEditors),
            get("/verwaltung/benutzer", "/verwaltung/benutzer", admins),
            post(
                "/verwaltung/benutzer", "/verwaltung/benutzer",
                ["email": "neu@example.org", "name": "Neu", "rolle": "reader", "passwort": "ein-langes-passwort"],
                admins),
            post(
                "/verwaltung/benutzer/{id}", "/verwaltung/benutzer/\(readerID)",
                ["name": "reader", "rolle": "reader", "aktiv": "1"], admins),
            get("/verwaltung/runde", "/verwaltung/runde", admins),
            post("/verwaltung/runde", "/verwaltung/runde", ["faellig": "2099-12-31"], admins),
            post("/verwaltung/runde/schliessen", "/verwaltung/runde/schliessen", [:], admins),
            get("/verwaltung/runde/offen.csv", "/verwaltung/runde/offen.csv", admins),
            get("/verwaltung/katalog", "/verwaltung/katalog", admins),
            post("/verwaltung/fachbereiche", "/verwaltung/fachbereiche", ["kuerzel": "FB 99", "name": "Neu"], admins),
            post(
                "/verwaltung/handlungsfelder", "/verwaltung/handlungsfelder", ["nummer": "9", "titel": "Neues Feld"],
                admins),
            post(
                "/verwaltung/status", "/verwaltung/status",
                ["schluessel": "pausiert", "de": "pausiert", "en": "paused", "art": "delayed"], admins),
            post("/verwaltung/berichte", "/verwaltung/berichte", ["stichtag": "2021-12-31"], admins),
        ]
    }

    static func outcome(of response: TestResponse) -> Outcome? {
        switch response.status.code {
        case 403: return .forbidden
        case 303 where response.location?.hasPrefix("/anmelden") == true: return .signIn
        case 200..<300, 303, 304, 401, 404, 409, 422, 429: return .allowed
        default: return nil
        }
    }

    @Test func everyRouteHasItsExpectedOutcomeForEveryVisitor() async throws {
        // Every visitor signs in from the same test address, and the sign-in row fails on purpose:
        // the throttle, tested elsewhere, must not get in the way here.
        var throttle = LoginThrottle()
        throttle.slowAfter = 10_000
        throttle.lockAfter = 10_000
        try await WebFixture.with(configuration: ServerConfiguration(loginThrottle: throttle)) { fixture in
            let rows = Self.rows(readerID: fixture.accounts[.reader]!.id)
            let routes = Set(buildRouter(Repositories(database: fixture.database)).routes.map(\.description))
            let listed = Set(rows.map(\.route))
            #expect(
                routes.subtracting(listed).isEmpty,
                "routes missing from the matrix: \(routes.subtracting(listed).sorted())")
            #expect(
                listed.subtracting(routes).isEmpty,
                "matrix rows without a route: \(listed.subtracting(routes).sorted())")

            let strategy = try await fixture.catalogues.strategies()[0]
            for row in rows {
                for (person, expected) in zip(Person.allCases, row.outcomes) {
                    let browser = try await fixture.browser(person)
                    let before = try await fixture.catalogues.lastRecorded(in: strategy)
                    let response =
                        if let form = row.form { try await browser.post(row.url, form) } else {
                            try await browser.get(row.url)
                        }
                    let actual = Self.outcome(of: response)
                    #expect(
                        actual == expected,
                        "\(row.route) as \(person): \(response.status.code) \(response.location ?? "")")
                    if expected != .allowed {
                        #expect(
                            try await fixture.catalogues.lastRecorded(in: strategy) == before,
                            "\(row.route) as \(person) changed the history")
                    }
                }
            }
        }
    }
}
