import FortschrittDomain
import Plot

extension TextEditorModel {
    func render(_ page: PageContext) -> String {
        let heading = page.text(.editDraftOf(strategy.title))
        return Layout.render(
            page, title: heading, siteName: siteName,
            .h1(.text(heading)),
            .if(notice != nil, .p(.class("notice"), .attr("role", "status"), .text(notice ?? ""))),
            .if(error != nil, .div(.class("error-summary"), .attr("role", "alert"), .p(.text(error ?? "")))),
            .p(
                .text(
                    page.text(
                        latest.map { .draftFollows("\($0.number)") } ?? .firstVersion)
                        + " " + page.text(draft == nil ? .noDraftYet : .draftSaved))),
            .formTag(
                .attr("method", "post"), .attr("action", path), Layout.csrfField(page),
                Components.field(
                    "titel", label: page.text(.versionTitle), error: nil,
                    .inputTag(("type", "text"), ("id", "titel"), ("name", "titel"), ("value", title))),
                Components.field(
                    "notiz", label: page.text(.whatChanged), error: nil,
                    .textareaTag(.attr("id", "notiz"), .attr("name", "notiz"), .attr("rows", "3"), .text(note))),
                Components.field(
                    "text", label: page.text(.draftMarkdown), error: nil, hint: page.text(.draftMarkdownHint),
                    .textareaTag(
                        .attr("id", "text"), .attr("name", "text"), .attr("rows", "24"), .class("markdown"),
                        .attr("aria-describedby", "text-hint"), .text(markdown))),
                .if(matching != nil, .inputTag(("type", "hidden"), ("name", "geprueft"), ("value", checkedDigest))),
                .p(
                    .class("actions"),
                    .element(
                        named: "button",
                        nodes: [
                            .attr("type", "submit"), .attr("name", "aktion"), .attr("value", "pruefen"),
                            .text(page.text(.checkMatching)),
                        ]),
                    .if(
                        matching != nil,
                        .group(
                            .text(" "),
                            .element(
                                named: "button",
                                nodes: [
                                    .attr("type", "submit"), .attr("name", "aktion"), .attr("value", "speichern"),
                                    .text(page.text(.saveDraftAsChecked)),
                                ]))))),
            .unwrap(matching) { matchingTable($0, page) },
            .if(draft != nil && matching == nil, publishForm(page))
        )
    }

    func matchingTable(_ matching: BlockMatching, _ page: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h2(.id("zuordnung"), .text(page.text(.matchingHeading))),
            .p(.text(page.text(.matchingExplanation))),
            .table(
                .class("responsive"),
                .caption(.text(page.text(.matchingHeading))),
                .thead(
                    .tr(
                        .th(.attr("scope", "col"), .text(page.text(.line))),
                        .th(.attr("scope", "col"), .text(page.text(.blockID))),
                        .th(.attr("scope", "col"), .text(page.text(.matchedAs))),
                        .th(.attr("scope", "col"), .text(page.text(.blockText))))),
                .tbody(
                    .forEach(matching.entries) { entry in
                        .tr(
                            .td(.attr("data-label", page.text(.line)), .text("\(entry.line)")),
                            .th(
                                .attr("scope", "row"), .attr("data-label", page.text(.blockID)),
                                .text(entry.block.id.text)),
                            .td(.attr("data-label", page.text(.matchedAs)), .text(outcome(entry.outcome, page))),
                            .td(.attr("data-label", page.text(.blockText)), .text(Self.excerpt(entry.block.text))))
                    },
                    .forEach(matching.removed) { block in
                        .tr(
                            .td(.attr("data-label", page.text(.line)), .text("–")),
                            .th(.attr("scope", "row"), .attr("data-label", page.text(.blockID)), .text(block.id.text)),
                            .td(.attr("data-label", page.text(.matchedAs)), .text(page.text(.matchRemoved))),
                            .td(.attr("data-label", page.text(.blockText)), .text(Self.excerpt(block.text))))
                    })))
    }

    func outcome(_ outcome: BlockMatching.Outcome, _ page: PageContext) -> String {
        switch outcome {
        case .unchanged: page.text(.matchUnchanged)
        case .edited(let similarity): page.text(.matchEdited("\(Int((similarity * 100).rounded()))"))
        case .given: page.text(.matchGiven)
        case .new: page.text(.matchNew)
        }
    }

    func publishForm(_ page: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h2(.id("veroeffentlichen"), .text(page.text(.publishDraft))),
            .p(.text(page.text(.publishDraftExplanation))),
            .formTag(
                .attr("method", "post"), .attr("action", path + "/veroeffentlichen"), Layout.csrfField(page),
                Components.field(
                    "beginn", label: page.text(.discussionOpens), error: nil,
                    .inputTag(("type", "date"), ("id", "beginn"), ("name", "beginn"))),
                Components.field(
                    "ende", label: page.text(.discussionCloses), error: nil,
                    .inputTag(("type", "date"), ("id", "ende"), ("name", "ende"))),
                .div(
                    .class("field checkbox"),
                    .inputTag(("type", "checkbox"), ("id", "vormoderation"), ("name", "vormoderation"), ("value", "1")),
                    .label(.attr("for", "vormoderation"), .text(page.text(.preModerationLabel)))),
                .button(.type(.submit), .text(page.text(.publishDraftNow)))))
    }

    static func excerpt(_ text: String) -> String { text.count > 90 ? text.prefix(89) + "…" : text }
}

extension TextsModel {
    func render(_ page: PageContext) -> String {
        Layout.render(
            page, title: page.text(.strategyTexts), siteName: siteName,
            .h1(.text(page.text(.strategyTexts))),
            .ul(
                .forEach(strategies) { entry in
                    .li(
                        .a(.attr("href", "/verwaltung/texte/\(entry.strategy.slug)"), .text(entry.strategy.title)),
                        .text(
                            " – "
                                + (entry.latest.map { page.text(.textVersion("\($0.number)")) }
                                    ?? page.text(.noPublishedVersion))
                                + (entry.draft == nil ? "" : ", " + page.text(.draftSaved))))
                })
        )
    }
}
