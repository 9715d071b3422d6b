import FortschrittDomain

/// An address as it may go into an SMTP command and a mail header: plain ASCII without spaces,
/// brackets, quotes or line breaks, one `@`, at most 254 characters. Anything else is refused
/// rather than quoted, so no recipient can smuggle a header or a command into a message.
public enum MailAddress {
    public struct Refused: Error, CustomStringConvertible {
        public var address: String
        public var description: String { "'\(address.prefix(80))' cannot be used as a mail address" }
    }

    public static func checked(_ address: String) throws(Refused) -> String {
        let allowed = address.utf8.allSatisfy { byte in
            byte > 0x20 && byte < 0x7F && !"<>()[]\\,;:\"".utf8.contains(byte)
        }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard allowed, address.utf8.count <= 254, parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw Refused(address: address)
        }
        return address
    }
}
