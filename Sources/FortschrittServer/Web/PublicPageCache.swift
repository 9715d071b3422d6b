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
    }

    private let lock = NSLock()
    private var version: (value: Version, readAt: ContinuousClock.Instant)?
    private var pages: [String: (tag: String, body: ByteBuffer)] = [:]
    private let maxAge: Duration
    private let maxPages = 512
    private let read: @Sendable () async throws -> Version

    init(maxAge: Duration = .seconds(1), read: @escaping @Sendable () async throws -> Version) {
        self.maxAge = maxAge
        self.read = read
    }

    func current() async throws -> Version {
        let now = ContinuousClock.now
        if let cached = lock.withLock({ version }), now - cached.readAt < maxAge { return cached.value }
        let fresh = try await read()
        lock.withLock { version = (fresh, now) }
        return fresh
    }

    /// After a write: the next request reads the state again.
    func invalidate() {
        lock.withLock { version = nil }
    }

    func page(_ key: String, tag: String) -> ByteBuffer? {
        lock.withLock { pages[key].flatMap { $0.tag == tag ? $0.body : nil } }
    }

    func store(_ key: String, tag: String, body: ByteBuffer) {
        lock.withLock {
            if pages.count >= maxPages { pages.removeAll(keepingCapacity: true) }
            pages[key] = (tag, body)
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
        let etag = "\"\(version.tag)-\(context.language.rawValue)\""
        var headers: HTTPFields = [.eTag: etag, .cacheControl: "no-cache", .vary: "Cookie"]
        if let lastModified = version.lastModified { headers[.lastModified] = Self.httpDate(lastModified) }
        if Self.matches(request, etag: etag, lastModified: version.lastModified) {
            return Response(status: .notModified, headers: headers)
        }
        let key = "\(context.language.rawValue) \(request.uri.path)?\(request.uri.query ?? "")"
        let body: ByteBuffer
        if let cached = page(key, tag: version.tag) {
            body = cached
        } else {
            body = ByteBuffer(string: try await render())
            store(key, tag: version.tag, body: body)
        }
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
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
