import FortschrittDomain
import Plot

extension DecisionsModel {
    func render(_ page: PageContext) -> String {
        let title = page.text(.decisionsOf(strategy.title, "\(version.number)"))
        return Layout.render(
            page, title: title, siteName: siteName,
            .h1(.text(title)),
            .if(notice != nil, .p(.class("notice"), .attr("role", "status"), .text(notice ?? ""))),
            .if(error != nil, .div(.class("error-summary"), .attr("role", "alert"), .p(.text(error ?? "")))),
            .p(.text(page.text(.decisionsSummary("\(contributions.count)", "\(records.count)", "\(awaiting)")))),
            .if(Access.mayAdminister(account) && awaiting > 0, publishForm(page)),
            adoption(page),
            councilTable(page),
            .if(Access.mayAdminister(account), eventForm(page)),
            .if(
                Access.mayAdminister(account),
                .p(
                    .a(
                        .attr("href", "/verwaltung/eingaben/\(strategy.slug)/\(version.number)"),
                        .text(page.text(.enterEntriesLink))))),
            .formTag(
                .attr("method", "post"), .attr("action", path), Layout.csrfField(page),
                .forEach(version.blocks.filter { !(discussion[$0.id]?.comments.isEmpty ?? true) }) { block in
                    blockSet(block, page)
                },
                decisionFields(page))
        )
    }

    func publishForm(_ page: PageContext) -> Node<HTML.BodyContext> {
        .formTag(
            .attr("method", "post"), .attr("action", path + "/veroeffentlichen"), Layout.csrfField(page),
            .forEach(records.values.filter(\.awaitsPublication).sorted { $0.contribution < $1.contribution }) {
                record in
                .inputTag(
                    ("type", "hidden"), ("name", "gesehen-\(record.contribution)"),
                    ("value", "\(record.preparedAt.microseconds)"))
            },
            .p(.text(page.text(.publishDecisionsExplanation))),
            .button(.type(.submit), .text(page.text(.publishDecisions("\(awaiting)")))))
    }

    /// The council's adoption of this version: recorded once, refused while the version before it has
    /// contributions without a settling published decision.
    func adoption(_ page: PageContext) -> Node<HTML.BodyContext> {
        if let adoptedOn { return .p(.text(page.text(.adoptedOn)), Components.date(adoptedOn, page)) }
        guard Access.mayAdminister(account) else { return .empty }
        return .formTag(
            .attr("method", "post"), .attr("action", path + "/beschluss"), Layout.csrfField(page),
            Components.field(
                "datum", label: page.text(.adoptionDate), error: nil, hint: page.text(.adoptionHint),
                .inputTag(("type", "date"), ("id", "datum"), ("name", "datum"), ("aria-describedby", "datum-hint"))),
            .button(.type(.submit), .text(page.text(.recordAdoption))))
    }

    /// The table for the council: where it was published, or (for the office) the form to publish it.
    func councilTable(_ page: PageContext) -> Node<HTML.BodyContext> {
        let tablePath = "/strategien/\(strategy.slug)/text/\(version.number)/abwaegung"
        if let table {
            return .p(
                .text(page.text(.tablePublishedWith(table.paper))), Components.time(table.publishedAt, page),
                .text(": "), .a(.attr("href", tablePath), .text(page.text(.decisionTable))))
        }
        guard Access.mayAdminister(account) else { return .empty }
        return .formTag(
            .attr("method", "post"), .attr("action", path + "/tabelle"), Layout.csrfField(page),
            .fieldsetTag(
                legend: page.text(.publishTableHeading),
                .p(.text(page.text(.publishTableExplanation))),
                papers.isEmpty
                    ? .p(.text(page.text(.noPaperYet)))
                    : .group(
                        Components.field(
                            "tabelle-vorlage", label: page.text(.councilPaper), error: nil,
                            .selectTag(
                                .attr("id", "tabelle-vorlage"), .attr("name", "vorlage"),
                                .forEach(papers) { .optionTag($0, selected: entered["vorlage"] == $0, $0) })),
                        .button(.type(.submit), .text(page.text(.publishTable))))))
    }

