import FortschrittCLI
import FortschrittDomain
import FortschrittStore
import FortschrittTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import FortschrittServer

@Suite struct SignInTests {
    @Test func signInGivesAFreshHttpOnlyLaxSessionAndSignOutEndsIt() async throws {
        try await WebFixture.with { fixture in
            let browser = Browser(client: fixture.client)
            try await browser.get("/anmelden")
            // A session id planted before sign-in is not kept.
            browser.set(cookie: "session", "planted")
            let response = try await browser.signIn(Person.editorOwn.email, Person.password)
            #expect(response.status == .seeOther)
            #expect(response.location == "/arbeitsbereich")
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && !cookie.contains("Secure"))
            let session = try #require(browser.cookies["session"])
            #expect(session != "planted")
            let workspace = try await browser.get("/arbeitsbereich")
            #expect(workspace.status == .ok)
            #expect(workspace.headers[.cacheControl] == "no-store")
            #expect(workspace.text.contains("1.4") && !workspace.text.contains(">1.2<"))

            #expect(try await browser.post("/abmelden").status == .seeOther)
            // The old session id is dead even if someone kept it.
            let thief = Browser(client: fixture.client)
            thief.set(cookie: "session", session)
            #expect(try await thief.get("/arbeitsbereich").location?.hasPrefix("/anmelden") == true)
        }
    }

    @Test func wrongPasswordsAreSlowedThenLockedPerAccountAndSayNothingAboutTheAccount() async throws {
        var throttle = LoginThrottle()
        throttle.slowAfter = 100
        throttle.lockAfter = 3
        try await WebFixture.with(configuration: ServerConfiguration(loginThrottle: throttle)) { fixture in
            let browser = Browser(client: fixture.client)
            let unknown = try await browser.signIn("niemand@example.org", "irgendein-passwort")
            let wrong = try await browser.signIn(Person.admin.email, "falsches-passwort")
            #expect(unknown.status == .unauthorized && wrong.status == .unauthorized)
            #expect(
                unknown.text.contains("E-Mail-Adresse oder Passwort stimmen nicht.")
                    && wrong.text.contains("E-Mail-Adresse oder Passwort stimmen nicht."))
            _ = try await browser.signIn(Person.admin.email, "falsches-passwort")
            // Three failures from this address: even the right password waits now.
            let locked = try await browser.signIn(Person.admin.email, Person.password)
            #expect(locked.status == .tooManyRequests)
            #expect(locked.text.contains("gesperrt"))
            #expect(browser.cookies["session"] == nil)
        }
    }

    /// Wrong passwords from elsewhere lock the account, but not for its holder where they signed in
    /// before: in the same browser (its device cookie), or from the same address.
    @Test func aLockCausedElsewhereDoesNotShutOutTheHolderWhereTheySignedInBefore() async throws {
        var throttle = LoginThrottle()
        throttle.slowAfter = 100
        throttle.lockAfter = 3
        let configuration = ServerConfiguration(trustForwardedFor: true, loginThrottle: throttle)
        try await WebFixture.with(configuration: configuration) { fixture in
            func signIn(_ browser: Browser, from address: String, _ password: String) async throws -> Int {
                _ = try await browser.get("/anmelden")
                return Int(
                    try await browser.post(
                        "/anmelden", ["email": Person.admin.email, "passwort": password],
                        headers: [.xForwardedFor: address]
                    ).status.code)
            }
            let holder = Browser(client: fixture.client)
            #expect(try await signIn(holder, from: "10.0.0.1", Person.password) == 303)
            #expect(holder.cookies[KnownDevice.cookie] != nil)
            _ = try await holder.post("/abmelden")

            let attacker = Browser(client: fixture.client)
            for _ in 0..<3 { #expect(try await signIn(attacker, from: "10.6.6.6", "falsches-passwort") == 401) }
            #expect(try await signIn(attacker, from: "10.6.6.6", Person.password) == 429, "locked where it was caused")
            // The holder is told, once, in the same write that locked the account.
            let outbox = SQLMailOutbox(database: fixture.database)
            let notices = try await outbox.recent(limit: 10)
            #expect(notices.map(\.message.kind) == ["sign-in-locked"])
            #expect(notices.first?.message.to == Person.admin.email)
            #expect(notices.first?.message.body.contains("3 fehlgeschlagenen Anmeldeversuchen") == true)
            #expect(try await signIn(Browser(client: fixture.client), from: "10.0.0.2", Person.password) == 429)
            // A forged device cookie is no key.
            let forger = Browser(client: fixture.client)
            forger.set(cookie: KnownDevice.cookie, try #require(holder.cookies[KnownDevice.cookie]) + "x")
            #expect(try await signIn(forger, from: "10.0.0.3", Person.password) == 429)

            // Another browser at the address the holder signed in from.
            let colleague = Browser(client: fixture.client)
            #expect(try await signIn(colleague, from: "10.0.0.1", Person.password) == 303, "the known address")
            _ = try await colleague.post("/abmelden")
            for _ in 0..<3 { _ = try await signIn(attacker, from: "10.6.6.6", "falsches-passwort") }
            #expect(try await signIn(attacker, from: "10.6.6.6", Person.password) == 429, "locked again")
            // The holder's browser, from anywhere.
            #expect(try await signIn(holder, from: "10.0.0.9", Person.password) == 303, "the known browser")
            _ = try await holder.post("/abmelden")

            // A new password revokes the device cookies: locked out again from elsewhere, the old
            // browser is a stranger now.
            let accounts = SQLAccountRepository(database: fixture.database)
            let newHash = try await BcryptPasswordHasher(cost: 4).hash("ein-neues-langes-passwort")
            try await accounts.setPassword(of: fixture.accounts[.admin]!.id, hash: newHash, actor: "test")
            for _ in 0..<3 { _ = try await signIn(attacker, from: "10.7.7.7", "falsches-passwort") }
            #expect(try await signIn(holder, from: "10.0.0.8", "ein-neues-langes-passwort") == 429)
            // Two locks of the account (the second round from 10.6.6.6 met that address's own lock
            // and was never counted; the holder's sign-in cleared the account's count), two notices.
            #expect(try await outbox.recent(limit: 10).count == 2, "one notice per lock, not per attempt")
        }
    }

    /// Two instances on one database, a burst of wrong passwords at both: every attempt is counted
    /// before any password is checked, so only the first three get that far.
    @Test func aBurstOnSeveralInstancesIsCountedBeforeAnyPasswordIsChecked() async throws {
        var throttle = LoginThrottle()
        throttle.lockAfter = 3  // locked, not slowed: a slow machine must not let the pause run out
        let configuration = ServerConfiguration(loginThrottle: throttle)
        try await WebFixture.with(configuration: configuration) { fixture in
            let other = Application(
                router: buildRouter(
                    Repositories(database: fixture.database, hasher: BcryptPasswordHasher(cost: 4)),
                    configuration: configuration))
            try await other.test(.router) { otherClient in
                _ = try await Browser(client: fixture.client).get("/anmelden")
                let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                    for attempt in 0..<12 {
                        group.addTask {
                            let browser = Browser(client: attempt.isMultiple(of: 2) ? fixture.client : otherClient)
                            return try await browser.signIn(Person.reader.email, "falsch-\(attempt)").status
                        }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
                #expect(statuses.filter { $0 == .unauthorized }.count == 3)
                #expect(statuses.filter { $0 == .tooManyRequests }.count == 9)
                let counted = try await SQLAccountRepository(database: fixture.database).loginFailures(
                    key: "account:\(Person.reader.email)")
                #expect(counted?.failures == 3)
            }
        }
    }

    @Test func aRightPasswordTakesItsAttemptBackFromTheAddress() async throws {
        try await WebFixture.with { fixture in
            let browser = Browser(client: fixture.client)
            _ = try await browser.signIn(Person.admin.email, "falsches-passwort")
            func addressFailedAt() async throws -> [Int64] {
                try await fixture.database.read { db in
                    try await db.raw("SELECT last_failure_at FROM login_failures WHERE key LIKE 'address:%'").all()
                        .map { try $0.decode(column: "last_failure_at", as: Int64.self) }
                }
            }
            let wrongAt = try await addressFailedAt()
            #expect(try await browser.signIn(Person.reader.email, Person.password).status == .seeOther)
            #expect(
                try await addressFailedAt() == wrongAt, "the address's count keeps the time of its last real failure")
            let accounts = SQLAccountRepository(database: fixture.database)
            #expect(try await accounts.loginFailures(key: "account:\(Person.reader.email)") == nil)
            #expect(try await accounts.loginFailures(key: "account:\(Person.admin.email)")?.failures == 1)
            let addresses = try await fixture.database.read { db in
                try await db.raw("SELECT failures FROM login_failures WHERE key LIKE 'address:%'").all().map {
                    try $0.decode(column: "failures", as: Int.self)
                }
            }
            #expect(addresses == [1], "the wrong attempt stays counted for the address, the right one does not")
        }
    }

    @Test func waitingBeforeTheNextAttemptAfterAFewFailures() async throws {
        var throttle = LoginThrottle()
        throttle.slowAfter = 2
        try await WebFixture.with(configuration: ServerConfiguration(loginThrottle: throttle)) { fixture in
            let browser = Browser(client: fixture.client)
            _ = try await browser.signIn(Person.reader.email, "falsches-passwort")
            _ = try await browser.signIn(Person.reader.email, "falsches-passwort")
            // A few more failures make the pause a minute: a busy machine's slow request cannot outlast
            // it (the pauses' lengths are LoginThrottle's own tests').
            try await fixture.database.write(.schema) { db in
                try await db.raw("UPDATE login_failures SET failures = failures + 6").run()
            }
            let slowed = try await browser.signIn(Person.reader.email, Person.password)
            #expect(slowed.status == .tooManyRequests)
            #expect(slowed.text.contains("Bitte warten Sie"))
        }
    }

    @Test func formsWithoutTheCSRFTokenChangeNothing() async throws {
        try await WebFixture.with { fixture in
            let browser = try await fixture.browser(.editorOwn)
            let strategy = try await fixture.catalogues.strategies()[0]
            let before = try await fixture.catalogues.lastRecorded(in: strategy)
            let response = try await browser.post(
                "/massnahmen/1.4/status",
                ["status": "verzoegert", "seit": "2026-01-01", "grund": "x", "gesehen": "999999"],
                csrf: false)
            #expect(response.status == .forbidden)
            #expect(try await fixture.catalogues.lastRecorded(in: strategy) == before)
            let forged = try await browser.post(
                "/massnahmen/1.4/status",
                ["status": "verzoegert", "_csrf": "geraten", "seit": "2026-01-01", "grund": "x", "gesehen": "9"],
                csrf: false)
            #expect(forged.status == .forbidden)
        }
    }

    /// The token is an HMAC of the session: another session's token, a token from before signing in
    /// again, and a planted pre-session cookie with its own valid token (cookie tossing) are refused;
    /// a second instance on the same database accepts the first one's token; public pages carry none.
    @Test func csrfTokensAreBoundToTheSessionAndAgreeAcrossInstances() async throws {
        try await WebFixture.with { fixture in
            let strategy = try await fixture.catalogues.strategies()[0]
            let before = try await fixture.catalogues.lastRecorded(in: strategy)
            let own = try await fixture.browser(.editorOwn)
            _ = try await own.get("/arbeitsbereich")
            let ownToken = try #require(own.csrf)
            let other = try await fixture.browser(.editorOwn)
            _ = try await other.get("/arbeitsbereich")
            #expect(other.csrf != ownToken, "two sessions of one account have different tokens")
            let note = ["notiz": "x", CSRFToken.field: ownToken]
            #expect(try await other.post("/massnahmen/1.4/notiz", note, csrf: false).status == .forbidden)

            // An attacker's pre-session and its valid token, planted in a signed-in browser.
            let attacker = Browser(client: fixture.client)
            _ = try await attacker.get("/anmelden")
            let planted = try #require(attacker.cookies[CSRFToken.preSessionCookie])
            other.set(cookie: CSRFToken.preSessionCookie, planted)
            let tossed = ["notiz": "x", CSRFToken.field: try #require(attacker.csrf)]
            #expect(try await other.post("/massnahmen/1.4/notiz", tossed, csrf: false).status == .forbidden)

            // Signed out and in again: the old token is dead.
            _ = try await own.post("/abmelden")
            _ = try await own.signIn(Person.editorOwn.email, Person.password)
            #expect(try await own.post("/massnahmen/1.4/notiz", note, csrf: false).status == .forbidden)
            #expect(try await fixture.catalogues.lastRecorded(in: strategy) == before)
            let notes = try await SQLWorkspaceRepository(database: fixture.database).notes(
                of: MeasureNumber("1.4")!, in: strategy)
            #expect(notes.isEmpty)

            // A second instance on the same database derives the same token for the same session.
            _ = try await own.get("/arbeitsbereich")
            let token = try #require(own.csrf)
            let repositories = Repositories(database: fixture.database, hasher: BcryptPasswordHasher(cost: 4))
            try await Application(router: buildRouter(repositories)).test(.router) { client in
                let elsewhere = Browser(client: client)
                for (name, value) in own.cookies { elsewhere.set(cookie: name, value) }
                let saved = try await elsewhere.post(
                    "/massnahmen/1.4/notiz", ["notiz": "von Instanz 2", CSRFToken.field: token], csrf: false)
                #expect(saved.status == .seeOther)
            }

            // Public pages, as anonymous: no token, no cookie (they are cached and shared).
            let anonymous = Browser(client: fixture.client)
            for path in ["/", "/massnahmen", "/massnahmen/1.4", "/berichte"] {
                let page = try await anonymous.get(path)
                #expect(page.status == .ok, "\(path)")
                #expect(!page.text.contains(CSRFToken.field), "\(path) carries a token")
                #expect(page.headers[values: .setCookie].isEmpty, "\(path) sets a cookie")
            }
        }
    }

    @Test func sessionsEndAfterInactivityAndLiveInTheDatabase() async throws {
        let clock = TestClock()
        clock.set("2026-11-27T09:00:00Z")
        try await WebFixture.with(sessionClock: clock) { fixture in
            let browser = try await fixture.browser(.reader)
            #expect(try await browser.get("/arbeitsbereich").status == .ok)
            let stored = try await fixture.database.read { db in
                try await db.raw("SELECT COUNT(*) AS n FROM web_sessions").first()!.decode(column: "n", as: Int.self)
            }
            #expect(stored == 1)
            // Being active keeps the session: 20 minutes, a request, another 20 minutes.
            clock.set("2026-11-27T09:20:00Z")
            #expect(try await browser.get("/arbeitsbereich").status == .ok)
            clock.set("2026-11-27T09:40:00Z")
            #expect(try await browser.get("/arbeitsbereich").status == .ok)
            // 31 minutes without a request end it.
            clock.set("2026-11-27T10:11:00Z")
            #expect(try await browser.get("/arbeitsbereich").location?.hasPrefix("/anmelden") == true)
        }
    }

    @Test func aSessionEndsTwelveHoursAfterSignInHoweverActive() async throws {
        let clock = TestClock()
        clock.set("2026-11-27T09:00:00Z")
        try await WebFixture.with(sessionClock: clock) { fixture in
            let browser = try await fixture.browser(.reader)
            // A request every 20 minutes keeps it alive for almost 12 hours …
            for minutes in stride(from: 20, through: 11 * 60 + 40, by: 20) {
                clock.set(
                    RecordedTime(
                        microseconds: RecordedTime("2026-11-27T09:00:00Z")!.microseconds + Int64(minutes) * 60_000_000
                    ).iso)
                #expect(try await browser.get("/arbeitsbereich").status == .ok, "after \(minutes) minutes")
            }
            // … and not a minute past them.
            clock.set("2026-11-27T21:01:00Z")
            #expect(try await browser.get("/arbeitsbereich").location?.hasPrefix("/anmelden") == true)
        }
    }

    @Test func aNewPasswordOrDeactivationEndsEverySessionOfTheAccount() async throws {
        try await WebFixture.with { fixture in
            let office = try await fixture.browser(.editorOwn)
            let home = try await fixture.browser(.editorOwn)
            let reader = try await fixture.browser(.reader)
            let admin = try await fixture.browser(.admin)
            for browser in [office, home, reader, admin] {
                #expect(try await browser.get("/arbeitsbereich").status == .ok)
            }
            let accounts = SQLAccountRepository(database: fixture.database)
            let oldHash = try #require(try await accounts.credentials(email: Person.editorOwn.email)).passwordHash
            try await accounts.setPassword(
                of: fixture.accounts[.editorOwn]!.id, hash: "neu", actor: "admin@example.org")
            for browser in [office, home] {
                #expect(
                    try await browser.get("/arbeitsbereich").location?.hasPrefix("/anmelden") == true,
                    "the editor's sessions end")
            }
            #expect(try await reader.get("/arbeitsbereich").status == .ok, "other accounts stay signed in")

            // A sign-in checked against the old password just before the change, whose session is
            // stored just after it, ends at its first request; one with the new password holds.
            let store = SQLSessionStore(database: fixture.database)
            let editor = fixture.accounts[.editorOwn]!.id
            for (key, hash, holds) in [("vorher", oldHash, false), ("nachher", "neu", true)] {
                let session = WebSession(accountID: editor, passwordTag: Account.passwordTag(of: hash))
                let value = String(decoding: try JSONEncoder().encode(session), as: UTF8.self)
                let stored = try await store.create(
                    key: "hbs.\(key)", value: value, account: editor, expiresIn: 600_000_000)
                #expect(stored)
                let late = Browser(client: fixture.client)
                late.set(cookie: WebSession.cookie, key)
                let page = try await late.get("/arbeitsbereich")
                #expect((page.status == .ok) == holds, "the session that began with \(key) the change")
            }

            var deactivated = fixture.accounts[.reader]!
            deactivated.active = false
            try await accounts.update(deactivated, actor: "admin@example.org")
            let readerID = deactivated.id
            let ended = try await fixture.database.read { db in
                try await db.raw(
                    "SELECT COUNT(*) AS n FROM web_sessions WHERE account_id = \(bind: readerID) AND value <> ''"
                ).first()!
                .decode(column: "n", as: Int.self)
            }
            #expect(ended == 0)
            #expect(try await reader.get("/arbeitsbereich").location?.hasPrefix("/anmelden") == true)
            #expect(try await admin.get("/arbeitsbereich").status == .ok)
        }
    }

    @Test func anEndedSessionCannotBeWrittenBackAndOldCountsAreSwept() async throws {
        try await WebFixture.with { fixture in
            let clock = TestClock()
            clock.set("2026-11-27T09:00:00Z")
            let store = SQLSessionStore(database: fixture.database, now: { clock.now })
            try await store.set(key: "s1", value: #"{"accountID":1}"#, account: 1, expiresIn: 1_800_000_000)
            try await store.remove(key: "s1")
            // A request that was still running writes its refresh after the sign-out.
            try await store.set(key: "s1", value: #"{"accountID":1}"#, account: 1, expiresIn: 1_800_000_000)
            #expect(try await store.get(key: "s1") == nil)

            let accounts = SQLAccountRepository(database: fixture.database)
            #expect(
                try await accounts.admitSignIn(
                    keys: ["address:192.0.2.1"], throttle: LoginThrottle(), at: clock.now.microseconds, lockNotice: nil)
                    == .allowed)
            #expect(try await accounts.loginFailures(key: "address:192.0.2.1")?.failures == 1)
            clock.set("2026-11-29T09:00:00Z")
            try await store.sweep()
            #expect(try await accounts.loginFailures(key: "address:192.0.2.1") == nil)
            #expect(
                try await fixture.database.read { db in
                    try await db.raw("SELECT COUNT(*) AS n FROM web_sessions").first()!.decode(
                        column: "n", as: Int.self)
                } == 0)
        }
    }

    @Test func cookiesAreSecureBehindATLSProxy() async throws {
        try await WebFixture.with { fixture in
            let browser = Browser(client: fixture.client)
            try await browser.get("/anmelden")
            let response = try await browser.post(
                "/anmelden", ["email": Person.admin.email, "passwort": Person.password],
                headers: [.xForwardedProto: "https"])
            #expect(response.headers[values: .setCookie].allSatisfy { $0.contains("Secure") })
        }
    }

    @Test func deactivatedAccountsAreSignedOut() async throws {
        try await WebFixture.with { fixture in
            let browser = try await fixture.browser(.reader)
            var reader = fixture.accounts[.reader]!
            reader.active = false
            try await SQLAccountRepository(database: fixture.database).update(reader, actor: "test")
            #expect(try await browser.get("/arbeitsbereich").location?.hasPrefix("/anmelden") == true)
            #expect(
                try await Browser(client: fixture.client).signIn(Person.reader.email, Person.password).status
                    == .unauthorized)
        }
    }
}
