import Foundation

/// Where and how to hand mail over: `smtp://[USER:PASSWORD@]HOST[:PORT][?starttls=required|if-offered|never]`.
/// STARTTLS is required by default except on the loopback interface; a login is never sent in the
/// clear except there.
public struct SMTPConfiguration: Sendable, Equatable {
    public enum StartTLS: String, Sendable, CaseIterable {
        case required
        case ifOffered = "if-offered"
        case never
    }

    public var host: String
    public var port: Int
    public var startTLS: StartTLS
    public var username: String?
    public var password: String?
    /// A PEM file of certificates to trust instead of the system's (a city's own CA).
    public var trustedCertificates: String?
    /// The name this client greets with (EHLO).
    public var clientName: String

    public struct Invalid: Error, CustomStringConvertible {
        public var description: String
    }

    /// Names of this machine's loopback interface.
    public static func isLoopback(_ host: String) -> Bool { ["127.0.0.1", "::1", "localhost"].contains(host) }

    public init(url text: String, trustedCertificates: String? = nil, clientName: String = "localhost") throws {
        guard text.utf8.count <= 2_000, let url = URLComponents(string: text), url.scheme == "smtp",
            let host = url.host, !host.isEmpty
        else {
            throw Invalid(description: "--smtp-url: write smtp://[USER:PASSWORD@]HOST[:PORT][?starttls=…]")
        }
        self.host = host
        self.port = url.port ?? 25
        guard (1...65_535).contains(port) else {
            throw Invalid(description: "--smtp-url: port \(port) is out of range")
        }
        self.username = url.user?.removingPercentEncoding
        self.password = url.password?.removingPercentEncoding
        let loopback = Self.isLoopback(host)
        let given = url.queryItems?.first { $0.name == "starttls" }?.value
        if let given {
            guard let choice = StartTLS(rawValue: given) else {
                throw Invalid(description: "--smtp-url: starttls is one of required, if-offered, never")
            }
            self.startTLS = choice
        } else {
            self.startTLS = loopback ? .ifOffered : .required
        }
        if username != nil, startTLS != .required, !loopback {
            throw Invalid(description: "--smtp-url: a login is only sent over STARTTLS (starttls=required)")
        }
        self.trustedCertificates = trustedCertificates
        self.clientName = clientName
    }
}
