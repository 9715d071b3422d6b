import FortschrittDocuments
import FortschrittDomain

/// An Atom feed (RFC 4287) and its one way into XML: every text goes through `XMLText`, times are
/// RFC 3339 in UTC, entry authors are the feed's. Links are relative to the feed's own address
/// unless the site's public address is configured: a kept feed never carries a request's Host.
struct AtomFeed: Sendable {
    struct Entry: Sendable {
        var id: String
        var title: String
        /// When what the entry says was recorded (published, decided, entered): never the clock.
        var updated: RecordedTime
        /// The page it is about (text/html), a path on this site; nil when no public page shows it.
        var page: String?
        /// Plain text: what the entry says, in full (an entry needs content or a page, RFC 4287 4.1.2).
        var content: String
    }

    /// Readers poll a feed, they do not archive it: only the latest entries are listed.
    static let entryLimit = 50
    static let contentType = "application/atom+xml; charset=utf-8"

    var id: String
    var title: String
    var language: Language
    /// Who publishes it: the city or body of the strategy.
    var author: String
    /// The feed's own path, and the page it belongs to.
    var path: String
    var page: String
    /// `--public-url` (links become absolute), or "" (links stay relative).
    var base: String
    /// At most `entryLimit`, latest first.
    private(set) var entries: [Entry]

    init(
        id: String, title: String, language: Language, author: String, path: String, page: String, base: String,
        entries: [Entry]
    ) {
        self.id = id
        self.title = title
        self.language = language
        self.author = author
        self.path = path
        self.page = page
        self.base = base
        // Latest first; entries recorded together keep the order given (the text's, the events').
        let ordered = entries.enumerated().sorted {
            $0.element.updated != $1.element.updated ? $0.element.updated > $1.element.updated : $0.offset < $1.offset
        }
        self.entries = ordered.prefix(Self.entryLimit).map(\.element)
    }

    /// The latest entry's time; a feed without entries has not changed since the epoch.
    var updated: RecordedTime { entries.first?.updated ?? RecordedTime(microseconds: 0) }

    var xml: String {
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\#(language.rawValue)">"#,
            "  <id>\(XMLText.escape(id))</id>",
            "  <title>\(XMLText.escape(title))</title>",
            "  <updated>\(updated.iso)</updated>",
            "  <author><name>\(XMLText.escape(author))</name></author>",
            link("self", Self.contentType, path),
            link("alternate", "text/html", page),
            "  <generator>Fortschritt</generator>",
        ]
        for entry in entries {
            lines += [
                "  <entry>",
                "    <id>\(XMLText.escape(entry.id))</id>",
                "    <title>\(XMLText.escape(entry.title))</title>",
                "    <updated>\(entry.updated.iso)</updated>",
            ]
            if let page = entry.page { lines.append("  " + link("alternate", "text/html", page)) }
            lines += [#"    <content type="text">\#(XMLText.escape(entry.content))</content>"#, "  </entry>"]
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    private func link(_ relation: String, _ type: String, _ path: String) -> String {
        #"  <link rel="\#(relation)" type="\#(type)" href="\#(XMLText.escape(base + path))"/>"#
    }
}
