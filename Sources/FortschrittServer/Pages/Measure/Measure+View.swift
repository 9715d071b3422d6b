import FortschrittDomain
import Plot

extension MeasureModel {
    func render(_ page: PageContext) -> String {
        let details = measure.details
        let statuses = catalogue.statuses
        return Layout.render(
            page, title: "\(measure.number.text) \(details.title)", siteName: catalogue.strategy.title,
            feeds: [
                .statusChanges(catalogue.strategy, measure: measure.number, title: details.title, page),
                .statusChanges(catalogue.strategy, page),
            ],
            .nav(
                .ariaLabel(page.text(.breadcrumb)), .class("crumbs"),
                .a(.attr("href", "/massnahmen"), .text(page.text(.allMeasures)))),
            .h1(.span(.class("number"), .text(measure.number.text + " ")), .text(details.title)),
            FollowParts.form(.measure(number: measure.number.text), page),
            .p(
                .class("current"), .text("Status: "), Components.statusBadge(measure.status?.key, statuses, page),
                .if(
                    measure.status != nil,
                    .group(
                        .text(page.text(.sinceInline)),
                        measure.status.map { Components.date($0.since, page) } ?? .text(""))),
                .if(measure.status?.assumed == true, .text(page.text(.assumed)))),
            .if(
                mayEdit,
                .p(
                    .a(
                        .class("button"), .attr("href", "/massnahmen/\(measure.number.text)/bearbeiten"),
                        .text(page.text(.edit))))),
            .dl(
                .class("facts"),
                .dt(.text(page.text(.fieldOfAction))),
                .dd(.text(catalogue.field(details.field).map { "\($0.number). \($0.title)" } ?? String(details.field))),
                .dt(.text(page.text(.leadDepartment))),
                .dd(.text(departmentName(details.leadDepartment))),
                .dt(.text(page.text(.partnerDepartments2))),
                .dd(
                    .text(
                        details.partnerDepartments.isEmpty
                            ? "–" : details.partnerDepartments.map(departmentName).joined(separator: ", "))),
                .dt(.text(page.text(.inTheCatalogueSince))),
                .dd(Components.date(details.entryDate, page)),
                .if(
                    details.plannedStart != nil || details.plannedEnd != nil,
                    .group(
                        .dt(.text(page.text(.planned))),
                        .dd(
                            .text(
                                [details.plannedStart, details.plannedEnd].map {
                                    $0.map { page.language == .de ? $0.german : $0.iso } ?? "…"
                                }.joined(separator: " – ")))
                    ))
            ),
            .if(
                !details.description.isEmpty,
                .group(.h2(.text(page.text(.description))), .p(.text(details.description)))),
            .if(
                !(measure.status?.remark ?? "").isEmpty,
                .group(.h2(.text(page.text(.remark))), .p(.text(measure.status?.remark ?? "")))),
            .if(!goals.isEmpty, goalsSection(page)),
            .if(!indicators.isEmpty, indicatorsSection(page)),
            .h2(.id("verlauf"), .text(page.text(.statusTimeline))),
            .if(timeline.isEmpty, .p(.text(page.text(.noStatusRecordedYet)))),
            .ol(
                .class("timeline"),
                .forEach(timeline) { entry in
                    .li(
                        Components.date(entry.event.effectiveDate, page), .text(": "),
                        Components.statusBadge(entry.status.key, statuses, page),
                        .if(
                            entry.event.reason != nil,
                            .span(.class("reason"), .text(" – " + (entry.event.reason ?? "")))))
                }),
            .if(notes != nil, notesSection(page)),
            .h2(.id("aenderungen"), .text(page.text(.historyOfChanges))),
            .table(
                .class("responsive history"),
                .caption(
                    .text(
                        page.text(.everyRecordedChangeOfThisMeasure))),
                .thead(
                    .tr(
                        .th(.attr("scope", "col"), .text(page.text(.effective))),
                        .th(.attr("scope", "col"), .text(page.text(.recorded))),
                        .th(.attr("scope", "col"), .text(page.text(.changeHeading))),
                        .th(.attr("scope", "col"), .text(page.text(.reason))),
                        .if(Access.seesInternalNotes(page.account), .th(.attr("scope", "col"), .text(page.text(.by))))
                    )),
                .tbody(
                    .forEach(history.reversed()) { event in
                        .tr(
                            .td(
                                .attr("data-label", page.text(.effective)),
                                Components.date(event.effectiveDate, page)),
                            .td(
                                .attr("data-label", page.text(.recorded)),
                                Components.time(event.recordedAt, page)),
                            .td(
                                .attr("data-label", page.text(.changeHeading)),
                                .text(
                                    EventText.describe(
                                        event, statuses: statuses, retracted: retracted.contains(event.sequence), page))
                            ),
                            .td(.attr("data-label", page.text(.reason)), .text(event.reason ?? "–")),
                            .if(
                                Access.seesInternalNotes(page.account),
                                .td(.attr("data-label", page.text(.by)), .text(event.actor)))
                        )
                    })
            )
        )
    }

