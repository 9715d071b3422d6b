import HTTPTypes
import HummingbirdCore
import Logging
import NIOCore
import NIOEmbedded
import NIOHTTP1
import NIOHTTPTypes
import NIOHTTPTypesHTTP1
import Testing

@testable import FortschrittServer

/// The connection's fast way, in the pipeline a live server builds: kept public pages answered
/// right there, everything else passed on, answers in the order of the requests.
@Suite struct CachedPageChannelHandlerTests {
    /// A cache that knows its version and keeps the German catalogue page.
    static func cache() async throws -> PublicPageCache {
        let cache = PublicPageCache(maxAge: .seconds(60)) { .init(tag: "v1", lastModified: nil) }
        _ = try await cache.current()
        for _ in 0..<400 where cache.knownNow() == nil { try await Task.sleep(for: .milliseconds(5)) }
        let version = try #require(cache.knownNow())
        cache.store("de /massnahmen", path: "/massnahmen", tag: version.tag, body: ByteBuffer(string: "<p>Katalog</p>"))
        return cache
    }

    /// HTTP/1 parsing and encoding as Hummingbird sets them up, the handler, then the application's place.
    static func connection(_ cache: PublicPageCache) throws -> EmbeddedChannel {
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.configureHTTPServerPipeline(
            withPipeliningAssistance: false, withErrorHandling: false)
        try channel.pipeline.syncOperations.addHandler(HTTP1ToHTTPServerCodec(secure: false))
        try channel.pipeline.syncOperations.addHandler(
            CachedPageChannelHandler(cache: cache, serverName: "Fortschritt"))
        return channel
    }

    static func send(_ channel: EmbeddedChannel, _ requests: String...) throws {
        try channel.writeInbound(ByteBuffer(string: requests.joined()))
    }

    static func get(_ path: String, _ headers: String = "") -> String {
        "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\(headers)\r\n"
    }

    /// The application answers the oldest request passed on.
    static func applicationAnswers(_ channel: EmbeddedChannel, _ text: String) throws {
        try channel.writeOutbound(
            HTTPResponsePart.head(HTTPResponse(status: .ok, headerFields: [.contentLength: "\(text.utf8.count)"])))
        try channel.writeOutbound(HTTPResponsePart.body(ByteBuffer(string: text)))
        try channel.writeOutbound(HTTPResponsePart.end(nil))
    }

    /// The requests that went on to the application, by path.
    static func passedOn(_ channel: EmbeddedChannel) throws -> [String] {
        var paths: [String] = []
        while let part = try channel.readInbound(as: HTTPRequestPart.self) {
            if case .head(let head) = part { paths.append(head.path ?? "") }
        }
        return paths
    }

    /// Everything written to the connection, as text.
    static func written(_ channel: EmbeddedChannel) throws -> String {
        var text = ""
        while let data = try channel.readOutbound(as: IOData.self) {
            if case .byteBuffer(let buffer) = data { text += String(buffer: buffer) }
        }
        return text
    }

