/// Reads a strategy text from Markdown into blocks: `#` headings, paragraphs and list items
/// (`-`, `*`, `+` or `1.`), separated by blank lines. A block may end with attributes in braces:
/// `{#block-id}` gives its id, `{measures=1.4,2.3}` (or `massnahmen=`) the measures it serves, e.g.
/// `## Datenethik {#datenethik measures=4.2}`. Anything else Markdown has (quotes, code, tables,
/// HTML, rules) is refused with its line, so what is published is what the author saw.
public enum TextMarkdown {
    public static let maximumBytes = 1_000_000
    public static let maximumBlocks = 2_000

    /// A block as written, before it has its id for certain.
    public struct Written: Hashable, Sendable {
        public var line: Int
        public var id: BlockID?
        public var kind: TextBlock.Kind
        public var level: Int
        public var text: String
        public var measures: [MeasureNumber]
    }

    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { line > 0 ? "line \(line): \(message)" : message }
    }

    public static func parse(_ markdown: String) throws(Problem) -> [Written] {
        guard markdown.utf8.count <= maximumBytes else {
            throw Problem(line: 0, message: "the text is larger than \(maximumBytes / 1_000_000) MB")
        }
        var blocks: [Written] = []
        var open: (line: Int, kind: TextBlock.Kind, level: Int, lines: [String])?

        func close() throws(Problem) {
            guard let current = open else { return }
            open = nil
            let joined = current.lines.joined(separator: " ")
            let (text, id, measures) = try attributes(joined, line: current.line)
            guard !text.isEmpty else { throw Problem(line: current.line, message: "the block has no text") }
            do {
                _ = try Input.text(text, "text", limit: 10_000)
            } catch {
                throw Problem(line: current.line, message: error.message)
            }
            if let id, let first = blocks.first(where: { $0.id == id }) {
                throw Problem(
                    line: current.line, message: "the id '\(id)' is given twice (first in line \(first.line))")
            }
            blocks.append(
                Written(
                    line: current.line, id: id, kind: current.kind, level: current.level, text: text, measures: measures
                ))
            guard blocks.count <= maximumBlocks else {
                throw Problem(line: current.line, message: "more than \(maximumBlocks) blocks")
            }
        }

        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            if let scalar = Input.forbiddenScalar(in: line, multiline: false) {
                throw Problem(
                    line: number,
                    message: "contains the control character U+\(String(scalar.value, radix: 16, uppercase: true))")
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                try close()
                continue
            }
            if let refusal = unsupported(trimmed) { throw Problem(line: number, message: refusal) }
            if let (level, text) = heading(trimmed) {
                try close()
                open = (number, .heading, level, [text])
                try close()
            } else if let text = item(trimmed) {
                try close()
                open = (number, .item, 0, [text])
            } else if open != nil {
                open?.lines.append(trimmed)
            } else {
                open = (number, .paragraph, 0, [trimmed])
            }
        }
        try close()
        return blocks
    }

    static func heading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return (hashes, line.dropFirst(hashes + 1).trimmingCharacters(in: .whitespaces))
    }

    static func item(_ line: String) -> String? {
        for marker in ["- ", "* ", "+ "] where line.hasPrefix(marker) {
            return String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces)
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if (1...9).contains(digits.count), line.dropFirst(digits.count).hasPrefix(". ") {
            return String(line.dropFirst(digits.count + 2)).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    static func unsupported(_ line: String) -> String? {
        if line.hasPrefix(">") { return "quotations are not part of a strategy text; write a paragraph" }
        if line.hasPrefix("```") || line.hasPrefix("~~~") { return "code blocks are not part of a strategy text" }
        if line.hasPrefix("|") { return "tables are not supported; write a list" }
        if line.hasPrefix("<") { return "HTML is not taken; write Markdown" }
        if line.hasPrefix("!["), line.contains("](") { return "images are not supported" }
        if ["---", "***", "___"].contains(line) || line.hasPrefix("===") {
            return "rules and underlined headings are not supported; use # for headings"
        }
        return nil
    }

    /// Splits `text {#id measures=1.4,2.3}` into the text and its attributes.
    static func attributes(_ text: String, line: Int) throws(Problem) -> (String, BlockID?, [MeasureNumber]) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix("}"), let open = trimmed.lastIndex(of: "{") else { return (trimmed, nil, []) }
        let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        let tokens = inside.split(separator: " ")
        guard
            tokens.contains(where: {
                $0.hasPrefix("#") || $0.hasPrefix("measures=") || $0.hasPrefix("massnahmen=")
            })
        else { return (trimmed, nil, []) }
        var id: BlockID?
        var measures: [MeasureNumber] = []
        for token in tokens {
            if token.hasPrefix("#") {
                guard let given = BlockID(String(token.dropFirst())) else {
                    throw Problem(
                        line: line,
                        message: "'\(token.dropFirst().prefix(70))' is not a block id (lower-case letters, digits, "
                            + "hyphens; starting with a letter)")
                }
                id = given
            } else if let list = token.split(separator: "=", maxSplits: 1).last, token.contains("=") {
                for part in list.split(separator: ",") {
                    guard let number = MeasureNumber(String(part)) else {
                        throw Problem(line: line, message: "'\(part.prefix(20))' is not a measure number")
                    }
                    measures.append(number)
                }
            } else {
                throw Problem(line: line, message: "'\(token.prefix(40))' is not an attribute (#id or measures=…)")
            }
        }
        return (String(trimmed[..<open]).trimmingCharacters(in: .whitespaces), id, measures)
    }
}
