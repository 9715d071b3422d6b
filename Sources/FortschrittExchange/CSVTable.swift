import Foundation

/// A CSV file as read: its records with the line each starts on. Reads UTF-8 (with or without BOM)
/// and Windows-1252, `;` or `,` separated, with quoted fields that may span lines.
public struct CSVTable: Sendable {
    public struct Record: Sendable {
        public var line: Int
        public var fields: [String]
    }

    public var separator: Character
    public var records: [Record]

    public enum Failure: Error, Equatable {
        case unterminatedQuote(line: Int)
        case empty
    }

    public static func decodeText(_ data: Data) -> String {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(data: bytes, encoding: .utf8) { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: bytes.map(Windows1252.scalar(for:)))
        return String(scalars)
    }

    public init(data: Data) throws(Failure) {
        try self.init(text: Self.decodeText(data))
    }

    public init(text: String) throws(Failure) {
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        separator = Self.guessSeparator(String(firstLine))
        records = try Self.parse(text, separator: separator)
        if records.isEmpty { throw .empty }
    }

    /// The separator that occurs most often outside quotes in the header line; `;` on a tie.
    static func guessSeparator(_ header: String) -> Character {
        var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0]
        var quoted = false
        for c in header {
            if c == "\"" { quoted.toggle() } else if !quoted, let count = counts[c] { counts[c] = count + 1 }
        }
        let semicolons = counts[";", default: 0]
        let others: [Character] = [",", "\t"]
        return others.reduce((";" as Character, semicolons)) { best, candidate in
            let count = counts[candidate, default: 0]
            return count > best.1 ? (candidate, count) : best
        }.0
    }

    /// Reads by Unicode scalar, not by character: a quote or separator followed by a combining mark
    /// is one character, and would otherwise hide the quote from the reader.
    static func parse(_ text: String, separator: Character) throws(Failure) -> [Record] {
        let separatorScalar = separator.unicodeScalars.first ?? ";"
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var quoted = false
        var fieldWasQuoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endRecord() {
            fields.append(String(field))
            if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) {
                records.append(Record(line: recordLine, fields: fields.map(Self.restoreDefused)))
            }
            fields = []
            field = String.UnicodeScalarView()
            fieldWasQuoted = false
        }

        while let c = pending ?? iterator.next() {
            pending = nil
            if c == "\r" {
                // CR LF and a lone CR end a line like LF.
                if let next = iterator.next(), next != "\n" { pending = next }
                if quoted {
                    line += 1
                    field.append("\n")
                } else {
                    endRecord()
                    line += 1
                    recordLine = line
                }
                continue
            }
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" {
                            field.append("\"")
                        } else {
                            quoted = false
                            pending = next
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty:
                quoted = true
                fieldWasQuoted = true
            case separatorScalar:
                fields.append(String(field))
                field = String.UnicodeScalarView()
                fieldWasQuoted = false
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(c)
            }
        }
        if quoted { throw .unterminatedQuote(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
        return records
    }

    /// The one CSV writer: fields joined by `separator`, quoted where needed, each cell defused,
    /// lines ended by `lineEnd`.
    public static func format(_ rows: [[String]], separator: Character = ";", lineEnd: String = "\n") -> String {
        rows.map { row in
            row.map { raw in
                let value = defuse(raw)
                // By scalar: a quote with a combining mark after it is still a quote to a reader.
                let special = value.unicodeScalars.contains { scalar in
                    scalar == "\"" || scalar == "\n" || scalar == "\r" || separator.unicodeScalars.contains(scalar)
                }
                guard special else { return value }
                var quoted = String.UnicodeScalarView(["\""])
                for scalar in value.unicodeScalars {
                    quoted.append(scalar)
                    if scalar == "\"" { quoted.append("\"") }
                }
                quoted.append("\"")
                return String(quoted)
            }.joined(separator: String(separator))
        }.joined(separator: lineEnd) + lineEnd
    }

    /// What makes Excel and LibreOffice read a cell as a formula (quoting does not help). Looked at by
    /// scalar: "=" with a combining mark after it is still "=" to a spreadsheet.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// A cell a spreadsheet would run as a formula gets a leading apostrophe and is shown as text;
    /// so does a cell that starts with an apostrophe before such a character, which keeps
    /// `restoreDefused` exact: import → export → import reads every text back as it was.
    public static func defuse(_ text: String) -> String {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return text }
        if formulaStarts.contains(first) { return "'" + text }
        if first == "'", let second = scalars.next(), formulaStarts.contains(second) || second == "'" {
            return "'" + text
        }
        return text
    }

    /// The text a defused cell stood for.
    public static func restoreDefused(_ text: String) -> String {
        var scalars = text.unicodeScalars.makeIterator()
        guard scalars.next() == "'", let second = scalars.next(), formulaStarts.contains(second) || second == "'" else {
            return text
        }
        return String(String.UnicodeScalarView(text.unicodeScalars.dropFirst()))
    }
}

/// Windows-1252, the encoding German office spreadsheets are often saved in.
enum Windows1252 {
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,
        0x017E, 0x0178,
    ]

    static func scalar(for byte: UInt8) -> Unicode.Scalar {
        if (0x80...0x9F).contains(byte), let scalar = Unicode.Scalar(high[Int(byte) - 0x80]) { return scalar }
        return Unicode.Scalar(byte)
    }
}
