import Crypto
import FortschrittDomain
import Foundation

/// One-click unsubscribe links (RFC 8058): the token names a participant and what to end (all mail
/// or one follow), signed with an HMAC under a server secret kept in the database, so a link needs
/// no table and works on every instance; an altered token is refused.
public struct UnsubscribeLinks: Sendable {
    static let secretName = "unsubscribe"
    static let path = "/benachrichtigungen/abbestellen/"
    let key: SymmetricKey
    /// `--public-url` without a trailing slash; without it there are no links.
    let base: String?

    init(key: SymmetricKey, publicURL: String?) {
        self.key = key
        self.base = PublicAddress(configured: publicURL, trustForwarded: false).configured
    }

    /// The links for the mail worker, with the key shared by every instance.
    public static func load(accounts: any AccountRepository, publicURL: String?) async throws -> UnsubscribeLinks {
        UnsubscribeLinks(key: try await ServerSecrets(accounts: accounts).key(secretName), publicURL: publicURL)
    }

    public func link(_ unsubscribe: MailMessage.Unsubscribe) -> String? {
        base.map { $0 + Self.path + token(unsubscribe) }
    }

    func token(_ unsubscribe: MailMessage.Unsubscribe) -> String {
        let payload = Data("\(unsubscribe.participant)\u{0}\(unsubscribe.scope)".utf8)
        return CSRFToken.base64URL(payload) + "." + CSRFToken.base64URL(Data(mac(payload)))
    }

    func mac(_ payload: Data) -> HashedAuthenticationCode<SHA256> {
        HMAC<SHA256>.authenticationCode(for: Self.signed(payload), using: key)
    }

    /// What the MAC covers: the purpose, then the payload.
    static func signed(_ payload: Data) -> Data { Data("unsubscribe\u{0}".utf8) + payload }

    /// What a token ends; nil for anything not made here.
    func verify(_ token: String) -> MailMessage.Unsubscribe? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard token.count <= 600, parts.count == 2, let payload = Self.decode(parts[0]),
            let mac = Self.decode(parts[1]),
            HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: Self.signed(payload), using: key)
        else { return nil }
        let fields = String(decoding: payload, as: UTF8.self).split(separator: "\u{0}", maxSplits: 1)
        guard fields.count == 2, let participant = Int64(fields[0]) else { return nil }
        return MailMessage.Unsubscribe(participant: participant, scope: String(fields[1]))
    }

    static func decode(_ text: Substring) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }
}
