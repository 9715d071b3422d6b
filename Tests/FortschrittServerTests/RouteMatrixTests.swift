import FortschrittCLI
import FortschrittDomain
import FortschrittStore
import FortschrittTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import FortschrittServer

/// Deny by default, checked: every registered route × every kind of visitor has its expected
/// status here, and only that status passes. A new route without a row, or a row that no longer
/// matches, fails the test; a refused request must leave every table as it was.
@Suite struct RouteMatrixTests {
    enum Outcome: String, Sendable {
        /// The visitor may use the route: the row's own status answers.
        case allowed
        /// Sent to the sign-in page (303 to /anmelden).
        case signIn
        /// 403.
        case forbidden
    }

    struct Row: Sendable {
        var route: String
        var url: String
        var form: [String: String]?
        /// anonymous, reader, editor of the measure's department, editor of another department, admin,
        /// moderator, expert, participant.
        var outcomes: [Outcome]
        /// The status when allowed, per visitor where it differs (the first allowed visitor's change
        /// may leave nothing to change for the next).
        var allowed: [Int]
    }

    static let everyone: [Outcome] = Array(repeating: .allowed, count: 8)
    static let accounts: [Outcome] = [.signIn, .allowed, .allowed, .allowed, .allowed, .allowed, .allowed, .signIn]
    static let measureEditors: [Outcome] = staff([.forbidden, .allowed, .forbidden, .allowed, .forbidden, .forbidden])
    static let admins: [Outcome] = staff([.forbidden, .forbidden, .forbidden, .allowed, .forbidden, .forbidden])
    static let moderators: [Outcome] = staff([.forbidden, .forbidden, .forbidden, .allowed, .allowed, .forbidden])
    static let decisionStaff: [Outcome] = staff([.forbidden, .allowed, .allowed, .allowed, .forbidden, .forbidden])
    static let reviewStaff: [Outcome] = staff([.forbidden, .forbidden, .forbidden, .allowed, .forbidden, .allowed])
    static let experts: [Outcome] = staff([.forbidden, .forbidden, .forbidden, .forbidden, .forbidden, .allowed])
    /// Who keeps a dataset of FB 12: the office, and the editor of FB 12 (the "other" department).
    static let keepersOfFB12: [Outcome] = staff([.forbidden, .forbidden, .allowed, .allowed, .forbidden, .forbidden])

    /// A participant's own route: everyone else is sent to the participants' sign-in.
    static func participantOnly(_ status: Int) -> [Int] { Array(repeating: 303, count: 7) + [status] }

    /// A staff route: anonymous visitors and participants (who have no staff account) are sent to
    /// the staff sign-in; `roles` for reader, the two editors, admin, moderator and expert.
    static func staff(_ roles: [Outcome]) -> [Outcome] { [.signIn] + roles + [.signIn] }

