import Foundation

/// The one way a download names its file in `Content-Disposition`: an ASCII name every client reads
/// (anything but letters, digits, `.`, `_` and `-` becomes `-`, so no quote or line break can end
/// the header's value) and the name itself, percent-encoded, as RFC 6266 and RFC 8187 `filename*`.
enum ContentDisposition {
    static let letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    /// RFC 8187's attr-char: what `filename*` carries unencoded.
    static let attributeCharacters = CharacterSet(charactersIn: letters + "!#$&+-.^_`|~")

    static func attachment(_ name: String) -> String {
        let shortened = String(name.prefix(200))
        let plain = String(
            shortened.unicodeScalars.map { scalar in
                letters.unicodeScalars.contains(scalar) || ".-_".unicodeScalars.contains(scalar)
                    ? Character(scalar) : "-"
            })
        let encoded = shortened.addingPercentEncoding(withAllowedCharacters: attributeCharacters) ?? plain
        return "attachment; filename=\"\(plain)\"; filename*=UTF-8''\(encoded)"
    }
}
