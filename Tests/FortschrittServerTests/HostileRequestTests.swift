import FortschrittDomain
import FortschrittStore
import FortschrittTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import FortschrittServer

#if canImport(Glibc)
    import Glibc
#endif

/// No request may stop the server or reach an answer unescaped: every route gets every parameter
/// with extreme values, oversized bodies, odd methods and odd Host headers.
@Suite struct HostileRequestTests {
    static let offsets = ["-14:00", "-12:00", "-01:00", "+00:00", "+05:45", "+14:00", "+99:99"]
    static let extremes: [String] =
        [
            "9223372036854775807", "-9223372036854775808", "9223372036854775808", "-1", "0", "1e308", "NaN", "0x10",
            "99999-01-01T00:00:00Z", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "0000-01-01",
            "10000-01-01",
            "9999-12-31", "2021-02-23T12:00:00.1234567890123Z", "2021-02-23T12:00:00.5Z", "2021-13-45", "31.12.99999",
            String(repeating: "9", count: 5_000), String(repeating: "ä", count: 3_000), "\u{1}\u{B}", "\u{0}", "%", "",
            " ", "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "//evil.example", "\u{FFFF}", "😀",
        ] + offsets.map { "2021-01-01T00:00:00" + $0 }

    /// The query parameters each route knows; every route also gets one it does not know.
    static let queryParameters: [String: [String]] = {
        var table: [String: [String]] = [
            "GET /api/v1/measures": ["strategy", "as_of", "known_at", "field", "status", "department"],
            "GET /api/v1/measures/{number}": ["strategy", "as_of", "known_at"],
            "GET /api/v1/fields": ["strategy"], "GET /api/v1/departments": ["strategy"],
            "GET /api/v1/statuses": ["strategy"],
            "GET /massnahmen": CatalogueQuery.parameters, "GET /sprache/{language}": ["zurueck"],
            "GET /anmelden": ["weiter"],
            "GET /arbeitsbereich": ["gespeichert"], "GET /massnahmen/{number}/bearbeiten": ["gespeichert"],
            "GET /api/v1/strategies/{slug}/text/diff": ["from", "to"],
            "GET /strategien/{slug}/vergleich": ["von", "zu"],
            "GET /registrieren/bestaetigen": ["t"],
            "GET /verwaltung/moderation": ["zustand"], "GET /verwaltung/moderation/{id}": ["gespeichert"],
            "GET /verwaltung/teilnehmende": ["suche", "gespeichert"], "GET /verwaltung/texte/{slug}": ["gespeichert"],
            "GET /verwaltung/abwaegung/{slug}/{number}": ["gespeichert"],
            "GET /strategien/{slug}/text/{number}/abwaegung": ["ohne-text", "anonym"],
            "GET /strategien/{slug}/text/{number}/abwaegung.csv": ["ohne-text", "anonym"],
            "GET /strategien/{slug}/text/{number}/abwaegung.docx": ["ohne-text", "anonym"],
            "GET /strategien/{slug}/text/{number}/abschnitt/{block}": ["eingereicht"],
            "GET /oparl/v1/file/{id}/content": ["download"],
            "GET /verwaltung/daten": ["gespeichert"], "GET /verwaltung/daten/{slug}": ["gespeichert"],
            "GET /dcat/catalog": ["page"], "GET /dcat/catalog.ttl": ["page"], "GET /dcat/catalog.rdf": ["page"],
            "GET /dcat/catalog.jsonld": ["page"],
        ]
        for list in [
            "bodies", "body/1/organizations", "body/1/people", "body/1/meetings", "body/1/papers",
            "body/1/agenda-items",
            "body/1/consultations", "body/1/files", "body/1/legislative-terms", "organization/{id}/meetings",
        ] {
            table["GET /oparl/v1/" + list] = [
                "page", "created_since", "created_until", "modified_since", "modified_until",
            ]
        }
        return table
    }()

    /// Extreme values that are still a valid date or time (the others are valid nowhere in the API).
    static let validSomewhere: Set<String> = Set(
        ["9999-12-31", "2021-02-23T12:00:00.5Z", "2021-02-23T12:00:00.1234567890123Z"]
            + offsets.map { "2021-01-01T00:00:00" + $0 })

