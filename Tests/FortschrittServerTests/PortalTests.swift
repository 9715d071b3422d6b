import FortschrittCLI
import FortschrittDomain
import Hummingbird
import HummingbirdTesting
import Testing

@testable import FortschrittServer
@testable import FortschrittStore

@Suite struct PortalTests {
    @Test func catalogueFiltersSearchesAndSortsWithShareableURLs() async throws {
        try await WebFixture.with { fixture in
            let browser = Browser(client: fixture.client)
            let search = try await browser.get("/massnahmen?suche=wahl")
            #expect(search.text.contains("Digitales Wahlmanagement"))
            #expect(search.text.contains("von 49 Maßnahmen"))
            // Umlauts and case do not matter.
            #expect(try await browser.get("/massnahmen?suche=RATSARBEIT").text.contains("Digitale Ratsarbeit"))
            let filtered = try await browser.get(
                "/massnahmen?fachbereich=FB%2012&status=im-zeitplan&sortierung=titel&richtung=ab")
            #expect(filtered.status == .ok)
            #expect(filtered.text.contains(#"<option value="FB 12" selected>"#))
            #expect(filtered.text.contains(#"aria-sort="descending""#))
            // The header link flips the direction and keeps the filter.
            #expect(
                filtered.text.contains(
                    #"href="/massnahmen?status=im-zeitplan&amp;fachbereich=FB%2012&amp;sortierung=titel""#))
            let bad = try await browser.get("/massnahmen?feld=eins")
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("feld") && bad.text.contains("eins"))
            // Parameters the page does not know (a tracker's) are ignored; values it cannot use are not.
            #expect(try await browser.get("/massnahmen?farbe=rot").text == (try await browser.get("/massnahmen").text))
            let status = try await browser.get("/massnahmen?status=quatsch")
            #expect(status.status == .badRequest && status.text.contains("quatsch"))
            #expect(try await browser.get("/massnahmen?fachbereich=FB%2099").status == .badRequest)
            #expect(try await browser.get("/massnahmen?status=ohne").status == .ok)
            // What a visitor types comes back escaped, also inside attributes.
            let hostile = try await browser.get("/massnahmen?suche=%22%3E%3Cscript%3Ealert(1)%3C/script%3E").text
            #expect(
                !hostile.contains("<script>")
                    && hostile.contains(#"value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;""#))
        }
    }

    @Test func measurePageShowsTimelineAndHistory() async throws {
        try await WebFixture.with { fixture in
            let page = try await Browser(client: fixture.client).get("/massnahmen/1.1").text
            #expect(page.contains("Statusverlauf") && page.contains(#"<ol class="timeline">"#))
            #expect(page.contains("Änderungen"))
            #expect(try await Browser(client: fixture.client).get("/massnahmen/9.99").status == .notFound)
        }
    }

    /// Through the router, and through a live server, where pages kept in memory are answered on the connection.
    @Test(arguments: [false, true])
    func publicPagesAnswerConditionalRequestsAndCarrySecurityHeaders(live: Bool) async throws {
        try await WebFixture.with(live: live) { fixture in
            let browser = Browser(client: fixture.client)
            for path in ["/", "/massnahmen", "/massnahmen/1.4", "/berichte", "/barrierefreiheit", "/impressum"] {
                let first = try await browser.get(path)
                #expect(first.status == .ok, "\(path)")
                let etag = try #require(first.headers[.eTag], "\(path)")
                #expect(first.headers[.lastModified] != nil)
                #expect(first.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
                #expect(
                    first.headers[.contentSecurityPolicy]?.contains("script-src") == false, "no script source at all")
                #expect(first.headers[.xContentTypeOptions] == "nosniff")
                #expect(first.headers[.referrerPolicy] == "same-origin")
                #expect(first.headers[values: .setCookie].isEmpty, "public pages set no cookies")
                let kept = try await browser.get(path)
                #expect(
                    kept.body == first.body && Self.withoutDate(kept.headers) == Self.withoutDate(first.headers),
                    "\(path): the kept page")
                let again = try await browser.get(path, headers: [.ifNoneMatch: etag])
                #expect(again.status == .notModified, "\(path)")
                let since = try await browser.get(path, headers: [.ifModifiedSince: first.headers[.lastModified]!])
                #expect(since.status == .notModified, "\(path)")
            }
            // English pages have their own tag.
            let english = Browser(client: fixture.client)
            #expect(try await english.get("/sprache/en?zurueck=/massnahmen").location == "/massnahmen")
            let page = try await english.get("/massnahmen")
            #expect(page.text.contains(#"<html lang="en">"#) && page.text.contains("Measures"))
            #expect(page.headers[.eTag] != (try await browser.get("/massnahmen")).headers[.eTag])
            // Only local paths are followed; browsers drop tabs and line breaks and read "\" as "/".
            for hostile in [
                "//evil.example", "/%09/evil.example", "/%0a/evil.example", "/%5Cevil.example", "https://evil.example",
            ] {
                #expect(try await english.get("/sprache/de?zurueck=\(hostile)").location == "/", "\(hostile)")
            }
        }
    }

    static func withoutDate(_ headers: HTTPFields) -> [String: String] {
        Dictionary(
            headers.filter { $0.name != .date }.map { ($0.name.canonicalName, $0.value) },
            uniquingKeysWith: { $0 + ", " + $1 })
    }

    @Test func pagesAreRenderedOnceperStateOfTheData() async throws {
        let renders = RenderCounter()
        let cache = PublicPageCache(maxAge: .seconds(60)) { .init(tag: "v\(renders.version)", lastModified: nil) }
        try await WebFixture.with { fixture in
            _ = fixture
            let router = Router(context: WebRequestContext.self)
            router.get("/seite") { request, context in
                try await cache.respond(request, context) {
                    renders.count += 1
                    return "<p>\(renders.count)</p>"
                }
            }
            let app = Application(router: router)
            try await app.test(.router) { client in
                _ = try await client.execute(uri: "/seite", method: .get)
                _ = try await client.execute(uri: "/seite", method: .get)
                #expect(renders.count == 1)
                renders.version += 1
                cache.invalidate()
                #expect(try await client.execute(uri: "/seite", method: .get).body == ByteBuffer(string: "<p>2</p>"))
            }
        }
    }

    @Test func updateRoundFromOpeningToExport() async throws {
        try await WebFixture.with { fixture in
            let admin = try await fixture.browser(.admin)
            #expect(try await admin.post("/verwaltung/runde", ["faellig": "2099-01-31"]).status == .seeOther)
            let editor = try await fixture.browser(.editorOwn)
            let workspace = try await editor.get("/arbeitsbereich").text
            #expect(workspace.contains("3 von 3 Maßnahmen brauchen noch eine Bestätigung oder Aktualisierung."))
            #expect(
                try await editor.post("/massnahmen/1.4/bestaetigen").location
                    == "/arbeitsbereich?gespeichert=bestaetigt")
            _ = try await editor.post(
                "/massnahmen/1.5/status",
                ["status": "etabliert", "seit": "2026-01-01", "gesehen": try await EditingTests.seen(editor, "1.5")])
            let after = try await editor.get("/arbeitsbereich").text
            #expect(after.contains("1 von 3 Maßnahmen"))
            #expect(
                after.contains("bestätigt von \(Person.editorOwn.email)")
                    && after.contains("aktualisiert von \(Person.editorOwn.email)"))
            let overview = try await admin.get("/verwaltung/runde").text
            #expect(
                overview.contains(
                    #"<th scope="row">FB 15</th><td class="num" data-label="erledigt">2</td><td class="num" "#
                        + #"data-label="offen">1</td>"#
                ))
            let csv = try await admin.get("/verwaltung/runde/offen.csv")
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.text.contains("FB 15;4.9;Queeres Leben in Mannheim"))
            #expect(!csv.text.contains(";1.4;"))
            // A second round cannot open while one runs.
            #expect(
                try await admin.post("/verwaltung/runde", ["faellig": "2099-02-28"]).status == .unprocessableContent)
        }
    }

    @Test func adminsManageAccountsAndEveryChangeIsLogged() async throws {
        try await WebFixture.with { fixture in
            let admin = try await fixture.browser(.admin)
            let short = try await admin.post(
                "/verwaltung/benutzer",
                [
                    "email": "neu@example.org", "name": "Neu", "rolle": "editor", "fachbereiche": "FB 15",
                    "passwort": "kurz",
                ])
            #expect(short.status == .unprocessableContent)
            #expect(short.text.contains(#"id="neu-passwort-error""#))
            let unknown = try await admin.post(
                "/verwaltung/benutzer",
                [
                    "email": "neu@example.org", "name": "Neu", "rolle": "editor",
                    "fachbereiche": "FB 99", "passwort": "ein-langes-passwort",
                ])
            #expect(unknown.text.contains("Unbekannter Fachbereich „FB 99“"))
            #expect(
                try await admin.post(
                    "/verwaltung/benutzer",
                    [
                        "email": "Neu@Example.org", "name": "Neu", "rolle": "editor",
                        "fachbereiche": "FB 15", "passwort": "ein-langes-passwort",
                    ]
                ).status == .seeOther)
            let newcomer = Browser(client: fixture.client)
            #expect(try await newcomer.signIn("neu@example.org", "ein-langes-passwort").status == .seeOther)
            let log = try await SQLAccountRepository(database: fixture.database).accountLog(limit: 5)
            #expect(log.first?.account == "neu@example.org" && log.first?.actor == Person.admin.email)
            // The last admin cannot take away their own rights.
            let me = fixture.accounts[.admin]!
            let demote = try await admin.post(
                "/verwaltung/benutzer/\(me.id)",
                ["name": "admin", "rolle": "reader", "aktiv": "1", "passwort": "ein-neues-langes-passwort"])
            #expect(demote.status == .unprocessableContent)
            #expect(demote.text.contains("ist die letzte aktive Administration"))
            // Refused as a whole: the password did not change either.
            #expect(
                try await Browser(client: fixture.client).signIn(Person.admin.email, Person.password).status
                    == .seeOther)
        }
    }
}

