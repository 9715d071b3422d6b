import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOHTTP1
import NIOHTTPTypes

/// Answers public pages kept in memory right on the connection, before a request becomes a task:
/// the answers `CachedPageMiddleware` gives (the page or 304, with the same headers), at a fraction
/// of the cost. Everything else passes on untouched. While a request that passed on is still being
/// answered, later ones on the same connection pass on too, so that answers keep their order.
/// Answers are written as bytes below the response encoder, their headers serialised once per
/// version of the data (turning header fields into bytes anew for every answer cost a third of it).
final class CachedPageChannelHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let cache: PublicPageCache
    private let serverName: String?
    /// Requests passed on whose answer has not ended yet.
    private var passedOn = 0
    /// The rest of a request answered here: a GET has no body, but a client may send one.
    private var skipping = false
    private var unflushed = false
    private var date: (second: Int, text: String) = (0, "")
    /// Where answers are written: the response encoder's place, so they go out as they are.
    private var wire: ChannelHandlerContext?
    /// Status line and headers of the answers given lately, without length and date.
    private var heads: [String: ByteBuffer] = [:]

    /// The public address is https: answers carry HSTS like every other page.
    private let servedOverTLS: Bool

    init(cache: PublicPageCache, serverName: String?, servedOverTLS: Bool = false) {
        self.cache = cache
        self.serverName = serverName
        self.servedOverTLS = servedOverTLS
    }

    func handlerAdded(context: ChannelHandlerContext) {
        // Without the encoder (another kind of pipeline) every request passes on.
        wire = try? context.pipeline.syncOperations.context(handlerType: HTTPResponseEncoder.self)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        wire = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            // A client that sends without reading fills the connection's buffer: then requests take
            // the application's way, whose reading waits for the writing.
            if passedOn == 0, context.channel.isWritable, let wire, let answer = answer(head) {
                write(answer, to: wire)
                skipping = true
            } else {
                passedOn += 1
                skipping = false
                context.fireChannelRead(data)
            }
        case .body:
            if !skipping { context.fireChannelRead(data) }
        case .end:
            if skipping {
                skipping = false
            } else {
                context.fireChannelRead(data)
            }
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        if unflushed {
            unflushed = false
            context.flush()
        }
        context.fireChannelReadComplete()
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { passedOn = max(0, passedOn - 1) }
        context.write(data, promise: promise)
    }

    private func answer(_ head: HTTPRequest) -> PublicPageCache.Answer? {
        guard head.method == .get, head.headerFields[.connection]?.lowercased().contains("close") != true else {
            return nil
        }
        let request = Request(head: head, body: .init(buffer: ByteBuffer()))
        guard cache.mayAnswer(request), let version = cache.knownNow() else { return nil }
        return cache.answer(request, language: Language(request), version: version)
    }

    /// The answer with the headers the application adds to every answer.
    private func write(_ answer: PublicPageCache.Answer, to wire: ChannelHandlerContext) {
        var head = wire.channel.allocator.buffer(capacity: 1024)
        head.writeImmutableBuffer(headPrefix(answer))
        if let body = answer.body { head.writeString("Content-Length: \(body.readableBytes)\r\n") }
        head.writeString("Date: \(currentDate())\r\n\r\n")
        wire.write(NIOAny(IOData.byteBuffer(head)), promise: nil)
        if let body = answer.body { wire.write(NIOAny(IOData.byteBuffer(body)), promise: nil) }
        unflushed = true
    }

    private func headPrefix(_ answer: PublicPageCache.Answer) -> ByteBuffer {
        let key = "\(answer.status.code) \(answer.headers[.eTag] ?? "")"
        if let known = heads[key] { return known }
        var fields = answer.headers
        fields.append(contentsOf: SecurityHeaders.fields(servedOverTLS: servedOverTLS))
        if let serverName { fields[.server] = serverName }
        var text = "HTTP/1.1 \(answer.status.code) \(answer.status.reasonPhrase)\r\n"
        for field in fields { text += "\(field.name.rawName): \(field.value)\r\n" }
        if heads.count >= 16 { heads.removeAll() }
        heads[key] = ByteBuffer(string: text)
        return heads[key]!
    }

    private func currentDate() -> String {
        let now = Date()
        let second = Int(now.timeIntervalSince1970)
        if second != date.second { date = (second, PublicPageCache.httpDateFormatter().string(from: now)) }
        return date.text
    }
}
