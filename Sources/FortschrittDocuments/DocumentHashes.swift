import Crypto
import Foundation

/// What a publication records of each of its documents, by format: the SHA-256 of the bytes; for
/// OParl's File the size and a SHA-512 ("docx.size", "docx.sha512"); for a DOCX also the hash of its
/// parts ("docx.parts"), which a zlib update cannot change.
public enum DocumentHashes {
    public static let docxParts = "docx.parts"

    public static func of(_ documents: [String: Data]) throws -> [String: String] {
        var hashes: [String: String] = [:]
        for (format, data) in documents {
            hashes[format] = sha256(data)
            hashes[format + ".sha512"] = SHA512.hash(data: data).map { String(format: "%02x", $0) }.joined()
            hashes[format + ".size"] = String(data.count)
            if format == "docx" { hashes[docxParts] = try OfficePackage.contentHash(of: data) }
        }
        return hashes
    }

    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
