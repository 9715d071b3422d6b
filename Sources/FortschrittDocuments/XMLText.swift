/// Escapes text for XML and HTML in one pass over its bytes; documents escape every cell. Characters
/// XML 1.0 does not allow (C0 controls other than tab and line breaks, U+FFFE, U+FFFF) become U+FFFD,
/// so that a document stays well-formed whatever text reached the data.
public enum XMLText {
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsWork) else { return text }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".utf8)
            case "<": out.append(contentsOf: "&lt;".utf8)
            case ">": out.append(contentsOf: "&gt;".utf8)
            case "\"": out.append(contentsOf: "&quot;".utf8)
            case "\t", "\n", "\r": out.append(UInt8(scalar.value))
            default:
                let allowed = scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF
                out.append(contentsOf: String(allowed ? Character(scalar) : "\u{FFFD}").utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Bytes that start something to replace: markup characters, C0 controls, and 0xEF, the first
    /// byte of U+FFFE and U+FFFF (and of other characters, which pass unchanged).
    private static func needsWork(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == 0xEF
    }
}
