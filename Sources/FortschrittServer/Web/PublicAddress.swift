import FortschrittDomain
import Foundation
import HTTPTypes
import Hummingbird

/// The address absolute links are built from (OParl's ids and links): `--public-url` when set;
/// otherwise, only behind a trusted proxy, its X-Forwarded-Proto and X-Forwarded-Host; otherwise
/// the request's Host with http. A host that is not a host name is refused, so that no header text
/// reaches a link.
struct PublicAddress: Sendable {
    /// `--public-url`, without a trailing slash.
    let configured: String?
    let trustForwarded: Bool

    init(configured: String?, trustForwarded: Bool) {
        self.configured = configured.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.trustForwarded = trustForwarded
    }

    func base(for request: Request) throws -> String {
        if let configured { return configured }
        var scheme = "http"
        var host = request.head.authority ?? "localhost"
        if trustForwarded {
            if let proto = request.headers[.xForwardedProto]?.split(separator: ",").first {
                let name = proto.trimmingCharacters(in: .whitespaces).lowercased()
                guard name == "http" || name == "https" else {
                    throw Problem.badParameter(
                        "X-Forwarded-Proto", "'\(Input.excerpt(name))' is neither http nor https")
                }
                scheme = name
            }
            if let forwarded = request.headers[.xForwardedHost]?.split(separator: ",").first {
                host = forwarded.trimmingCharacters(in: .whitespaces)
            }
        }
        guard Self.isHost(host) else {
            throw Problem.badParameter(
                "Host", "'\(Input.excerpt(host))' is not a host name (name or address, optional port)")
        }
        return "\(scheme)://\(host)"
    }

    /// The origin (`scheme://host[:port]`, lower-case, as browsers send it in Origin) of an address.
    static func origin(of url: String) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            let host = components.host?.lowercased()
        else { return nil }
        return "\(scheme)://\(host)" + (components.port.map { ":\($0)" } ?? "")
    }

    /// A DNS name or IPv4 address, or an IPv6 address in brackets, with an optional port.
    static func isHost(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count <= 255 else { return false }
        var name = bytes[...]
        var port: ArraySlice<UInt8> = []
        if bytes[0] == UInt8(ascii: "[") {
            guard let close = bytes.firstIndex(of: UInt8(ascii: "]")), close > 1 else { return false }
            let inner = bytes[1..<close]
            guard inner.allSatisfy({ isHex($0) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") }) else {
                return false
            }
            let rest = bytes[(close + 1)...]
            guard rest.isEmpty || rest.first == UInt8(ascii: ":") else { return false }
            port = rest.dropFirst()
            if rest.first == UInt8(ascii: ":"), port.isEmpty { return false }
            return port.count <= 5 && port.allSatisfy(isDigit)
        }
        if let colon = bytes.firstIndex(of: UInt8(ascii: ":")) {
            name = bytes[..<colon]
            port = bytes[(colon + 1)...]
            guard !port.isEmpty, port.count <= 5, port.allSatisfy(isDigit) else { return false }
        }
        return !name.isEmpty
            && name.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
    private static func isHex(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
    }
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }
}

extension HTTPField.Name {
    static let xForwardedHost = Self("X-Forwarded-Host")!
}
