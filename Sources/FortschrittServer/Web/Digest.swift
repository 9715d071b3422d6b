import Crypto
import Foundation

/// SHA-256 in hex: how tokens are stored (a copy of the database confirms nothing) and how a
/// checked text is named.
enum Digest {
    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
