import Ink

/// A block's inline Markdown (emphasis, code, links) as HTML, through Ink. Ink passes HTML in the
/// text through as it is, so the text's `& < > "` are escaped before Ink sees them (Ink leaves
/// entities alone); links go only to http, https, mailto or this site, and images show their
/// description: what reaches the page is markup Ink made from Markdown, never the author's HTML.
enum InlineMarkdown {
    static func html(_ markdown: String) -> String {
        let escaped = markdown.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        let parser = MarkdownParser(modifiers: [
            Modifier(target: .links) { html, markdown in safeLink(html, markdown) },
            Modifier(target: .images) { _, markdown in imageText(markdown) },
            // Ink escapes code itself: undo the second escaping of what was escaped above.
            Modifier(target: .inlineCode) { html, _ in
                ["lt;", "gt;", "quot;", "amp;"].reduce(html) {
                    $0.replacingOccurrences(of: "&amp;" + $1, with: "&" + $1)
                }
            },
        ])
        var html = parser.html(from: escaped)
        // One block is one paragraph: its text without the <p> Ink puts around it.
        if html.hasPrefix("<p>"), html.hasSuffix("</p>") { html = String(html.dropFirst(3).dropLast(4)) }
        return html
    }

    static func safeLink(_ html: String, _ markdown: Substring) -> String {
        guard let open = markdown.range(of: "]("), markdown.hasSuffix(")") else { return html }
        let target = markdown[open.upperBound..<markdown.index(before: markdown.endIndex)]
            .trimmingCharacters(in: .whitespaces).lowercased()
        let allowed =
            target.hasPrefix("https://") || target.hasPrefix("http://") || target.hasPrefix("mailto:")
            || (target.hasPrefix("/") && !target.hasPrefix("//")) || target.hasPrefix("#")
        if allowed { return html }
        // The link's text alone.
        guard let start = html.firstIndex(of: ">"), let end = html.range(of: "</a>", options: .backwards) else {
            return ""
        }
        return String(html[html.index(after: start)..<end.lowerBound])
    }

    static func imageText(_ markdown: Substring) -> String {
        guard let start = markdown.firstIndex(of: "["), let end = markdown.firstIndex(of: "]"), start < end else {
            return ""
        }
        return String(markdown[markdown.index(after: start)..<end])
    }
}