    static func isStrict(_ route: String) -> Bool {
        (route.hasPrefix("GET /api/") && route != "GET /api/openapi.json") || route.hasPrefix("GET /oparl/")
    }

    static var throttleOff: ServerConfiguration {
        var throttle = LoginThrottle()
        throttle.slowAfter = 100_000
        throttle.lockAfter = 100_000
        return ServerConfiguration(loginThrottle: throttle)
    }

    @Test func everyParameterOfEveryRouteWithExtremeValuesGetsAnAnswerAndTheServerLives() async throws {
        try await WebFixture.with(configuration: Self.throttleOff) { fixture in
            let anonymous = try await fixture.browser(.anonymous)
            let admin = try await fixture.browser(.admin)
            for row in RouteMatrixTests.rows(readerID: fixture.accounts[.reader]?.id ?? 0) {
                let browser = row.outcomes[0] == .allowed ? anonymous : admin
                let (base, query) = Self.split(row.url)
                if let form = row.form {
                    guard !form.isEmpty else { continue }
                    for (name, value) in form.flatMap({ field in Self.extremes.map { (field.key, $0) } }) {
                        var fields = form
                        fields[name] = value
                        let response = try await admin.post(row.url, fields)
                        #expect(
                            response.status.code < 500,
                            "\(row.route) \(name)=\(value.prefix(30)): \(response.status.code)")
                    }
                    continue
                }
                for name in (Self.queryParameters[row.route] ?? []) + ["x"] {
                    for value in Self.extremes {
                        let url = base + "?" + (query.isEmpty ? "" : query + "&") + "\(name)=\(Browser.encode(value))"
                        let response = try await browser.get(url)
                        let code = response.status.code
                        #expect(code < 500, "\(url.prefix(120)): \(code)")
                        if Self.isStrict(row.route), name != "download", !Self.validSomewhere.contains(value) {
                            #expect((400..<500).contains(code), "\(url.prefix(120)): \(code), not refused")
                        }
                    }
                }
                for (index, segment) in row.route.split(separator: " ")[1].split(separator: "/").enumerated()
                where segment.hasPrefix("{") {
                    for value in Self.extremes where !value.isEmpty {
                        var parts = base.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
                        parts[index + 1] = Browser.encode(value)
                        let url = parts.joined(separator: "/") + (query.isEmpty ? "" : "?" + query)
                        let response = try await browser.get(url)
                        #expect(
                            (400..<500).contains(response.status.code) || response.status == .seeOther,
                            "\(url.prefix(120)): \(response.status.code)")
                    }
                }
            }
            #expect(try await anonymous.get("/healthz").status == .ok)
        }
    }

    static func split(_ url: String) -> (String, String) {
        let parts = url.split(separator: "?", maxSplits: 1).map(String.init)
        return (parts[0], parts.count > 1 ? parts[1] : "")
    }

    @Test func anOversizedBodyGets413OnEveryFormRoute() async throws {
        try await WebFixture.with(configuration: Self.throttleOff) { fixture in
            let admin = try await fixture.browser(.admin)
            let strategy = try await fixture.catalogues.strategies()[0]
            let before = try await fixture.catalogues.lastRecorded(in: strategy)
            let huge = String(repeating: "a", count: 5 << 20)
            for row in RouteMatrixTests.rows(readerID: 0) where row.form != nil {
                let response = try await admin.post(row.url, ["titel": huge])
                #expect(response.status == .contentTooLarge, "\(row.route): \(response.status.code)")
                #expect(
                    response.text.count < 20_000 && response.text.contains("1 MB"),
                    "\(row.route): a short page that says the limit")
            }
            #expect(try await fixture.catalogues.lastRecorded(in: strategy) == before)
        }
    }

    @Test func headIsAnsweredWhereverGetIsAndOtherMethodsGet405() async throws {
        try await WebFixture.with { fixture in
            let browser = try await fixture.browser(.anonymous)
            for row in RouteMatrixTests.rows(readerID: 0) where row.form == nil {
                let get = try await browser.get(row.url)
                let head = try await browser.execute(row.url, method: .head, headers: [:], body: nil)
                #expect(head.status == get.status, "HEAD \(row.url): \(head.status.code), GET \(get.status.code)")
                #expect(head.body.readableBytes == 0, "HEAD \(row.url) has a body")
                #expect(head.headers[.contentType] == get.headers[.contentType], "HEAD \(row.url)")
                #expect(
                    head.headers[.contentLength] == get.headers[.contentLength], "HEAD \(row.url): the GET's length")
                #expect(head.headers[values: .xFrameOptions].count == 1, "HEAD \(row.url): security headers once")
            }
            let trace = try await browser.execute("/", method: .trace, headers: [:], body: nil)
            #expect(trace.status == .methodNotAllowed && trace.headers[.allow] == "GET, HEAD")
            #expect(trace.headers[.contentSecurityPolicy] != nil, "the refusal carries the security headers")
            let put = try await browser.execute("/massnahmen/1.4/status", method: .put, headers: [:], body: nil)
            #expect(put.status == .methodNotAllowed && put.headers[.allow] == "POST")
            #expect(try await browser.get("/gibt-es-nicht").status == .notFound)
        }
    }

    /// Kept pages are answered inside Hummingbird's own pipeline, so its rules hold for them too: a
    /// client that pipelines many requests, half-closes and reads slowly gets every answer, in order.
    @Test func pipelinedRequestsThenAHalfCloseGetEveryAnswer() async throws {
        try await WebFixture.with(live: true) { fixture in
            let port = try #require(fixture.client.port)
            _ = try await RawHTTP.get(port: port, path: "/massnahmen", headers: ["Host: localhost"])  // now kept
            let paths = (0..<40).map { $0 % 2 == 0 ? "/massnahmen" : "/massnahmen?status=verzoegert&n=\($0)" }
            let raw = paths.map { "GET \($0) HTTP/1.1\r\nHost: localhost\r\n\r\n" }.joined()
            let answer = try await RawHTTP.exchange(port: port, raw, halfClose: true, receiveBuffer: 4_096)
            #expect(answer.components(separatedBy: "HTTP/1.1 200 OK").count - 1 == paths.count)
            #expect(answer.components(separatedBy: "</html>").count - 1 == paths.count, "every page whole")
        }
    }

    @Test func oddHostHeadersAreRefusedAndThePublicAddressIsUsedForLinks() async throws {
        try await WebFixture.with(live: true) { fixture in
            let port = try #require(fixture.client.port)
            for host in ["a\"b", "evil.example/<x>", "[::1", "host:99999999", String(repeating: "h", count: 300)] {
                let answer = try await RawHTTP.get(
                    port: port, path: "/oparl/v1/body/1/papers?page=2", headers: ["Host: \(host)"])
                #expect(answer.hasPrefix("HTTP/1.1 400"), "Host \(host.prefix(20)): \(answer.prefix(20))")
            }
            let fine = try await RawHTTP.get(port: port, path: "/oparl/v1/body/1/papers", headers: ["Host: [::1]:8080"])
            #expect(fine.contains("http://[::1]:8080/oparl/v1/"))
            // A proxy's headers are not believed unless the server was told to.
            let forwarded = try await RawHTTP.get(
                port: port, path: "/oparl/v1/system",
                headers: ["Host: intern:8080", "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https"])
            #expect(forwarded.contains("http://intern:8080/oparl/v1/bodies"))
        }
        try await WebFixture.with(configuration: ServerConfiguration(trustForwardedFor: true), live: true) { fixture in
            let response = try await RawHTTP.get(
                port: try #require(fixture.client.port), path: "/oparl/v1/system",
                headers: ["Host: intern:8080", "X-Forwarded-Host: portal.example", "X-Forwarded-Proto: https"])
            #expect(response.contains("https://portal.example/oparl/v1/bodies"))
        }
        try await WebFixture.with(
            configuration: ServerConfiguration(publicURL: "https://fortschritt.example.de/"), live: true
        ) { fixture in
            let response = try await RawHTTP.get(
                port: try #require(fixture.client.port), path: "/oparl/v1/system", headers: ["Host: a\"b"])
            #expect(
                response.hasPrefix("HTTP/1.1 200")
                    && response.contains("https://fortschritt.example.de/oparl/v1/bodies"))
        }
    }

    @Test func theOParlPageAndTimesAreBounded() async throws {
        try await WebFixture.with { fixture in
            let browser = try await fixture.browser(.anonymous)
            let huge = try await browser.get("/oparl/v1/body/1/papers?page=9223372036854775807")
            #expect(huge.status == .badRequest && huge.text.contains("page"))
            let last = try await browser.get("/oparl/v1/body/1/papers?page=1000000")
            #expect(last.status == .ok)
            for time in ["9999-12-31T23:59:59-14:00", "99999-01-01T00:00:00Z", "0001-01-01T00:00:00+14:00"] {
                #expect(
                    try await browser.get("/api/v1/measures?known_at=\(Browser.encode(time))").status == .badRequest,
                    "\(time)")
                #expect(
                    try await browser.get("/oparl/v1/body/1/papers?created_since=\(Browser.encode(time))").status
                        == .badRequest, "\(time)")
            }
            #expect(try await browser.get("/api/v1/measures?known_at=9999-12-31T23:59:59Z").status == .ok)
            #expect(
                try await browser.get("/", headers: [.ifModifiedSince: "Fri, 31 Dec 99999999 23:59:59 GMT"]).status
                    == .ok)
        }
    }

    @Test func publicAnswersNeverShowAStaffAddress() async throws {
        try await WebFixture.with { fixture in
            let editor = try await fixture.browser(.editorOwn)
            let page = try await editor.get("/massnahmen/1.4/bearbeiten")
            let seen = try #require(page.text.firstMatch(of: /name="gesehen" value="(\d+)"/)?.1)
            let saved = try await editor.post(
                "/massnahmen/1.4/status",
                [
                    "status": "verzoegert", "seit": "2021-03-01",
                    "grund": "Lieferengpass", "gesehen": String(seen),
                ])
            #expect(saved.status == .seeOther)
            let anonymous = try await fixture.browser(.anonymous)
            let api = try await anonymous.get("/api/v1/measures/1.4")
            #expect(api.text.contains("editorOwn") && !api.text.contains("@example.org"))
            for row in RouteMatrixTests.rows(readerID: 0) where row.form == nil && row.outcomes[0] == .allowed {
                let text = try await anonymous.get(row.url).text
                for person in Person.allCases {
                    #expect(!text.contains(person.email), "\(row.url) shows \(person.email)")
                }
            }
            // Moderators see what the public sees of the catalogue.
            let moderator = try await fixture.browser(.moderator)
            for url in ["/massnahmen/1.4", "/api/v1/measures/1.4"] {
                #expect(!(try await moderator.get(url).text.contains("editorown@example.org")), "\(url) as moderator")
            }
            // Signed-in staff see who it was.
            #expect(
                try await fixture.browser(.reader).get("/api/v1/measures/1.4").text.contains("editorown@example.org"))
        }
    }

    @Test func theCacheKeepsKnownParametersOnlyAndStaysWithinItsBytes() async throws {
        func request(_ path: String) -> Request {
            Request(
                head: HTTPRequest(method: .get, scheme: "http", authority: "x", path: path),
                body: .init(buffer: ByteBuffer()))
        }
        #expect(PublicPageCache.key(request("/massnahmen?x=1&suche=a&feld=1"), .de) == "de /massnahmen?feld=1&suche=a")
        #expect(PublicPageCache.key(request("/massnahmen?utm_source=z"), .de) == "de /massnahmen")
        #expect(PublicPageCache.key(request("/?x=\(UUID())"), .en) == "en /")
        #expect(PublicPageCache.key(request("/massnahmen/1.4?x=1"), .de) == "de /massnahmen/1.4")

        let cache = PublicPageCache(maxAge: .seconds(60), maxBytes: 100_000) { .init(tag: "v1", lastModified: nil) }
        let page = ByteBuffer(string: String(repeating: "x", count: 10_000))
        cache.store("de /massnahmen", path: "/massnahmen", tag: "v1", body: page)
        for index in 0..<200 {
            cache.store("de /massnahmen?suche=\(index)", path: "/massnahmen", tag: "v1", body: page)
            _ = cache.page("de /massnahmen", tag: "v1")  // in use: it stays
            #expect(cache.usage.bytes <= 100_000)
        }
        #expect(cache.usage.pages == 10)
        #expect(cache.page("de /massnahmen", tag: "v1") != nil)
        #expect(cache.page("de /massnahmen?suche=0", tag: "v1") == nil)
    }

    @Test func httpsAddressesSendHSTSAndRedirectsCarryTheSecurityHeaders() async throws {
        try await WebFixture.with(configuration: ServerConfiguration(publicURL: "https://fortschritt.example.de")) {
            fixture in
            let browser = try await fixture.browser(.anonymous)
            #expect(try await browser.get("/").headers[.strictTransportSecurity] == "max-age=31536000")
            let redirect = try await browser.get("/arbeitsbereich")
            #expect(redirect.status == .seeOther && redirect.headers[.contentSecurityPolicy] != nil)
            #expect(redirect.headers[.strictTransportSecurity] != nil)
        }
        try await WebFixture.with { fixture in
            let browser = try await fixture.browser(.anonymous)
            #expect(try await browser.get("/").headers[.strictTransportSecurity] == nil)
            #expect(try await browser.get("/arbeitsbereich").headers[.xFrameOptions] == "DENY")
        }
    }
}