extension PortalTests {
    @Test func titlesEditorsTypeCannotInjectMarkup() async throws {
        try await WebFixture.with { fixture in
            let admin = try await fixture.browser(.admin)
            let hostile = #"x"><meta http-equiv="refresh" content="0;url=https://evil.example">"#
            _ = try await admin.post(
                "/massnahmen/4.9/bearbeiten",
                [
                    "titel": hostile, "feld": "4", "federfuehrung": "FB 15", "wirksam": "2026-01-01",
                    "gesehen": try await EditingTests.seen(admin, "4.9"),
                ])
            let page = try await Browser(client: fixture.client).get("/massnahmen/4.9").text
            #expect(!page.contains("<meta http-equiv"))
            #expect(page.contains("&lt;meta http-equiv"))
        }
    }

    @Test func formsFromOtherSitesAreRefused() async throws {
        try await WebFixture.with { fixture in
            let editor = try await fixture.browser(.editorOwn)
            let response = try await editor.post(
                "/massnahmen/1.4/notiz", ["notiz": "x"], headers: [.origin: "https://evil.example"])
            #expect(response.status == .forbidden)
        }
        // With a public address configured, only its origin counts: not http where it is https.
        let configuration = ServerConfiguration(publicURL: "https://digitalstrategie.example.de")
        try await WebFixture.with(configuration: configuration) { fixture in
            let editor = try await fixture.browser(.editorOwn)
            for (origin, status) in [
                ("http://digitalstrategie.example.de", 403), ("https://digitalstrategie.example.de", 303),
            ] {
                let response = try await editor.post(
                    "/massnahmen/1.4/notiz", ["notiz": "x"], headers: [.origin: origin])
                #expect(Int(response.status.code) == status, "\(origin)")
            }
        }
    }

