import FortschrittDomain
import Foundation
import Hummingbird

/// Public pages are rendered once per state of the data and then served from memory; a visitor
/// who has the current state gets 304 Not Modified. The state is the catalogue's latest recorded
/// event, the published reports and the day (statuses dated today take effect today). After a write
/// through this server it is read again before the next answer; otherwise it is re-read in the
/// background once it is older than `maxAge`, so another instance's write shows here within about
/// that time and no visitor waits for the read. Pages that show a discussion are kept per scope
/// too (a text version's pages per the latest change to its discussion), so that a new comment
/// renews only the pages of its strategy's versions from its own on.
final class PublicPageCache: @unchecked Sendable {
    struct Version: Equatable, Sendable {
        var tag: String
        var lastModified: RecordedTime?
        /// The headers of a page in each language, built once per version: ETag, Last-Modified, caching.
        let headers: [Language: HTTPFields]
        /// When each text version's discussion last changed, by strategy and version number.
        let discussions: [Strategy.ID: [Int: RecordedTime]]
        /// Per strategy, the versions with a discussion (ascending) and their pages' versions.
        private let textVersions: [Strategy.ID: [(number: Int, version: Version)]]

        init(tag: String, lastModified: RecordedTime?, discussions: [Strategy.ID: [Int: RecordedTime]] = [:]) {
            self.tag = tag
            self.lastModified = lastModified
            self.discussions = discussions
            var textVersions: [Strategy.ID: [(number: Int, version: Version)]] = [:]
            for (strategy, versions) in discussions {
                // A version's pages show the discussion of the versions before it too.
                var upTo = RecordedTime(microseconds: 0)
                for number in versions.keys.sorted() {
                    upTo = max(upTo, versions[number] ?? upTo)
                    let scoped = Version(
                        tag: "\(tag).\(upTo.microseconds)", lastModified: max(lastModified ?? upTo, upTo))
                    textVersions[strategy, default: []].append((number, scoped))
                }
            }
            self.textVersions = textVersions
            let httpDate = lastModified.map(PublicPageCache.httpDate)
            var headers: [Language: HTTPFields] = [:]
            for language in Language.allCases {
                var fields: HTTPFields = [
                    .eTag: PublicPageCache.etag(tag, language), .cacheControl: "no-cache", .vary: "Cookie",
                ]
                if let httpDate { fields[.lastModified] = httpDate }
                headers[language] = fields
            }
            self.headers = headers
        }

        static func == (a: Version, b: Version) -> Bool {
            a.tag == b.tag && a.lastModified == b.lastModified && a.discussions == b.discussions
        }

        /// The version of a text version's pages (without a number: the latest's), which show its
        /// discussion and that of the versions before it.
        func text(_ strategy: Strategy.ID, _ number: Int?) -> Version {
            let versions = textVersions[strategy] ?? []
            let found = number.map { n in versions.last(where: { $0.number <= n }) } ?? versions.last
            // Never the shared version itself: a page kept before the first comment must not match after it.
            return found?.version ?? Version(tag: "\(tag).0", lastModified: lastModified)
        }
    }

    private struct Known {
        var version: Version
        var readAt: ContinuousClock.Instant
    }

    private struct Kept {
        var tag: String
        var body: ByteBuffer
        var contentType: String
        var path: String
        /// When it was last served or stored, in this cache's own count of uses.
        var used: UInt64
    }

    private let lock = NSLock()
    private var version: Known?
    /// The one read of the state in flight; everyone who needs it waits for the same answer.
    private var reading: Task<Version, any Error>?
    /// Counts this server's writes, so that any change through it gives its pages a new tag at
    /// once, even one the state does not show (a field of action added without measures).
    private var writes = 0
    private var pages: [String: Kept] = [:]
    /// The text version whose discussion a kept path shows, so that memory answers it by that version.
    private var textScopes: [String: (Strategy.ID, Int?)] = [:]
    /// How many kept pages each path has: other paths skip the lookup.
    private var paths: [String: Int] = [:]
    private var keptBytes = 0
    private var uses: UInt64 = 0
    private let maxAge: Duration
    /// The most the kept pages may take together; the least recently used go first.
    let maxBytes: Int
    private let read: @Sendable () async throws -> Version

