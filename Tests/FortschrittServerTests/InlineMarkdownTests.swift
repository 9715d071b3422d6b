import Testing

@testable import FortschrittServer

@Suite struct InlineMarkdownTests {
    @Test func markupBecomesHTMLAndHTMLStaysText() {
        #expect(
            InlineMarkdown.html("**fett**, *kursiv* und `a<b`")
                == "<strong>fett</strong>, <em>kursiv</em> und <code>a&lt;b</code>")
        let hostile = InlineMarkdown.html("Daten <script>alert(1)</script> & \"mehr\"")
        #expect(hostile == "Daten &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;mehr&quot;")
        #expect(
            InlineMarkdown.html("[Portal](https://example.org/?a=1&b=2)")
                == #"<a href="https://example.org/?a=1&amp;b=2">Portal</a>"#)
    }

    @Test func linksGoOnlyWhereTheyShouldAndImagesAreTheirDescription() {
        #expect(InlineMarkdown.html("[klick](javascript:alert(1))") == "klick")
        #expect(InlineMarkdown.html("[x](JavaScript:alert(1))") == "x")
        #expect(InlineMarkdown.html("[x](//evil.example/)") == "x")
        let quoted = InlineMarkdown.html(#"[x](https://e.example" onmouseover="alert(1))"#)
        #expect(!quoted.contains(#"" onmouseover"#))
        #expect(InlineMarkdown.html("![Stadtplan](https://e.example/plan.png)") == "Stadtplan")
        #expect(InlineMarkdown.html("[Maßnahme](/massnahmen/1.4)") == #"<a href="/massnahmen/1.4">Maßnahme</a>"#)
    }
}
