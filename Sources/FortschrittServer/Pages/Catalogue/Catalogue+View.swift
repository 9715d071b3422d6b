import FortschrittDomain
import Plot

extension CatalogueModel {
    func render(_ page: PageContext) -> String {
        let statuses = catalogue.statuses
        return Layout.render(
            page, title: page.text(.measures), siteName: catalogue.strategy.title,
            feeds: [.statusChanges(catalogue.strategy, page)]
                + (query.field.flatMap(catalogue.field).map { [.statusChanges(catalogue.strategy, field: $0, page)] }
                    ?? []),
            .h1(.text(page.text(.measures))),
            filterForm(page),
            .p(
                .id("treffer"), .class("result-count"),
                .text(
                    query.isFiltered
                        ? page.text(.ofMeasures("\(rows.count)", "\(catalogue.measures.count)"))
                        : page.text(.measureCount("\(rows.count)")))),
            .if(
                rows.isEmpty,
                .p(.text(page.text(.noMeasureMatchesThisFilter)))),
            .if(!rows.isEmpty, table(page, statuses))
        )
    }

    func filterForm(_ page: PageContext) -> Node<HTML.BodyContext> {
        .formTag(
            .class("filters"), .attr("method", "get"), .attr("action", "/massnahmen"),
            .attr("role", "search"),
            .div(
                .class("field"),
                .label(.attr("for", "suche"), .text(page.text(.search))),
                .inputTag(("type", "search"), ("id", "suche"), ("name", "suche"), ("value", query.search ?? ""))),
            select(
                "feld", page.text(.fieldOfAction), page, selected: query.field.map(String.init),
                catalogue.fields.map { (String($0.number), "\($0.number). \($0.title)") }),
            select(
                "status", "Status", page, selected: query.status,
                catalogue.statuses.all.map { ($0.key, Components.statusLabel($0.key, catalogue.statuses, page)) }
                    + [("ohne", page.text(.noStatus))]),
            select(
                "fachbereich", page.text(.department), page, selected: query.department,
                catalogue.departments.map { ($0.code, $0.name.isEmpty ? $0.code : "\($0.code) – \($0.name)") }),
            .if(
                query.sort != .nummer,
                .inputTag(("type", "hidden"), ("name", "sortierung"), ("value", query.sort.rawValue))),
            .if(query.descending, .inputTag(("type", "hidden"), ("name", "richtung"), ("value", "ab"))),
            .div(
                .class("actions"),
                .button(.type(.submit), .text(page.text(.show))),
                .if(
                    query.isFiltered,
                    .a(.attr("href", "/massnahmen"), .text(page.text(.resetFilter)))))
        )
    }

    func select(_ name: String, _ label: String, _ page: PageContext, selected: String?, _ options: [(String, String)])
        -> Node<HTML.BodyContext>
    {
        .div(
            .class("field"),
            .label(.attr("for", name), .text(label)),
            .selectTag(
                .attr("id", name), .attr("name", name),
                .optionTag("", selected: false, page.text(.all)),
                .forEach(options) { value, text in .optionTag(value, selected: value == selected, text) }))
    }

    func table(_ page: PageContext, _ statuses: StatusSet) -> Node<HTML.BodyContext> {
        let columns: [(CatalogueQuery.SortKey, String)] = [
            (.nummer, page.text(.no)), (.titel, page.text(.measure)),
            (.feld, page.text(.field)),
            (.fachbereich, page.text(.lead)), (.status, "Status"), (.seit, page.text(.sinceLowercase)),
        ]
        return .table(
            .class("responsive catalogue"),
            .caption(
                .text(
                    page.text(.catalogueTableCaption))),
            .thead(
                .tr(
                    .forEach(columns) { key, label in
                        .th(
                            .attr("scope", "col"),
                            .if(query.sort == key, .attr("aria-sort", query.descending ? "descending" : "ascending")),
                            .a(
                                .attr("href", query.sorted(by: key).url), .text(label),
                                .if(
                                    query.sort == key,
                                    .span(
                                        .class("sort"), .ariaHidden(true),
                                        .text(query.descending ? " ▼" : " ▲")))))
                    })),
            .tbody(
                .forEach(rows) { measure in
                    .tr(
                        .td(.attr("data-label", columns[0].1), .text(measure.number.text)),
                        .td(
                            .attr("data-label", columns[1].1),
                            .a(.attr("href", "/massnahmen/\(measure.number.text)"), .text(measure.details.title))),
                        .td(
                            .attr("data-label", columns[2].1),
                            .text(catalogue.field(measure.details.field)?.title ?? String(measure.details.field))),
                        .td(.attr("data-label", columns[3].1), .text(measure.details.leadDepartment)),
                        .td(
                            .attr("data-label", columns[4].1),
                            Components.statusBadge(measure.status?.key, statuses, page)),
                        .td(
                            .attr("data-label", columns[5].1),
                            measure.status.map { Components.date($0.since, page) } ?? .text("–"))
                    )
                })
        )
    }
}