    @Test func adminsKeepDepartmentsFieldsStatusesAndPublishReports() async throws {
        try await WebFixture.with { fixture in
            let admin = try await fixture.browser(.admin)
            #expect(
                try await admin.post("/verwaltung/fachbereiche", ["kuerzel": "FB 50", "name": "Soziales"]).status
                    == .seeOther)
            #expect(
                try await admin.post("/verwaltung/handlungsfelder", ["nummer": "5", "titel": "Klimaschutz digital"])
                    .status == .seeOther)
            let twice = try await admin.post("/verwaltung/handlungsfelder", ["nummer": "5", "titel": "Doppelt"])
            #expect(twice.status == .unprocessableContent && twice.text.contains("Das Handlungsfeld 5 gibt es schon."))
            #expect(
                try await admin.post(
                    "/verwaltung/status",
                    ["schluessel": "pausiert", "de": "pausiert", "en": "paused", "art": "delayed"]
                ).status == .seeOther)
            let page = try await admin.get("/verwaltung/katalog").text
            #expect(
                page.contains("FB 50 – Soziales") && page.contains("5. Klimaschutz digital")
                    && page.contains("pausiert / paused"))
            // Renaming is logged with who did it; the public pages get a new tag.
            let before = try await Browser(client: fixture.client).get("/massnahmen").headers[.eTag]
            #expect(
                try await admin.post("/verwaltung/fachbereiche", ["kuerzel": "FB 50", "name": "Soziales und Senioren"])
                    .status == .seeOther)
            let log = try await admin.get("/verwaltung/katalog").text
            #expect(log.contains("admin@example.org: department FB 50 „Soziales“ → „Soziales und Senioren“"))
            #expect(log.contains("admin@example.org: status pausiert neu: „pausiert / paused (delayed)“"))
            #expect(try await Browser(client: fixture.client).get("/massnahmen").headers[.eTag] != before)

            // Another instance on the same database sees a rename it did not make (no event is recorded).
            let other = Application(
                router: buildRouter(
                    Repositories(database: fixture.database), configuration: ServerConfiguration(pageCacheMaxAge: .zero)
                ))
            try await other.test(.router) { client in
                let seen = try await client.execute(uri: "/massnahmen", method: .get).headers[.eTag]
                #expect(
                    try await admin.post(
                        "/verwaltung/fachbereiche", ["kuerzel": "FB 50", "name": "Soziales, Senioren"]
                    ).status == .seeOther)
                var now = seen
                for _ in 0..<100 where now == seen {
                    try await Task.sleep(for: .milliseconds(20))
                    now = try await client.execute(uri: "/massnahmen", method: .get).headers[.eTag]
                }
                #expect(now != seen)
            }
            let published = try await admin.post(
                "/verwaltung/berichte", ["stichtag": "2021-12-31", "basis": "2020-12-31"])
            #expect(published.status == .seeOther)
            let reports = try await Browser(client: fixture.client).get("/berichte").text
            #expect(reports.contains("31.12.2021"))
            let bad = try await admin.post("/verwaltung/berichte", ["stichtag": "irgendwann"])
            #expect(bad.status == .unprocessableContent && bad.text.contains("Bitte ein Datum angeben"))
        }
    }
}