    init(maxAge: Duration = .seconds(1), maxBytes: Int = 64 << 20, read: @escaping @Sendable () async throws -> Version)
    {
        self.maxAge = maxAge
        self.maxBytes = maxBytes
        self.read = read
    }

    /// How many pages are kept and their size, for tests and the benchmark.
    var usage: (pages: Int, bytes: Int) { lock.withLock { (pages.count, keptBytes) } }

    func current() async throws -> Version {
        switch step(ContinuousClock.now) {
        case .known(let value):
            return value
        case .wait(let task):
            return try await task.value
        }
    }

    /// The version known now, without waiting (nil before the first read has answered); like
    /// `current()`, it starts a read when the known one is too old.
    func knownNow() -> Version? {
        if case .known(let value) = step(ContinuousClock.now) { return value }
        return nil
    }

    private enum Step {
        case known(Version)
        case wait(Task<Version, any Error>)
    }

    /// The version still fresh; else, when one is known, that one while a new read runs in the
    /// background (no request waits for it); else the read in flight, or a new one.
    private func step(_ now: ContinuousClock.Instant) -> Step {
        lock.lock()
        defer { lock.unlock() }
        if let cached = version, now - cached.readAt < maxAge { return .known(cached.version) }
        let task = reading ?? startReading(now)
        if let cached = version { return .known(cached.version) }
        return .wait(task)
    }

    /// Starts a read that stores its answer when it is still the latest one. Called under the lock.
    private func startReading(_ now: ContinuousClock.Instant) -> Task<Version, any Error> {
        let read = self.read
        let writes = self.writes
        let task = Task {
            let version = try await read()
            return Version(
                tag: "\(version.tag).\(writes)", lastModified: version.lastModified,
                discussions: version.discussions)
        }
        reading = task
        Task { [weak self] in
            let fresh = try? await task.value
            self?.finish(task, fresh, readAt: now)
        }
        return task
    }

    private func finish(_ task: Task<Version, any Error>, _ fresh: Version?, readAt: ContinuousClock.Instant) {
        lock.lock()
        defer { lock.unlock() }
        guard reading == task else { return }
        reading = nil
        if let fresh { version = Known(version: fresh, readAt: readAt) }
    }

    /// After a write: the next request reads the state again.
    func invalidate() {
        lock.withLock {
            version = nil
            reading = nil
            writes += 1
        }
    }

    /// After a write that changes only scoped pages (a contribution): the next request reads the
    /// state again, and only the scope whose time changed gets new pages.
    func refresh() {
        lock.withLock {
            version = nil
            reading = nil
        }
    }

    /// Whether the request may be answered from memory: a GET by someone not signed in, for a path
    /// of which a page was kept (other paths skip the lookup).
    func mayAnswer(_ request: Request) -> Bool {
        guard request.method == .get, request.cookies[WebSession.cookie] == nil else { return false }
        let path = request.uri.path
        lock.lock()
        defer { lock.unlock() }
        return paths[path] != nil
    }

    func page(_ key: String, tag: String) -> (body: ByteBuffer, contentType: String)? {
        lock.lock()
        defer { lock.unlock() }
        guard let kept = pages[key], kept.tag == tag else { return nil }
        uses += 1
        pages[key]?.used = uses
        return (kept.body, kept.contentType)
    }

    func store(_ key: String, path: String, tag: String, body: ByteBuffer, contentType: String = Answer.html) {
        guard body.readableBytes <= maxBytes / 4 else { return }
        lock.withLock {
            remove(key)
            while keptBytes + body.readableBytes > maxBytes,
                let oldest = pages.min(by: { $0.value.used < $1.value.used })?.key
            {
                remove(oldest)
            }
            uses += 1
            pages[key] = Kept(tag: tag, body: body, contentType: contentType, path: path, used: uses)
            keptBytes += body.readableBytes
            paths[path, default: 0] += 1
        }
    }

    /// Called under the lock.
    private func remove(_ key: String) {
        guard let kept = pages.removeValue(forKey: key) else { return }
        keptBytes -= kept.body.readableBytes
        let left = (paths[kept.path] ?? 1) - 1
        paths[kept.path] = left > 0 ? left : nil
    }