/// One request on a socket of its own, with exactly the headers given (test clients set Host
/// themselves); the answer as text, read until the server closes.
enum RawHTTP {
    struct Failure: Error { var step: String }

    static func get(port: Int, path: String, headers: [String]) async throws -> String {
        let request = (["GET \(path) HTTP/1.1"] + headers + ["Connection: close", "", ""]).joined(separator: "\r\n")
        return try await exchange(port: port, request)
    }

    /// Sends `raw` at once, then (with `halfClose`) shuts the sending side, and reads until the server
    /// closes; `receiveBuffer` makes the client's socket buffer small, so answers queue at the server.
    /// The blocking socket calls run on a thread of their own: on Swift's few cooperative threads
    /// they would starve the server in the same process.
    static func exchange(port: Int, _ raw: String, halfClose: Bool = false, receiveBuffer: Int32? = nil)
        async throws -> String
    {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(
                    with: Result {
                        try blockingExchange(port: port, raw, halfClose: halfClose, receiveBuffer: receiveBuffer)
                    })
            }
        }
    }

    private static func blockingExchange(port: Int, _ raw: String, halfClose: Bool, receiveBuffer: Int32?) throws
        -> String
    {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(step: "socket") }
        defer { close(fd) }
        if var size = receiveBuffer {
            _ = setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        }
        // A server that neither answers nor closes fails the test after a minute instead of hanging it.
        var limit = timeval(tv_sec: 60, tv_usec: 0)
        for option in [SO_RCVTIMEO, SO_SNDTIMEO] {
            _ = setsockopt(fd, SOL_SOCKET, option, &limit, socklen_t(MemoryLayout<timeval>.size))
        }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Failure(step: "connect") }
        var bytes = Array(raw.utf8)[...]
        while !bytes.isEmpty {
            let sent = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
            guard sent > 0 else { throw Failure(step: "send") }
            bytes = bytes.dropFirst(sent)
        }
        if halfClose { _ = shutdown(fd, Int32(SHUT_WR)) }
        var answer = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count < 0, errno == EAGAIN || errno == EWOULDBLOCK {
                throw Failure(step: "receive: no answer and no close within a minute")
            }
            if count <= 0 { break }
            answer += buffer[0..<count]
        }
        // JSON may escape slashes.
        return String(decoding: answer, as: UTF8.self).replacingOccurrences(of: "\\/", with: "/")
    }
}
