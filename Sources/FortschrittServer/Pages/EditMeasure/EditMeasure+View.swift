import FortschrittDomain
import Plot

extension EditMeasureModel {
    func render(_ page: PageContext, today: CalendarDate) -> String {
        let number = measure.number.text
        let details = measure.details
        return Layout.render(
            page, title: page.text(.editPrefix) + "\(number) \(details.title)",
            siteName: catalogue.strategy.title,
            .nav(
                .ariaLabel(page.text(.breadcrumb)), .class("crumbs"),
                .a(.attr("href", "/arbeitsbereich"), .text(page.text(.workspace))), .text(" › "),
                .a(.attr("href", "/massnahmen/\(number)"), .text(page.text(.publicPage)))),
            .h1(.text(page.text(.editMeasure("\(number)")))),
            .p(.class("lead"), .text(details.title)),
            Components.notice(notice),
            conflictBox(page),
            .if(
                openRound != nil,
                .formTag(
                    .class("inline"), .attr("method", "post"), .attr("action", "/massnahmen/\(number)/bestaetigen"),
                    Layout.csrfField(page),
                    .button(
                        .type(.submit), .class("secondary"),
                        .text(
                            page.text(.confirmUnchangedUpdateRound))
                    )
                )),
            statusForm(page, today: today),
            detailsForm(page, today: today),
            noteForm(page)
        )
    }

    func conflictBox(_ page: PageContext) -> Node<HTML.BodyContext> {
        .if(
            !conflict.isEmpty,
            .div(
                .class("conflict"), .attr("role", "alert"),
                .h2(
                    .text(
                        page.text(.conflictHeading))),
                .p(
                    .text(
                        page.text(.conflictNothingOverwritten))),
                .ul(
                    .forEach(conflict) { event in
                        .li(
                            .text(EventText.describe(event, statuses: catalogue.statuses, retracted: false, page)),
                            .text(page.text(.effectiveInline)), Components.date(event.effectiveDate, page),
                            .text(page.text(.byOn("\(event.actor)"))),
                            Components.time(event.recordedAt, page),
                            .if(
                                event.reason != nil,
                                .text(page.text(.reasonInline) + (event.reason ?? ""))))
                    }),
                .p(
                    .text(
                        page.text(.conflictAdvice)))
            ))
    }

    func hiddenFields(_ page: PageContext) -> Node<HTML.BodyContext> {
        .group(Layout.csrfField(page), .inputTag(("type", "hidden"), ("name", "gesehen"), ("value", String(seen))))
    }

    func statusForm(_ page: PageContext, today: CalendarDate) -> Node<HTML.BodyContext> {
        let f = Form.status
        let current = value(f, "status", default: measure.status?.key ?? "")
        let labels = [
            "status": "Status", "seit": page.text(.validSince), "grund": page.text(.reason),
            "bemerkung": page.text(.remark),
        ]
        let needsReason = catalogue.statuses.all.filter(\.kind.requiresReason).map {
            Components.statusLabel($0.key, catalogue.statuses, page)
        }
        return .formTag(
            .attr("method", "post"), .attr("action", "/massnahmen/\(measure.number.text)/status"),
            .attr("novalidate", ""),
            .h2(.id("status-aendern"), .text(page.text(.changeStatus))),
            failed == f
                ? Components.errorSummary(errors, order: ["status", "seit", "grund"], labels: labels, page) : .empty,
            hiddenFields(page),
            Components.field(
                "status", label: labels["status"]!, error: error(f, "status"),
                .selectTag(
                    .id("status"), .attr("name", "status"),
                    Components.describedByNode("status", hint: false, error: error(f, "status") != nil),
                    .forEach(catalogue.statuses.all) { s in
                        .optionTag(
                            s.key, selected: s.key == current, Components.statusLabel(s.key, catalogue.statuses, page))
                    })),
            Components.field(
                "seit", label: labels["seit"]!, error: error(f, "seit"),
                hint: page.text(.theDateTheStatusHoldsFrom),
                .inputTag(
                    ("type", "date"), ("id", "seit"), ("name", "seit"), ("value", value(f, "seit", default: today.iso)),
                    Components.describedBy("seit", hint: true, error: error(f, "seit") != nil))),
            Components.field(
                "grund", label: labels["grund"]!, error: error(f, "grund"),
                hint: page.text(.requiredFor(needsReason.joined(separator: ", "))),
                .textareaTag(
                    .id("grund"), .attr("name", "grund"),
                    Components.describedByNode("grund", hint: true, error: error(f, "grund") != nil),
                    .text(value(f, "grund", default: "")))),
            Components.field(
                "bemerkung", label: labels["bemerkung"]!, error: nil,
                hint: page.text(.shownPubliclyEmptyTheReason),
                .textareaTag(
                    .id("bemerkung"), .attr("name", "bemerkung"),
                    Components.describedByNode("bemerkung", hint: true, error: false),
                    .text(value(f, "bemerkung", default: "")))),
            .button(.type(.submit), .text(page.text(.saveStatus)))
        )
    }

