import Crypto
import Foundation

/// The ids of feeds and entries (atom:id, which RFC 4287 says never change): `urn:uuid:` names
/// derived from what they name — "strategy 2, version 3", "the decision on contribution 17" —
/// under a key kept in the database. Every instance derives the same; neither the Host header,
/// the language nor a later `--public-url` changes them, and two sites never share one.
struct FeedIDs: Sendable {
    let key: SymmetricKey

    static func load(_ secrets: ServerSecrets) async throws -> FeedIDs {
        FeedIDs(key: try await secrets.key("feed-ids"))
    }

    func id(_ name: String) -> String {
        var bytes = Array(HMAC<SHA256>.authenticationCode(for: Data(name.utf8), using: key).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x80  // version 8, a name of our own making (RFC 9562)
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // the RFC's variant
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        var groups: [Substring] = []
        var rest = Substring(hex)
        for length in [8, 4, 4, 4, 12] {
            groups.append(rest.prefix(length))
            rest = rest.dropFirst(length)
        }
        return "urn:uuid:" + groups.joined(separator: "-")
    }
}
