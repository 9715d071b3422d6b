/// Writes blocks back as Markdown that `TextMarkdown` reads into the same blocks, ids included:
/// what the browser's editor starts from, and what the log keeps of a published version.
public enum TextMarkdownWriter {
    public static func markdown(_ blocks: [TextBlock]) -> String {
        blocks.map { block in
            let attributes =
                " {#\(block.id.text)"
                + (block.measures.isEmpty ? "" : " measures=" + block.measures.map(\.text).joined(separator: ","))
                + "}"
            switch block.kind {
            case .heading:
                return String(repeating: "#", count: max(1, min(block.level, 6))) + " " + block.text + attributes
            case .item: return "- " + block.text + attributes
            case .paragraph: return block.text + attributes
            }
        }.joined(separator: "\n\n") + "\n"
    }
}
