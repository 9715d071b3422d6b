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
            .if(Access.mayAdminister(account) && !schedules.isEmpty, scheduleList(page)),
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
            Components.field(
                "zeitpunkt", label: page.text(.publicationTime), error: nil, hint: page.text(.publicationTimeHint),
                .inputTag(
                    ("type", "datetime-local"), ("id", "zeitpunkt"), ("name", "zeitpunkt"),
                    ("value", entered["zeitpunkt"] ?? ""), ("aria-describedby", "zeitpunkt-hint"))),
            .button(.type(.submit), .text(page.text(.publishDecisions("\(awaiting)")))))
    }

    /// Publications set for later, each with the button that calls it off.
    func scheduleList(_ page: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text(page.text(.scheduledPublications))),
            .ul(
                .forEach(schedules) { schedule in
                    .li(
                        .text(
                            page.text(
                                .scheduledPublication(
                                    "\(schedule.reviewed.count)", schedule.publishAt.local, schedule.scheduledBy))),
                        .formTag(
                            .attr("method", "post"),
                            .attr("action", path + "/veroeffentlichung/\(schedule.id)/absagen"),
                            Layout.csrfField(page),
                            .button(
                                .type(.submit), .text(page.text(.cancelPublication(schedule.publishAt.local))))))
                }))
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

    /// A discussion held elsewhere on this version: date, format, place, attendees (no names), minutes;
    /// and the version's events so far, each with the link to correct it.
    func eventForm(_ page: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .if(
                !events.isEmpty,
                .group(
                    .h2(.text(page.text(.eventsHeading))),
                    .ul(
                        .forEach(events) { event in
                            .li(
                                Components.date(event.heldOn, page),
                                .text(": " + page.text(.eventFormat(event.format)) + ", " + event.place + " — "),
                                .a(
                                    .attr("href", path + "/veranstaltung/\(event.id)"),
                                    .text(page.text(.correctEvent(page.text(.eventFormat(event.format)))))))
                        }))),
            .formTag(
                .attr("method", "post"), .attr("action", path + "/veranstaltung"), Layout.csrfField(page),
                .fieldsetTag(
                    legend: page.text(.recordEvent),
                    Self.eventFields(page, entered: entered),
                    .button(.type(.submit), .text(page.text(.recordEvent))))))
    }

    /// The fields of an event, filled with what was entered: for recording one and for correcting it.
    static func eventFields(_ page: PageContext, entered: [String: String]) -> Node<HTML.BodyContext> {
        .group(
            Components.field(
                "veranstaltung-datum", label: page.text(.date), error: nil,
                .inputTag(
                    ("type", "date"), ("id", "veranstaltung-datum"), ("name", "datum"),
                    ("value", entered["datum"] ?? ""))),
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
                    .text(entered["protokoll"] ?? ""))))
    }

    func blockSet(_ block: TextBlock, _ page: PageContext) -> Node<HTML.BodyContext> {
        let allowed = mayPrepare.contains(block.id)
        return .fieldsetTag(
            legend: page.text(.sectionNamed(block.id.text)),
            .p(.class("block-text"), .text(block.text.count > 160 ? block.text.prefix(159) + "…" : block.text)),
            .ul(
                .class("comments"),
                .forEach(discussion[block.id]?.comments ?? []) { contribution in
                    let segments = discussion[block.id]?.segments[contribution.id] ?? []
                    let mayCut =
                        allowed && contribution.state == .visible && records[contribution.id]?.published == nil
                    return .li(
                        .class("comment"),
                        segments.isEmpty
                            ? chooser(contribution, allowed: allowed, page)
                            : .p(.strong(.text(page.text(.contributionNumber("\(contribution.id)"))))),
                        .p(
                            .class("meta"), ContributionParts.author(contribution, page), .text(" · "),
                            ContributionParts.arrival(contribution, page)),
                        ContributionParts.body(contribution, page),
                        segments.isEmpty
                            ? prepared(records[contribution.id], page)
                            : .p(.text(page.text(.cutInto("\(segments.count)")))),
                        .if(
                            mayCut,
                            .p(
                                .a(
                                    .attr("href", path + "/beitrag/\(contribution.id)"),
                                    .text(page.text(.cutContribution("\(contribution.id)")))))),
                        .if(
                            !segments.isEmpty,
                            .ul(
                                .class("comments"),
                                .forEach(segments) { segment in
                                    .li(
                                        .class("comment"),
                                        chooser(segment, allowed: mayPrepare.contains(segment.anchor.block), page),
                                        .p(.class("meta"), .text(page.text(.sectionNamed(segment.anchor.block.text)))),
                                        .blockquote(.text(segment.text)),
                                        prepared(records[segment.id], page))
                                })))
                }))
    }

    /// The box to choose a contribution (or segment) for the decision, where this person may decide it.
    func chooser(_ contribution: Contribution, allowed: Bool, _ page: PageContext) -> Node<HTML.BodyContext> {
        let box = "beitrag-\(contribution.id)"
        guard allowed else { return .p(.strong(.text(page.text(.contributionNumber("\(contribution.id)"))))) }
        return .div(
            .class("field checkbox"),
            .inputTag(
                ("type", "checkbox"), ("id", box), ("name", box), ("value", "1"),
                entered[box] == "1" ? ("checked", "checked") : nil),
            .label(.attr("for", box), .text(page.text(.chooseContribution("\(contribution.id)")))))
    }

    /// The decision as prepared, and whether it is published as it stands.
    func prepared(_ record: DecisionRecord?, _ page: PageContext) -> Node<HTML.BodyContext> {
        .unwrap(record) { record in
            .p(
                .class("decision"),
                .text(page.text(.preparedDecision(page.text(.outcome(record.prepared.outcome))))),
                .text(record.prepared.reason.isEmpty ? "" : " – " + record.prepared.reason),
                .text(" · "),
                .text(page.text(record.awaitsPublication ? .notYetPublished : .decisionPublished)))
        }
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