    func departmentName(_ code: String) -> String {
        guard let name = catalogue.department(code)?.name, !name.isEmpty, name != code else { return code }
        return "\(code) – \(name)"
    }

    func notesSection(_ page: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .class("internal"), .attr("aria-labelledby", "notizen"),
            .h2(.id("notizen"), .text(page.text(.internalNotesNotPublic))),
            .if((notes ?? []).isEmpty, .p(.text(page.text(.noNotes)))),
            .ul(
                .forEach(notes ?? []) { note in
                    .li(
                        .p(.text(note.text)),
                        .p(.class("meta"), .text(note.actor + ", "), Components.time(note.recordedAt, page)))
                })
        )
    }
}

/// A history event in words.
enum EventText {
    static func describe(_ event: MeasureEvent, statuses: StatusSet, retracted: Bool, _ page: PageContext) -> String {
        let text: String
        switch event.change {
        case .created: text = page.text(.addedToTheCatalogue)
        case .changed(let change):
            text =
                page.text(.changed)
                + change.changedFields.map { fieldName($0, page) }.joined(separator: ", ")
        case .statusSet(let status):
            text =
                "Status: " + Components.statusLabel(status.key, statuses, page)
                + (status.assumed ? page.text(.assumed) : "")
        case .removed: text = page.text(.removedFromTheCatalogue)
        case .retracted(let sequence):
            text = page.text(.correctionEntryWithdrawn("\(sequence)"))
        }
        return "#\(event.sequence) " + text + (retracted ? page.text(.withdrawn) : "")
    }

    static func fieldName(_ field: String, _ page: PageContext) -> String {
        switch field {
        case "title": return page.text(.title2)
        case "description": return page.text(.descriptionLowercase)
        case "field": return page.text(.fieldOfAction2)
        case "leadDepartment": return page.text(.leadDepartment2)
        case "partnerDepartments": return page.text(.partners)
        case "entryDate": return page.text(.entryDate)
        case "plannedStart": return page.text(.plannedStart2)
        case "plannedEnd": return page.text(.plannedEnd2)
        default: return field
        }
    }
}

extension MeasureModel {
    func indicatorsSection(_ page: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h2(.id("indikatoren"), .text(page.text(.indicatorsTitle))),
            .ul(
                .forEach(indicators) { figures in
                    .li(
                        .a(
                            .attr("href", "/daten/indikatoren/\(figures.indicator.slug)"),
                            .text(figures.indicator.title)),
                        .text(" "), IndicatorParts.status(figures.forecast.status, page),
                        .text(" " + IndicatorParts.latest(figures, page)),
                        .text(IndicatorParts.progress(figures.progress, page).map { " " + $0 + "." } ?? ""))
                }))
    }

    func goalsSection(_ page: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h2(.id("ziele"), .text(page.text(.servedGoals))),
            .p(.text(page.text(.servedGoalsLead))),
            .ul(
                .forEach(goals) { goal in
                    .li(
                        .a(
                            .attr(
                                "href",
                                "/strategien/\(goal.strategy.slug)/text/\(goal.version)#abschnitt-\(goal.block.id.text)"
                            ),
                            .text(goal.strategy.title)),
                        .text(": "), .raw(InlineMarkdown.html(goal.block.text)))
                }))
    }
}
