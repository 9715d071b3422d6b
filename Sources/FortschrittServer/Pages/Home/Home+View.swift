import FortschrittDocuments
import FortschrittDomain
import Plot

extension HomeModel {
    func render(_ page: PageContext) -> String {
        let strategy = catalogue.strategy
        let statuses = catalogue.statuses
        return Layout.render(
            page, title: page.text(.home), siteName: strategy.title, feeds: [.statusChanges(strategy, page)],
            .h1(.text(strategy.title)),
            .if(
                !strategy.body.isEmpty,
                .p(
                    .class("lead"),
                    .text(
                        page.text(.adoptedBy) + strategy.body
                            + (strategy.adoptedOn.map { " (\($0.german))" } ?? "")))),
            .p(
                .text(
                    page.text(.homeLead))),
            .section(
                .attr("aria-labelledby", "stand"),
                .h2(.id("stand"), .text(page.text(.statusToday))),
                .p(
                    .text(
                        page.text(.measuresInFieldsOfAction("\(catalogue.measures.count)", "\(catalogue.fields.count)"))
                    )),
                .ul(
                    .class("counts"),
                    .forEach(statusCounts) { entry in
                        .li(
                            Components.statusBadge(entry.key, statuses, page), .text(" "),
                            .a(
                                .attr(
                                    "href",
                                    entry.key.map { "/massnahmen?status=\(Query.escape($0))" } ?? "/massnahmen"),
                                .strong(.text(String(entry.count)))))
                    }),
                .element(
                    named: "figure",
                    nodes: [
                        .div(
                            .class("chart"),
                            .raw(StatusChartSVG.render(Components.chart(catalogue, page), id: "home-chart"))),
                        .element(
                            named: "figcaption", nodes: [.text(Components.chart(catalogue, page).textAlternative)]),
                    ])
            ),
            .section(
                .attr("aria-labelledby", "felder"),
                .h2(.id("felder"), .text(page.text(.byFieldOfAction))),
                .table(
                    .class("responsive"),
                    .caption(
                        .text(
                            page.text(.chartCaption)
                        )),
                    .thead(
                        .tr(
                            .th(.attr("scope", "col"), .text(page.text(.fieldOfAction))),
                            .forEach(statuses.all) {
                                .th(.attr("scope", "col"), .text(Components.statusLabel($0.key, statuses, page)))
                            }
                        )),
                    .tbody(
                        .forEach(catalogue.fields) { field in
                            .tr(
                                .th(
                                    .attr("scope", "row"),
                                    .a(
                                        .attr("href", "/massnahmen?feld=\(field.number)"),
                                        .text("\(field.number). \(field.title)"))),
                                .forEach(statuses.all) { s in
                                    .td(
                                        .class("num"),
                                        .attr("data-label", Components.statusLabel(s.key, statuses, page)),
                                        .text(String(count(field: field.number, status: s.key))))
                                }
                            )
                        })
                )
            ),
            .p(
                .class("updated"), .text(page.text(.lastUpdated)),
                lastUpdated.map { Components.time($0, page) } ?? .text(page.text(.never)))
        )
    }
}