    func detailsForm(_ page: PageContext, today: CalendarDate) -> Node<HTML.BodyContext> {
        let f = Form.details
        let d = measure.details
        let labels = [
            "titel": page.text(.title), "beschreibung": page.text(.description),
            "feld": page.text(.fieldOfAction),
            "federfuehrung": page.text(.leadDepartment),
            "beteiligte": page.text(.partnerDepartments),
            "beginn": page.text(.plannedStart),
            "ende": page.text(.plannedEnd), "wirksam": page.text(.effectiveFrom),
            "grund": page.text(.reason),
            "details-grund": page.text(.reason),
        ]
        let field = value(f, "feld", default: String(d.field))
        let lead = value(f, "federfuehrung", default: d.leadDepartment)
        func text(_ name: String, _ fallback: String, type: String = "text", hint: String? = nil) -> Node<
            HTML.BodyContext
        > {
            Components.field(
                name, label: labels[name]!, error: error(f, name), hint: hint,
                .inputTag(
                    ("type", type), ("id", name), ("name", name), ("value", value(f, name, default: fallback)),
                    Components.describedBy(name, hint: hint != nil, error: error(f, name) != nil)))
        }
        return .formTag(
            .attr("method", "post"), .attr("action", "/massnahmen/\(measure.number.text)/bearbeiten"),
            .attr("novalidate", ""),
            .h2(.id("angaben"), .text(page.text(.changeDetails))),
            failed == f
                ? Components.errorSummary(
                    errors, order: ["titel", "feld", "beteiligte", "beginn", "ende", "wirksam", "details-grund"],
                    labels: labels, page) : .empty,
            hiddenFields(page),
            text("titel", d.title),
            Components.field(
                "beschreibung", label: labels["beschreibung"]!, error: nil,
                .textareaTag(
                    .id("beschreibung"), .attr("name", "beschreibung"),
                    .text(value(f, "beschreibung", default: d.description)))),
            Components.field(
                "feld", label: labels["feld"]!, error: error(f, "feld"),
                .selectTag(
                    .id("feld"), .attr("name", "feld"),
                    .forEach(catalogue.fields) {
                        .optionTag(String($0.number), selected: String($0.number) == field, "\($0.number). \($0.title)")
                    })),
            Components.field(
                "federfuehrung", label: labels["federfuehrung"]!, error: error(f, "federfuehrung"),
                .selectTag(
                    .id("federfuehrung"), .attr("name", "federfuehrung"),
                    .forEach(catalogue.departments) {
                        .optionTag(
                            $0.code, selected: $0.code == lead, $0.name.isEmpty ? $0.code : "\($0.code) – \($0.name)")
                    })),
            text(
                "beteiligte", d.partnerDepartments.joined(separator: ", "),
                hint: page.text(.partnerCodesHint)),
            text("beginn", d.plannedStart?.iso ?? "", type: "date"),
            text("ende", d.plannedEnd?.iso ?? "", type: "date"),
            text(
                "wirksam", today.iso, type: "date",
                hint: page.text(.whenTheChangeTakesEffect)),
            Components.field(
                "details-grund", label: labels["grund"]!, error: error(f, "details-grund"),
                .inputTag(
                    ("type", "text"), ("id", "details-grund"), ("name", "grund"),
                    ("value", value(f, "grund", default: "")),
                    Components.describedBy("details-grund", hint: false, error: error(f, "details-grund") != nil))),
            .button(.type(.submit), .text(page.text(.saveDetails)))
        )
    }

    func noteForm(_ page: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .class("internal"), .attr("aria-labelledby", "notizen"),
            .h2(.id("notizen"), .text(page.text(.internalNotesNotPublic))),
            .ul(
                .forEach(notes) { note in
                    .li(
                        .p(.text(note.text)),
                        .p(.class("meta"), .text(note.actor + ", "), Components.time(note.recordedAt, page)))
                }),
            .formTag(
                .attr("method", "post"), .attr("action", "/massnahmen/\(measure.number.text)/notiz"),
                .attr("novalidate", ""),
                Layout.csrfField(page),
                Components.field(
                    "notiz", label: page.text(.newNote), error: error(.note, "notiz"),
                    .textareaTag(
                        .id("notiz"), .attr("name", "notiz"),
                        Components.describedByNode("notiz", hint: false, error: error(.note, "notiz") != nil),
                        .text(value(.note, "notiz", default: "")))),
                .button(.type(.submit), .text(page.text(.addNote)))
            )
        )
    }
}
