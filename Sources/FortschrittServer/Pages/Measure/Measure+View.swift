import FortschrittDomain
import Plot

extension MeasureModel {
    func render(_ page: PageContext) -> String {
        let details = measure.details
        let statuses = catalogue.statuses
        return Layout.render(
            page, title: "\(measure.number.text) \(details.title)", siteName: catalogue.strategy.title,
            .nav(
                .ariaLabel(page.t("Pfad", "Breadcrumb")), .class("crumbs"),
                .a(.attr("href", "/massnahmen"), .text(page.t("Alle Maßnahmen", "All measures")))),
            .h1(.span(.class("number"), .text(measure.number.text + " ")), .text(details.title)),
            .p(
                .class("current"), .text("Status: "), Components.statusBadge(measure.status?.key, statuses, page),
                .if(
                    measure.status != nil,
                    .group(
                        .text(page.t(" seit ", " since ")),
                        measure.status.map { Components.date($0.since, page) } ?? .text(""))),
                .if(measure.status?.assumed == true, .text(page.t(" (angenommen)", " (assumed)")))),
            .if(
                mayEdit,
                .p(
                    .a(
                        .class("button"), .attr("href", "/massnahmen/\(measure.number.text)/bearbeiten"),
                        .text(page.t("Bearbeiten", "Edit"))))),
            .dl(
                .class("facts"),
                .dt(.text(page.t("Handlungsfeld", "Field of action"))),
                .dd(.text(catalogue.field(details.field).map { "\($0.number). \($0.title)" } ?? String(details.field))),
                .dt(.text(page.t("Federführung", "Lead department"))),
                .dd(.text(departmentName(details.leadDepartment))),
                .dt(.text(page.t("Beteiligt", "Partner departments"))),
                .dd(
                    .text(
                        details.partnerDepartments.isEmpty
                            ? "–" : details.partnerDepartments.map(departmentName).joined(separator: ", "))),
                .dt(.text(page.t("Aufgenommen", "In the catalogue since"))),
                .dd(Components.date(details.entryDate, page)),
                .if(
                    details.plannedStart != nil || details.plannedEnd != nil,
                    .group(
                        .dt(.text(page.t("Geplant", "Planned"))),
                        .dd(
                            .text(
                                [details.plannedStart, details.plannedEnd].map {
                                    $0.map { page.language == .de ? $0.german : $0.iso } ?? "…"
                                }.joined(separator: " – ")))
                    ))
            ),
            .if(
                !details.description.isEmpty,
                .group(.h2(.text(page.t("Beschreibung", "Description"))), .p(.text(details.description)))),
            .if(
                !(measure.status?.remark ?? "").isEmpty,
                .group(.h2(.text(page.t("Bemerkung", "Remark"))), .p(.text(measure.status?.remark ?? "")))),
            .h2(.id("verlauf"), .text(page.t("Statusverlauf", "Status timeline"))),
            .if(timeline.isEmpty, .p(.text(page.t("Noch kein Status erfasst.", "No status recorded yet.")))),
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
            .h2(.id("aenderungen"), .text(page.t("Änderungen", "History of changes"))),
            .table(
                .class("responsive history"),
                .caption(
                    .text(
                        page.t(
                            "Alle erfassten Änderungen dieser Maßnahme",
                            "Every recorded change of this measure"))),
                .thead(
                    .tr(
                        .th(.attr("scope", "col"), .text(page.t("Wirksam", "Effective"))),
                        .th(.attr("scope", "col"), .text(page.t("Erfasst", "Recorded"))),
                        .th(.attr("scope", "col"), .text(page.t("Änderung", "Change"))),
                        .th(.attr("scope", "col"), .text(page.t("Grund", "Reason"))),
                        .if(page.account != nil, .th(.attr("scope", "col"), .text(page.t("Von", "By"))))
                    )),
                .tbody(
                    .forEach(history.reversed()) { event in
                        .tr(
                            .td(
                                .attr("data-label", page.t("Wirksam", "Effective")),
                                Components.date(event.effectiveDate, page)),
                            .td(
                                .attr("data-label", page.t("Erfasst", "Recorded")),
                                Components.time(event.recordedAt, page)),
                            .td(
                                .attr("data-label", page.t("Änderung", "Change")),
                                .text(
                                    EventText.describe(
                                        event, statuses: statuses, retracted: retracted.contains(event.sequence), page))
                            ),
                            .td(.attr("data-label", page.t("Grund", "Reason")), .text(event.reason ?? "–")),
                            .if(page.account != nil, .td(.attr("data-label", page.t("Von", "By")), .text(event.actor)))
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
            .h2(.id("notizen"), .text(page.t("Interne Notizen (nicht öffentlich)", "Internal notes (not public)"))),
            .if((notes ?? []).isEmpty, .p(.text(page.t("Keine Notizen.", "No notes.")))),
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
        case .created: text = page.t("In den Katalog aufgenommen", "Added to the catalogue")
        case .changed(let change):
            text =
                page.t("Geändert: ", "Changed: ")
                + change.changedFields.map { fieldName($0, page) }.joined(separator: ", ")
        case .statusSet(let status):
            text =
                "Status: " + Components.statusLabel(status.key, statuses, page)
                + (status.assumed ? page.t(" (angenommen)", " (assumed)") : "")
        case .removed: text = page.t("Aus dem Katalog entfernt", "Removed from the catalogue")
        case .retracted(let sequence):
            text = page.t("Korrektur: Eintrag #\(sequence) zurückgenommen", "Correction: entry #\(sequence) withdrawn")
        }
        return "#\(event.sequence) " + text + (retracted ? page.t(" (zurückgenommen)", " (withdrawn)") : "")
    }

    static func fieldName(_ field: String, _ page: PageContext) -> String {
        switch field {
        case "title": return page.t("Titel", "title")
        case "description": return page.t("Beschreibung", "description")
        case "field": return page.t("Handlungsfeld", "field of action")
        case "leadDepartment": return page.t("Federführung", "lead department")
        case "partnerDepartments": return page.t("Beteiligte", "partners")
        case "entryDate": return page.t("Aufnahmedatum", "entry date")
        case "plannedStart": return page.t("geplanter Beginn", "planned start")
        case "plannedEnd": return page.t("geplantes Ende", "planned end")
        default: return field
        }
    }
}