    @Test func aKeptPageIsAnsweredOnTheConnectionWithTheApplicationsHeaders() async throws {
        let cache = try await Self.cache()
        let channel = try Self.connection(cache)
        try Self.send(channel, Self.get("/massnahmen"))
        #expect(try Self.passedOn(channel).isEmpty)
        let answer = try Self.written(channel)
        let etag = PublicPageCache.etag(cache.knownNow()!.tag, .de)
        #expect(answer.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(answer.hasSuffix("\r\n\r\n<p>Katalog</p>"))
        for line in [
            "ETag: \(etag)", "Content-Length: 14", "Content-Type: text/html; charset=utf-8", "Cache-Control: no-cache",
            "Content-Security-Policy: \(SecurityHeaders.contentSecurityPolicy)", "X-Content-Type-Options: nosniff",
            "Server: Fortschritt", "Date: ",
        ] {
            #expect(answer.contains("\r\n\(line)"), "\(line)")
        }

        try Self.send(channel, Self.get("/massnahmen", "If-None-Match: \(etag)\r\n"))
        let again = try Self.written(channel)
        #expect(
            again.hasPrefix("HTTP/1.1 304 Not Modified\r\n") && again.hasSuffix("\r\n\r\n")
                && !again.contains("Content-Length"))
    }

    /// The handler finds its place in the pipeline Hummingbird itself builds (if that changed, every
    /// request would quietly pass on and the pages would be served the slow way).
    @Test func hummingbirdsOwnPipelineLetsTheHandlerAnswer() async throws {
        let cache = try await Self.cache()
        let channel = EmbeddedChannel()
        let http1 = HTTP1Channel(
            responder: { _, _, _ in },
            configuration: .init(additionalChannelHandlers: [
                CachedPageChannelHandler(cache: cache, serverName: "Fortschritt")
            ]))
        _ = try await http1.setup(channel: channel, logger: Logger(label: "test")).get()
        try Self.send(channel, Self.get("/massnahmen"))
        #expect(try Self.written(channel).hasSuffix("\r\n\r\n<p>Katalog</p>"))
    }

    @Test func everythingElsePassesOn() async throws {
        let channel = try Self.connection(try await Self.cache())
        let requests = [
            Self.get("/impressum"),  // no page kept
            Self.get("/massnahmen?suche=portal"),  // another query
            Self.get("/massnahmen", "Cookie: session=abc\r\n"),  // signed in
            "POST /massnahmen HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\na=b",
            Self.get("/massnahmen", "Connection: close\r\n"),
        ]  // the application closes after it
        for request in requests {
            try Self.send(channel, request)
            try Self.applicationAnswers(channel, "app")
        }
        #expect(
            try Self.passedOn(channel) == [
                "/impressum", "/massnahmen?suche=portal", "/massnahmen", "/massnahmen", "/massnahmen",
            ])
        #expect(
            try Self.written(channel).components(separatedBy: "HTTP/1.1 200 OK").count == 6,
            "the application's five answers only")
    }

    /// NIO's parser itself refuses anything sent after a request that asked to close.
    @Test func nothingAfterARequestToCloseIsRead() async throws {
        let channel = try Self.connection(try await Self.cache())
        #expect(throws: (any Error).self) {
            try Self.send(channel, Self.get("/impressum", "Connection: close\r\n"), Self.get("/massnahmen"))
        }
        #expect(try Self.passedOn(channel) == ["/impressum"])
    }

    @Test func aClientThatDoesNotReadGetsNoMoreAnswersFromMemory() async throws {
        let channel = try Self.connection(try await Self.cache())
        channel.isWritable = false
        try Self.send(channel, Self.get("/massnahmen"))
        #expect(try Self.passedOn(channel) == ["/massnahmen"], "the application's way, with its back-pressure")
        channel.isWritable = true
        try Self.applicationAnswers(channel, "app")
        _ = try Self.written(channel)
        try Self.send(channel, Self.get("/massnahmen"))
        #expect(try Self.written(channel).hasSuffix("<p>Katalog</p>"))
    }

    @Test func whileTheApplicationAnswersLaterRequestsWaitTheirTurn() async throws {
        let channel = try Self.connection(try await Self.cache())
        // Pipelined: the second must not overtake.
        try Self.send(channel, Self.get("/impressum"), Self.get("/massnahmen"))
        #expect(try Self.passedOn(channel) == ["/impressum", "/massnahmen"])
        #expect(try Self.written(channel).isEmpty)
        try Self.applicationAnswers(channel, "first")
        try Self.send(channel, Self.get("/massnahmen"))  // one answer still open
        #expect(try Self.passedOn(channel) == ["/massnahmen"])
        try Self.applicationAnswers(channel, "second")
        try Self.applicationAnswers(channel, "third")
        let answers = try Self.written(channel)
        #expect(answers.range(of: "first")!.lowerBound < answers.range(of: "second")!.lowerBound)
        try Self.send(channel, Self.get("/massnahmen"))  // all answered: this one is answered here
        #expect(try Self.passedOn(channel).isEmpty)
        #expect(try Self.written(channel).hasSuffix("<p>Katalog</p>"))
    }
}