    static func rows(readerID: Int64) -> [Row] {
        func get(_ route: String, _ url: String, _ outcomes: [Outcome], _ status: [Int] = [200]) -> Row {
            Row(
                route: "GET " + route, url: url, outcomes: outcomes,
                allowed: status.count == 1 ? Array(repeating: status[0], count: 8) : status)
        }
        func post(_ route: String, _ url: String, _ form: [String: String], _ outcomes: [Outcome], _ status: [Int])
            -> Row
        {
            Row(
                route: "POST " + route, url: url, form: form, outcomes: outcomes,
                allowed: status.count == 1 ? Array(repeating: status[0], count: 8) : status)
        }
        return [
            get("/healthz", "/healthz", everyone),
            // The data platform: open datasets and the ethics register for all, the forms for their keepers.
            get("/daten", "/daten", everyone),
            get("/daten/ethik", "/daten/ethik", everyone),
            get("/daten/{slug}", "/daten/baumkataster", everyone),
            get("/api/v1/datasets", "/api/v1/datasets", everyone),
            get("/api/v1/datasets/{slug}", "/api/v1/datasets/baumkataster", everyone),
            get("/api/v1/ethics-register", "/api/v1/ethics-register", everyone),
            get("/dcat/catalog", "/dcat/catalog", everyone),
            get("/dcat/catalog.ttl", "/dcat/catalog.ttl", everyone),
            get("/dcat/catalog.rdf", "/dcat/catalog.rdf?page=1", everyone),
            get("/dcat/catalog.jsonld", "/dcat/catalog.jsonld", everyone),
            get("/verwaltung/daten", "/verwaltung/daten", decisionStaff),
            get("/verwaltung/daten/neu", "/verwaltung/daten/neu", decisionStaff),
            post("/verwaltung/daten/neu", "/verwaltung/daten/neu", ["kennung": "x"], decisionStaff, [422]),
            get("/verwaltung/daten/{slug}", "/verwaltung/daten/energieverbrauch-gebaeude", keepersOfFB12),
            post(
                "/verwaltung/daten/{slug}", "/verwaltung/daten/energieverbrauch-gebaeude", ["grund": "x"],
                keepersOfFB12, [422]),
            // Applications: their pages for all; forms and findings for their keepers; questions put by the office.
            get("/daten/anwendungen", "/daten/anwendungen", everyone),
            get("/daten/anwendungen/{slug}", "/daten/anwendungen/energie-dashboard", everyone),
            get("/api/v1/applications", "/api/v1/applications", everyone),
            get("/api/v1/applications/{slug}", "/api/v1/applications/energie-dashboard", everyone),
            get("/verwaltung/anwendungen", "/verwaltung/anwendungen", decisionStaff),
            get("/verwaltung/anwendungen/neu", "/verwaltung/anwendungen/neu", decisionStaff),
            post("/verwaltung/anwendungen/neu", "/verwaltung/anwendungen/neu", ["kennung": "x"], decisionStaff, [422]),
            get("/verwaltung/anwendungen/{slug}", "/verwaltung/anwendungen/energie-dashboard", keepersOfFB12),
            post(
                "/verwaltung/anwendungen/{slug}", "/verwaltung/anwendungen/energie-dashboard", ["grund": "x"],
                keepersOfFB12, [422]),
            post(
                "/verwaltung/anwendungen/{slug}/befunde", "/verwaltung/anwendungen/energie-dashboard/befunde",
                ["befund": ""], keepersOfFB12, [422]),
            get(
                "/verwaltung/anwendungen/{slug}/befunde/{finding}/diskussion",
                "/verwaltung/anwendungen/energie-dashboard/befunde/3/diskussion", admins),
            post(
                "/verwaltung/anwendungen/{slug}/befunde/{finding}/diskussion",
                "/verwaltung/anwendungen/energie-dashboard/befunde/3/diskussion", ["abschnitt": "x"], admins, [422]),
            // Indicators: pages, downloads and the API for all.
            get("/daten/indikatoren", "/daten/indikatoren", everyone),
            get("/daten/indikatoren/{slug}", "/daten/indikatoren/parkhaeuser-voll", everyone),
            get("/daten/indikatoren/{slug}/werte.csv", "/daten/indikatoren/parkhaeuser-voll/werte.csv", everyone),
            get("/daten/indikatoren/{slug}/werte.json", "/daten/indikatoren/parkhaeuser-voll/werte.json", everyone),
            get("/api/v1/indicators", "/api/v1/indicators", everyone),
            get("/verwaltung/indikatoren", "/verwaltung/indikatoren", decisionStaff),
            get("/verwaltung/indikatoren/neu", "/verwaltung/indikatoren/neu", decisionStaff),
            post("/verwaltung/indikatoren/neu", "/verwaltung/indikatoren/neu", ["kennung": "x"], decisionStaff, [422]),
            get("/verwaltung/indikatoren/werte", "/verwaltung/indikatoren/werte", decisionStaff),
            post("/verwaltung/indikatoren/werte", "/verwaltung/indikatoren/werte", ["werte": ""], decisionStaff, [422]),
            get("/verwaltung/indikatoren/{slug}", "/verwaltung/indikatoren/mobile-arbeit", keepersOfFB12),
            post(
                "/verwaltung/indikatoren/{slug}", "/verwaltung/indikatoren/mobile-arbeit", ["grund": "x"],
                keepersOfFB12, [422]),
            get("/api/v1/indicators/{slug}", "/api/v1/indicators/parkhaeuser-voll", everyone),
            get("/api/openapi.json", "/api/openapi.json", everyone),
            get("/api/v1/strategies", "/api/v1/strategies", everyone),
            get("/api/v1/measures", "/api/v1/measures", everyone),
            get("/api/v1/measures/{number}", "/api/v1/measures/1.4", everyone),
            get("/api/v1/fields", "/api/v1/fields", everyone),
            get("/api/v1/departments", "/api/v1/departments", everyone),
            get("/api/v1/statuses", "/api/v1/statuses", everyone),
            get("/api/v1/strategies/{slug}/text/versions", "/api/v1/strategies/smart-city/text/versions", everyone),
            get(
                "/api/v1/strategies/{slug}/text/versions/{number}", "/api/v1/strategies/smart-city/text/versions/2",
                everyone),
            get(
                "/api/v1/strategies/{slug}/text/diff", "/api/v1/strategies/smart-city/text/diff?from=1&to=2",
                everyone),
            get(
                "/api/v1/strategies/{slug}/text/versions/{number}/contributions",
                "/api/v1/strategies/smart-city/text/versions/2/contributions", everyone),
            get(
                "/api/v1/strategies/{slug}/text/versions/{number}/figures",
                "/api/v1/strategies/smart-city/text/versions/1/figures", everyone),
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
            get("/strategien", "/strategien", everyone),
            get("/registrieren", "/registrieren", everyone),
            get("/beitraege/{id}", "/beitraege/1", everyone, [303]),
            get(
                "/strategien/{slug}/text/{number}/abschnitt/{block}",
                "/strategien/smart-city/text/2/abschnitt/datenethik",
                everyone),
            post(
                "/strategien/{slug}/text/{number}/abschnitt/{block}/kommentar",
                "/strategien/smart-city/text/2/abschnitt/datenethik/kommentar", ["kommentar": "Gut."], everyone, [303]),
            post(
                "/strategien/{slug}/text/{number}/abschnitt/{block}/zustimmung",
                "/strategien/smart-city/text/2/abschnitt/datenethik/zustimmung", ["wert": "agree"], everyone, [303]),
            get("/beteiligung/anmelden", "/beteiligung/anmelden", everyone),
            post(
                "/beteiligung/anmelden", "/beteiligung/anmelden",
                ["email": "niemand@example.org", "passwort": "falsch-falsch-falsch"], everyone, [401]),
            post(
                "/registrieren", "/registrieren",
                [
                    "email": "neu@example.org", "anzeigename": "Neu", "passwort": "ein-langes-passwort",
                    "einwilligung": "1",
                ], everyone, [200]),
            get("/registrieren/bestaetigen", "/registrieren/bestaetigen?t=abc", everyone),
            post("/registrieren/bestaetigen", "/registrieren/bestaetigen", ["t": "abc"], everyone, [404]),
            // One-click unsubscribing: the signed token is all it takes (see UnsubscribeTests); a wrong one is 404.
            get("/benachrichtigungen/abbestellen/{token}", "/benachrichtigungen/abbestellen/abc.def", everyone, [404]),
            post(
                "/benachrichtigungen/abbestellen/{token}", "/benachrichtigungen/abbestellen/abc.def", ["x": "1"],
                everyone, [404]),
            get("/strategien/{slug}/text", "/strategien/smart-city/text", everyone),
            get("/strategien/{slug}/text/{number}/abwaegung", "/strategien/smart-city/text/1/abwaegung", everyone),
            get(
                "/strategien/{slug}/text/{number}/abwaegung.csv",
                "/strategien/smart-city/text/1/abwaegung.csv?anonym=1",
                everyone),
            get(
                "/strategien/{slug}/text/{number}/abwaegung.docx",
                "/strategien/smart-city/text/1/abwaegung.docx?ohne-text=1", everyone),
            get("/strategien/{slug}/text/{number}", "/strategien/smart-city/text/1", everyone),
            get("/strategien/{slug}/versionen.atom", "/strategien/smart-city/versionen.atom", everyone),
            get("/strategien/{slug}/abwaegung.atom", "/strategien/smart-city/abwaegung.atom", everyone),
            get(
                "/strategien/{slug}/statusaenderungen.atom", "/strategien/digitalstrategie/statusaenderungen.atom",
                everyone),
            get(
                "/strategien/{slug}/handlungsfelder/{field}/statusaenderungen.atom",
                "/strategien/digitalstrategie/handlungsfelder/1/statusaenderungen.atom", everyone),
            get(
                "/strategien/{slug}/massnahmen/{number}/statusaenderungen.atom",
                "/strategien/digitalstrategie/massnahmen/1.4/statusaenderungen.atom", everyone),
            get("/strategien/{slug}/vergleich", "/strategien/smart-city/vergleich?von=1&zu=2", everyone, [303]),
            get(
                "/strategien/{slug}/text/{number}/vergleich/{to}", "/strategien/smart-city/text/1/vergleich/2",
                everyone),
            get("/barrierefreiheit", "/barrierefreiheit", everyone),
            get("/impressum", "/impressum", everyone),
            get("/sprache/{language}", "/sprache/en?zurueck=/massnahmen", everyone, [303]),
            get("/static/site.css", "/static/site.css", everyone),
            get("/anmelden", "/anmelden", everyone, [200, 303, 303, 303, 303, 303, 303, 200]),
            post(
                "/anmelden", "/anmelden", ["email": "niemand@example.org", "passwort": "falsch-falsch-falsch"],
                everyone, [401]),
            post("/abmelden", "/abmelden", [:], everyone, [303]),
            // Moderators are sent on to their queue.
            get("/arbeitsbereich", "/arbeitsbereich", accounts, [0, 200, 200, 200, 200, 303, 303, 0]),
            get("/massnahmen/{number}/bearbeiten", "/massnahmen/1.4/bearbeiten", measureEditors),
            post(
                "/massnahmen/{number}/status", "/massnahmen/1.4/status",
                ["status": "im-zeitplan", "seit": "2026-01-02", "gesehen": "999999999"], measureEditors, [303]),
            post(
                "/massnahmen/{number}/bearbeiten", "/massnahmen/1.4/bearbeiten",
                [
                    "titel": "Digitales Wahlmanagement (geprüft)", "feld": "1", "federfuehrung": "FB 15",
                    "wirksam": "2026-01-02",
                    "gesehen": "999999999",
                ],
                // The second editor's identical change leaves nothing to change.
                measureEditors, [0, 0, 303, 0, 422, 0, 0, 0]),
            post(
                "/massnahmen/{number}/notiz", "/massnahmen/1.4/notiz", ["notiz": "Rückfrage an FB 15"],
                measureEditors, [303]),
            // No round is open yet.
            post("/massnahmen/{number}/bestaetigen", "/massnahmen/1.4/bestaetigen", [:], measureEditors, [409]),
            get("/verwaltung/benutzer", "/verwaltung/benutzer", admins),
            post(
                "/verwaltung/benutzer", "/verwaltung/benutzer",
                ["email": "neu@example.org", "name": "Neu", "rolle": "reader", "passwort": "ein-langes-passwort"],
                admins, [303]),
            post(
                "/verwaltung/benutzer/{id}", "/verwaltung/benutzer/\(readerID)",
                ["name": "reader", "rolle": "reader", "aktiv": "1"], admins, [303]),
            get("/verwaltung/runde", "/verwaltung/runde", admins),
            get("/verwaltung/postausgang", "/verwaltung/postausgang", admins),
            post("/verwaltung/runde", "/verwaltung/runde", ["faellig": "2099-12-31"], admins, [303]),
            post("/verwaltung/runde/schliessen", "/verwaltung/runde/schliessen", [:], admins, [303]),
            get("/verwaltung/runde/offen.csv", "/verwaltung/runde/offen.csv", admins),
            get("/verwaltung/katalog", "/verwaltung/katalog", admins),
            get("/verwaltung/texte", "/verwaltung/texte", admins),
            // Editors prepare decisions too (on their departments' blocks); the office publishes them.
            get("/verwaltung/abwaegung", "/verwaltung/abwaegung", decisionStaff),
            get("/verwaltung/abwaegung/{slug}/{number}", "/verwaltung/abwaegung/smart-city/1", decisionStaff),
            post(
                "/verwaltung/abwaegung/{slug}/{number}", "/verwaltung/abwaegung/smart-city/1",
                ["ergebnis": "noted", "begruendung": "Zur Kenntnis."], decisionStaff, [422]),
            post(
                "/verwaltung/abwaegung/{slug}/{number}/beschluss", "/verwaltung/abwaegung/smart-city/1/beschluss",
                ["datum": CalendarDate(Date()).iso], admins, [303]),
            post(
                "/verwaltung/abwaegung/{slug}/{number}/veranstaltung",
                "/verwaltung/abwaegung/smart-city/2/veranstaltung",
                ["datum": "2026-11-01", "format": "workshop", "ort": "Rathaus", "teilnehmende": "12"], admins, [303]),
            // Cutting contribution 1 into segments: the page, and a cut without a block, refused on the page.
            get(
                "/verwaltung/abwaegung/{slug}/{number}/beitrag/{id}", "/verwaltung/abwaegung/smart-city/1/beitrag/1",
                decisionStaff),
            post(
                "/verwaltung/abwaegung/{slug}/{number}/beitrag/{id}", "/verwaltung/abwaegung/smart-city/1/beitrag/1",
                ["wortlaut": "x"], decisionStaff, [422]),
            post(
                "/verwaltung/abwaegung/{slug}/{number}/beitrag/{id}/teil/{segment}/zuruecknehmen",
                "/verwaltung/abwaegung/smart-city/1/beitrag/1/teil/99/zuruecknehmen", ["grund": "Irrtum."],
                decisionStaff, [422]),
            // The demo's forum on version 1 is event 1.
            get(
                "/verwaltung/abwaegung/{slug}/{number}/veranstaltung/{id}",
                "/verwaltung/abwaegung/smart-city/1/veranstaltung/1", admins),
            post(
                "/verwaltung/abwaegung/{slug}/{number}/veranstaltung/{id}",
                "/verwaltung/abwaegung/smart-city/1/veranstaltung/1", ["ort": "Rathaus"], admins, [422]),
            post(
                "/verwaltung/abwaegung/{slug}/{number}/veroeffentlichen",
                "/verwaltung/abwaegung/smart-city/1/veroeffentlichen", [:], admins, [303]),
            // Calling off a publication that is not set: refused with the reason, on the page.
            post(
                "/verwaltung/abwaegung/{slug}/{number}/veroeffentlichung/{id}/absagen",
                "/verwaltung/abwaegung/smart-city/1/veroeffentlichung/999/absagen", [:], admins, [422]),
            // The office lays the table before the council, once.
            post(
                "/verwaltung/abwaegung/{slug}/{number}/tabelle", "/verwaltung/abwaegung/smart-city/1/tabelle",
                ["vorlage": "V111/2021"], admins, [303]),
            get("/verwaltung/eingaben/{slug}/{number}", "/verwaltung/eingaben/smart-city/2", admins),
            post(
                "/verwaltung/eingaben/{slug}/{number}", "/verwaltung/eingaben/smart-city/2", EntryTests.letter(),
                admins,
                [303]),
            get("/verwaltung/gutachten", "/verwaltung/gutachten", reviewStaff),
            get("/verwaltung/gutachten/{slug}/{number}", "/verwaltung/gutachten/smart-city/2", reviewStaff),
            post(
                "/verwaltung/gutachten/{slug}/{number}", "/verwaltung/gutachten/smart-city/2",
                ["akzeptanz": "4", "praxistauglichkeit": "3", "begruendung": "Tragfähig."], experts, [303]),
            // Nothing chosen: refused, and nothing changes.
            post(
                "/verwaltung/gutachten/{slug}/{number}/veroeffentlichen",
                "/verwaltung/gutachten/smart-city/2/veroeffentlichen", [:], admins, [422]),
            get("/verwaltung/texte/{slug}", "/verwaltung/texte/smart-city", admins),
            // Only a check: it shows the matching and saves nothing.
            post(
                "/verwaltung/texte/{slug}", "/verwaltung/texte/smart-city",
                ["aktion": "pruefen", "titel": "Dritte Fassung", "text": "# Neu\n\nEin Absatz."], admins, [200]),
            // There is no draft to publish.
            post(
                "/verwaltung/texte/{slug}/veroeffentlichen", "/verwaltung/texte/smart-city/veroeffentlichen", [:],
                admins, [422]),
            post(
                "/verwaltung/fachbereiche", "/verwaltung/fachbereiche", ["kuerzel": "FB 99", "name": "Neu"], admins,
                [303]),
            post(
                "/verwaltung/handlungsfelder", "/verwaltung/handlungsfelder", ["nummer": "9", "titel": "Neues Feld"],
                admins, [303]),
            post(
                "/verwaltung/status", "/verwaltung/status",
                ["schluessel": "pausiert", "de": "pausiert", "en": "paused", "art": "delayed"], admins, [303]),
            post("/verwaltung/berichte", "/verwaltung/berichte", ["stichtag": "2021-12-31"], admins, [303]),
            // Anyone signed in reports (each once); anonymous visitors are sent to take part first.
            get("/beitraege/{id}/melden", "/beitraege/1/melden", everyone, [303, 200, 200, 200, 200, 200, 200, 200]),
            post(
                "/beitraege/{id}/melden", "/beitraege/1/melden", ["grund": "Beleidigend."], everyone,
                [303, 200, 200, 200, 200, 200, 200, 200]),
            // A participant's own account: staff and anonymous visitors are sent to the participants' sign-in.
            get("/beteiligung/konto", "/beteiligung/konto", everyone, Self.participantOnly(200)),
            get("/beteiligung/konto/daten.json", "/beteiligung/konto/daten.json", everyone, Self.participantOnly(200)),
            post(
                "/beteiligung/folgen", "/beteiligung/folgen",
                ["ziel": "strategy/smart-city", "haeufigkeit": "daily", "weiter": "/beteiligung/konto"], everyone,
                Self.participantOnly(303)),
            post(
                "/beteiligung/folgen/beenden", "/beteiligung/folgen/beenden", ["ziel": "strategy/smart-city"],
                everyone, Self.participantOnly(303)),
            // A wrong password: refused, nothing erased.
            post(
                "/beteiligung/konto/loeschen", "/beteiligung/konto/loeschen", ["passwort": "x"], everyone,
                Self.participantOnly(422)),
            get("/verwaltung/moderation", "/verwaltung/moderation?zustand=offen", moderators),
            get("/verwaltung/moderation/{id}", "/verwaltung/moderation/1", moderators),
            post("/verwaltung/moderation/{id}", "/verwaltung/moderation/1", ["aktion": "behalten"], moderators, [303]),
            get("/verwaltung/teilnehmende", "/verwaltung/teilnehmende?suche=a", moderators),
            post(
                "/verwaltung/teilnehmende/{id}", "/verwaltung/teilnehmende/1", ["kennzeichnung": "expert"], moderators,
                [303]),
        ]
    }

