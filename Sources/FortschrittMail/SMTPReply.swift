import NIOCore

/// A server's reply: a three-digit code and its text lines ("250-first", "250 last").
struct SMTPReply: Sendable, Equatable {
    var code: Int
    var lines: [String]
}

/// Reads replies from the connection's bytes, bounded: a line longer than 4,096 bytes or a reply of
/// more than 100 lines is refused, and so is anything that is not a reply line.
struct SMTPReplyReader {
    private var iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    private var pending: [UInt8] = []

    init(_ iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator) {
        self.iterator = iterator
    }

    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    mutating func next() async throws -> SMTPReply {
        var lines: [String] = []
        var code: Int?
        while true {
            let line = try await nextLine()
            let result = try Self.parse(line)
            if let code, code != result.code { throw Malformed(description: "a reply changed its code midway") }
            code = result.code
            lines.append(result.text)
            if result.last { return SMTPReply(code: result.code, lines: lines) }
            if lines.count >= 100 { throw Malformed(description: "a reply of more than 100 lines") }
        }
    }

    /// "250-text" or "250 text" (or just "250").
    static func parse(_ line: String) throws -> (code: Int, last: Bool, text: String) {
        let bytes = Array(line.utf8)
        guard bytes.count >= 3, bytes[0..<3].allSatisfy({ (0x30...0x39).contains($0) }),
            let code = Int(String(decoding: bytes[0..<3], as: UTF8.self))
        else { throw Malformed(description: "not a reply line: '\(line.prefix(80))'") }
        if bytes.count == 3 { return (code, true, "") }
        guard bytes[3] == UInt8(ascii: " ") || bytes[3] == UInt8(ascii: "-") else {
            throw Malformed(description: "not a reply line: '\(line.prefix(80))'")
        }
        return (code, bytes[3] == UInt8(ascii: " "), String(decoding: bytes[4...], as: UTF8.self))
    }

    private mutating func nextLine() async throws -> String {
        while true {
            if let end = pending.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(pending[..<end])
                pending.removeSubrange(...end)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            guard pending.count <= 4_096 else { throw Malformed(description: "a reply line over 4,096 bytes") }
            guard var buffer = try await iterator.next() else {
                throw Malformed(description: "the server closed the connection")
            }
            pending += buffer.readBytes(length: buffer.readableBytes) ?? []
        }
    }
}