    /// A discussion held elsewhere on this version: date, format, place, attendees (no names), minutes.
    func eventForm(_ page: PageContext) -> Node<HTML.BodyContext> {
        .formTag(
            .attr("method", "post"), .attr("action", path + "/veranstaltung"), Layout.csrfField(page),
            .fieldsetTag(
                legend: page.text(.recordEvent),
                Components.field(
                    "veranstaltung-datum", label: page.text(.date), error: nil,
                    .inputTag(("type", "date"), ("id", "veranstaltung-datum"), ("name", "datum"))),
                Components.field(
                    "format", label: page.text(.eventFormatLabel), error: nil,
                    .selectTag(
                        .attr("id", "format"), .attr("name", "format"),
                        .forEach(DiscussionEvent.Format.allCases) { format in
                            .optionTag(
                                format.rawValue, selected: entered["format"] == format.rawValue,
                                page.text(.eventFormat(format)))
                        })),
                Components.field(
                    "ort", label: page.text(.eventPlace), error: nil,
                    .inputTag(("type", "text"), ("id", "ort"), ("name", "ort"), ("value", entered["ort"] ?? ""))),
                Components.field(
                    "teilnehmende", label: page.text(.eventAttendees), error: nil,
                    hint: page.text(.eventAttendeesHint),
                    .inputTag(
                        ("type", "number"), ("id", "teilnehmende"), ("name", "teilnehmende"), ("min", "0"),
                        ("value", entered["teilnehmende"] ?? ""), ("aria-describedby", "teilnehmende-hint"))),
                Components.field(
                    "protokoll", label: page.text(.eventMinutes), error: nil,
                    .textareaTag(
                        .attr("id", "protokoll"), .attr("name", "protokoll"), .attr("rows", "6"),
                        .text(entered["protokoll"] ?? ""))),
                .button(.type(.submit), .text(page.text(.recordEvent)))))
    }

    func blockSet(_ block: TextBlock, _ page: PageContext) -> Node<HTML.BodyContext> {
        let allowed = mayPrepare.contains(block.id)
        return .fieldsetTag(
            legend: page.text(.sectionNamed(block.id.text)),
            .p(.class("block-text"), .text(block.text.count > 160 ? block.text.prefix(159) + "…" : block.text)),
            .ul(
                .class("comments"),
                .forEach(discussion[block.id]?.comments ?? []) { contribution in
                    let box = "beitrag-\(contribution.id)"
                    let record = records[contribution.id]
                    return .li(
                        .class("comment"),
                        allowed
                            ? .div(
                                .class("field checkbox"),
                                .inputTag(
                                    ("type", "checkbox"), ("id", box), ("name", box), ("value", "1"),
                                    entered[box] == "1" ? ("checked", "checked") : nil),
                                .label(
                                    .attr("for", box), .text(page.text(.chooseContribution("\(contribution.id)")))))
                            : .p(.strong(.text(page.text(.contributionNumber("\(contribution.id)"))))),
                        .p(
                            .class("meta"), ContributionParts.author(contribution, page), .text(" · "),
                            ContributionParts.arrival(contribution, page)),
                        ContributionParts.body(contribution, page),
                        .unwrap(record) { record in
                            .p(
                                .class("decision"),
                                .text(page.text(.preparedDecision(page.text(.outcome(record.prepared.outcome))))),
                                .text(record.prepared.reason.isEmpty ? "" : " – " + record.prepared.reason),
                                .text(" · "),
                                .text(page.text(record.awaitsPublication ? .notYetPublished : .decisionPublished)))
                        })
                }))
    }

    func decisionFields(_ page: PageContext) -> Node<HTML.BodyContext> {
        let places = later.flatMap { version in version.blocks.map { (version.number, $0) } }
        return .fieldsetTag(
            legend: page.text(.decisionForChosen),
            Components.field(
                "ergebnis", label: page.text(.outcomeLabel), error: nil,
                .selectTag(
                    .attr("id", "ergebnis"), .attr("name", "ergebnis"),
                    .forEach(Decision.Outcome.allCases) { outcome in
                        .optionTag(
                            outcome.rawValue, selected: entered["ergebnis"] == outcome.rawValue,
                            page.text(.outcome(outcome)))
                    })),
            Components.field(
                "begruendung", label: page.text(.decisionReason), error: nil, hint: page.text(.decisionReasonHint),
                .textareaTag(
                    .attr("id", "begruendung"), .attr("name", "begruendung"), .attr("rows", "4"),
                    .attr("aria-describedby", "begruendung-hint"), .text(entered["begruendung"] ?? ""))),
            Components.field(
                "umgesetzt", label: page.text(.appliedInLabel), error: nil,
                .selectTag(
                    .attr("id", "umgesetzt"), .attr("name", "umgesetzt"),
                    .optionTag("", selected: false, page.text(.notApplied)),
                    .forEach(places) { number, block in
                        .optionTag(
                            "\(number)/\(block.id.text)",
                            selected: entered["umgesetzt"] == "\(number)/\(block.id.text)",
                            page.text(.placeLabel("\(number)", block.id.text)))
                    })),
            .button(.type(.submit), .text(page.text(.prepareDecision))))
    }
}