    /// Answers a public page (or feed, of `contentType`): 304 when the visitor has it, else from
    /// memory or freshly rendered. Pages for signed-in people are personal: rendered each time and
    /// never stored anywhere.
    func respond(
        _ request: Request, _ context: WebRequestContext, text: (Strategy.ID, Int?)? = nil,
        contentType: String = Answer.html, render: () async throws -> String
    ) async throws -> Response {
        if context.isSignedIn {
            let body = ByteBuffer(string: try await render())
            return Response(
                status: .ok, headers: [.contentType: contentType, .cacheControl: "no-store"],
                body: .init(byteBuffer: body))
        }
        let shared = try await current()
        let version = text.map { shared.text($0.0, $0.1) } ?? shared
        if let answer = answer(request, language: context.language, version: version) { return answer.response }
        let body = ByteBuffer(string: try await render())
        if let text { lock.withLock { textScopes[request.uri.path] = text } }
        store(
            Self.key(request, context.language), path: request.uri.path, tag: version.tag, body: body,
            contentType: contentType)
        return Answer(status: .ok, version, context.language, body: body, contentType: contentType).response
    }

    /// What the cache answers: the status, the page's headers and the page (none for 304).
    struct Answer {
        static let html = "text/html; charset=utf-8"

        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: ByteBuffer?

        init(
            status: HTTPResponse.Status, _ version: Version, _ language: Language, body: ByteBuffer?,
            contentType: String = html
        ) {
            self.status = status
            self.headers = version.headers[language] ?? [:]
            self.body = body
            if body != nil { headers[.contentType] = contentType }
        }

        var response: Response {
            Response(status: status, headers: headers, body: body.map { .init(byteBuffer: $0) } ?? .init())
        }
    }

    /// For the middleware: a kept page's answer by the version its path is kept for.
    func keptAnswer(_ request: Request, language: Language) async throws -> Answer? {
        let shared = try await current()
        let scope = lock.withLock { textScopes[request.uri.path] }
        return answer(request, language: language, version: scope.map { shared.text($0.0, $0.1) } ?? shared)
    }

    /// A public page the visitor already has (304), or one kept in memory; nil when it must be rendered.
    func answer(_ request: Request, language: Language, version: Version) -> Answer? {
        if Self.matches(request, etag: Self.etag(version.tag, language), lastModified: version.lastModified) {
            return Answer(status: .notModified, version, language, body: nil)
        }
        guard let kept = page(Self.key(request, language), tag: version.tag) else { return nil }
        return Answer(status: .ok, version, language, body: kept.body, contentType: kept.contentType)
    }

    /// The parameters a kept page knows, by path; pages not listed know none. Only these make the
    /// key, in this order: other parameters (a tracker's, or random ones sent to flush the cache)
    /// neither make a new page nor push kept ones out.
    static let knownParameters: [String: [String]] = ["/massnahmen": CatalogueQuery.parameters]

    static func key(_ request: Request, _ language: Language) -> String {
        let path = request.uri.path
        guard let known = knownParameters[path], request.uri.query != nil else { return "\(language.rawValue) \(path)" }
        let query = request.uri.queryParameters
        let items = known.compactMap { name in query[Substring(name)].map { "\(name)=\(Query.escape(String($0)))" } }
        return "\(language.rawValue) \(path)" + (items.isEmpty ? "" : "?" + items.joined(separator: "&"))
    }

    static func etag(_ tag: String, _ language: Language) -> String { "\"\(tag)-\(language.rawValue)\"" }

    static func matches(_ request: Request, etag: String, lastModified: RecordedTime?) -> Bool {
        if let tags = request.headers[.ifNoneMatch] {
            return tags == "*"
                || tags.split(separator: ",").contains {
                    $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "W/", with: "") == etag
                }
        }
        if let since = request.headers[.ifModifiedSince], since.utf8.count <= 64, let lastModified,
            let date = httpDateFormatter().date(from: since), let time = RecordedTime(exactly: date)
        {
            return lastModified.microseconds.floorDiv(1_000_000) <= time.microseconds.floorDiv(1_000_000)
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