final class RenderCounter: @unchecked Sendable {
    var count = 0
    var version = 0
}

@Suite struct OutboxPageTests {
    /// Without an SMTP server the outbox is where administrators read waiting messages; once a
    /// message is delivered its address and text are gone from the page (and the database).
    @Test func administratorsReadWaitingMessagesAndNothingPersonalAfterDelivery() async throws {
        try await WebFixture.with { fixture in
            let message = MailMessage(
                kind: "test", to: "buerger@example.org", subject: "Bitte bestätigen <b>", body: "Der Link: <x>")
            try await fixture.database.write(.statements) { db in try await SQLMailOutbox.enqueue(message, db) }
            let admin = try await fixture.browser(.admin)
            let page = try await admin.get("/verwaltung/postausgang")
            #expect(page.status == .ok && page.headers[.cacheControl] == "no-store")
            #expect(page.text.contains("An: buerger@example.org") && page.text.contains("Der Link: &lt;x&gt;"))
            #expect(page.text.contains("Bitte bestätigen &lt;b&gt;") && page.text.contains("kein SMTP-Server"))
            let outbox = SQLMailOutbox(database: fixture.database)
            let queued = try #require(try await outbox.claimNext(now: .now(), leaseSeconds: 60))
            try await outbox.delivered(queued.id, at: .now())
            let after = try await admin.get("/verwaltung/postausgang").text
            #expect(
                after.contains("zugestellt") && !after.contains("buerger@example.org") && !after.contains("Der Link"))
            let editor = try await fixture.browser(.editorOwn)
            #expect(try await editor.get("/verwaltung/postausgang").status == .forbidden)
        }
    }
}