    static func passes(_ response: TestResponse, _ expected: Outcome, allowed status: Int) -> Bool {
        switch expected {
        case .allowed: return Int(response.status.code) == status
        case .signIn: return response.status.code == 303 && response.location?.hasPrefix("/anmelden?") == true
        case .forbidden: return response.status.code == 403
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

            let empty = try await DatabaseFingerprint.take(fixture.database)
            _ = try await SQLCouncilRepository(database: fixture.database).saveLegislativeTerm(
                name: "Wahlperiode 2019–2024", startDate: CalendarDate("2019-07-01")!,
                endDate: CalendarDate("2024-06-30")!)
            #expect(try await DatabaseFingerprint.take(fixture.database) != empty, "the fingerprint sees a new row")
            for row in rows {
                for (index, (person, expected)) in zip(Person.allCases, row.outcomes).enumerated() {
                    let browser = try await fixture.browser(person)
                    if row.form != nil, browser.csrf == nil { try await browser.get("/anmelden") }
                    // Sessions are left out: every request of a signed-in visitor moves its expiry.
                    let before = try await DatabaseFingerprint.take(fixture.database, excluding: ["web_sessions"])
                    let response =
                        if let form = row.form { try await browser.post(row.url, form) } else {
                            try await browser.get(row.url)
                        }
                    let wanted = expected == .allowed ? String(row.allowed[index]) : expected.rawValue
                    #expect(
                        Self.passes(response, expected, allowed: row.allowed[index]),
                        "\(row.route) as \(person): \(response.status.code) \(response.location ?? ""), not \(wanted)")
                    if expected != .allowed {
                        let after = try await DatabaseFingerprint.take(fixture.database, excluding: ["web_sessions"])
                        let changed = after.filter { before[$0.key] != $0.value }.keys.sorted()
                        #expect(changed.isEmpty, "\(row.route) as \(person) changed \(changed)")
                    }
                }
            }

            // Every route that takes a form refuses it without the CSRF token, even from an admin,
            // before it changes anything: no POST route may bypass `postForm`.
            let admin = try await fixture.browser(.admin)
            for row in rows where row.form != nil {
                let before = try await DatabaseFingerprint.take(fixture.database, excluding: ["web_sessions"])
                let response = try await admin.post(row.url, row.form ?? [:], csrf: false)
                // The one exemption: RFC 8058's one-click unsubscribe posts without a form token; its
                // signed link is the authority, and a wrong one (as here) is not found.
                let exempt = row.route == "POST /benachrichtigungen/abbestellen/{token}"
                #expect(
                    response.status == (exempt ? .notFound : .forbidden),
                    "\(row.route) without a token: \(response.status.code)")
                let after = try await DatabaseFingerprint.take(fixture.database, excluding: ["web_sessions"])
                #expect(after == before, "\(row.route) without a token changed something")
            }
        }
    }
}
