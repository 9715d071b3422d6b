import FortschrittDomain
import Foundation
import Hummingbird

/// Public pages are rendered once per state of the data and then served from memory; a visitor
/// who has the current state gets 304 Not Modified. The state is the catalogue's latest recorded
/// event, the published reports and the day (statuses dated today take effect today). It is
/// re-read at most once per `maxAge` and at once after a write through this server; another
/// instance's write shows here within `maxAge`.
final class PublicPageCache: @unchecked Sendable {
    struct Version: Equatable, Sendable {
        var tag: String
        var lastModified: RecordedTime?
        /// The Last-Modified header, formatted once per version.
        var httpDate: String?

        init(tag: String, lastModified: RecordedTime?) {
            self.tag = tag
            self.lastModified = lastModified
            self.httpDate = lastModified.map(PublicPageCache.httpDate)
        }
    }

    private let lock = NSLock()
    private var version: (value: Version, readAt: ContinuousClock.Instant)?
    /// The one read of the state in flight; everyone who needs it waits for the same answer.
    private var reading: Task<Version, any Error>?
    private var pages: [String: (tag: String, body: ByteBuffer)] = [:]
    private var paths: Set<String> = []
    private let maxAge: Duration
    private let maxPages = 512
    private let read: @Sendable () async throws -> Version

    init(maxAge: Duration = .seconds(1), read: @escaping @Sendable () async throws -> Version) {
        self.maxAge = maxAge
        self.read = read
    }

    func current() async throws -> Version {
        let now = ContinuousClock.now
        enum Step { case known(Version), wait(Task<Version, any Error>) }
        let step: Step = lock.withLock {
            if let cached = version, now - cached.readAt < maxAge { return .known(cached.value) }
            if let reading { return .wait(reading) }
            let read = self.read
            let started = Task { try await read() }
            reading = started
            return .wait(started)
        }
        switch step {
        case let .known(value):
            return value
        case let .wait(task):
            do {
                let fresh = try await task.value
                lock.withLock {
                    if reading == task {
                        version = (fresh, now)
                        reading = nil
                    }
                }
                return fresh
            } catch {
                lock.withLock { if reading == task { reading = nil } }
                throw error
            }
        }
    }

    /// After a write: the next request reads the state again.
    func invalidate() {
        lock.withLock {
            version = nil
            reading = nil
        }
    }

    /// Whether any page of this path was kept: other paths skip the lookup.
    func holdsPages(for path: String) -> Bool {
        lock.withLock { paths.contains(path) }
    }

    func page(_ key: String, tag: String) -> ByteBuffer? {
        lock.withLock { pages[key].flatMap { $0.tag == tag ? $0.body : nil } }
    }

    func store(_ key: String, tag: String, body: ByteBuffer) {
        lock.withLock {
            if pages.count >= maxPages { pages.removeAll(keepingCapacity: true) }
            pages[key] = (tag, body)
            paths.insert(String(key.split(separator: " ", maxSplits: 1)[1].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]))
        }
    }

    /// Answers a public page: 304 when the visitor has it, else from memory or freshly rendered.
    /// Pages for signed-in people are personal: rendered each time and never stored anywhere.
    func respond(_ request: Request, _ context: WebRequestContext, render: () async throws -> String) async throws -> Response {
        if context.identity != nil {
            var response = HTMLResponse(try await render()).response
            response.headers[.cacheControl] = "no-store"
            return response
        }
        let version = try await current()
        if let answer = answer(request, language: context.language, version: version) { return answer }
        let body = ByteBuffer(string: try await render())
        store(Self.key(request, context.language), tag: version.tag, body: body)
        return Self.response(.ok, version, context.language, body: body)
    }

    /// A public page the visitor already has (304), or one kept in memory; nil when it must be rendered.
    func answer(_ request: Request, language: Language, version: Version) -> Response? {
        let etag = Self.etag(version, language)
        if Self.matches(request, etag: etag, lastModified: version.lastModified) {
            return Self.response(.notModified, version, language, body: nil)
        }
        guard let body = page(Self.key(request, language), tag: version.tag) else { return nil }
        return Self.response(.ok, version, language, body: body)
    }

    static func key(_ request: Request, _ language: Language) -> String {
        "\(language.rawValue) \(request.uri.path)?\(request.uri.query ?? "")"
    }

    static func etag(_ version: Version, _ language: Language) -> String { "\"\(version.tag)-\(language.rawValue)\"" }

    static func response(_ status: HTTPResponse.Status, _ version: Version, _ language: Language, body: ByteBuffer?) -> Response {
        var headers: HTTPFields = [.eTag: etag(version, language), .cacheControl: "no-cache", .vary: "Cookie"]
        if let httpDate = version.httpDate { headers[.lastModified] = httpDate }
        guard let body else { return Response(status: status, headers: headers) }
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: body))
    }

    static func matches(_ request: Request, etag: String, lastModified: RecordedTime?) -> Bool {
        if let tags = request.headers[.ifNoneMatch] {
            return tags == "*" || tags.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "W/", with: "") == etag }
        }
        if let since = request.headers[.ifModifiedSince], let lastModified, let date = httpDateFormatter().date(from: since) {
            return lastModified.microseconds / 1_000_000 <= Int64(date.timeIntervalSince1970)
        }
        return false
    }

    static func httpDate(_ time: RecordedTime) -> String { httpDateFormatter().string(from: time.date) }

    static func httpDateFormatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter
    }
}
