import FortschrittDocuments
import FortschrittDomain
import Plot

extension HomeModel {
    func render(_ page: PageContext) -> String {
        let strategy = catalogue.strategy
        let statuses = catalogue.statuses
        return Layout.render(
            page, title: page.t("Start", "Home"), siteName: strategy.title,
            .h1(.text(strategy.title)),
            .if(
                !strategy.body.isEmpty,
                .p(
                    .class("lead"),
                    .text(
                        page.t("Beschlossen von: ", "Adopted by: ") + strategy.body
                            + (strategy.adoptedOn.map { " (\($0.german))" } ?? "")))),
            .p(
                .text(
                    page.t(
                        "Hier sehen Sie, wo jede Maßnahme der Strategie steht.",
                        "Here you can see where every measure of the strategy stands."))),
            .section(
                .attr("aria-labelledby", "stand"),
                .h2(.id("stand"), .text(page.t("Stand heute", "Status today"))),
                .p(
                    .text(
                        page.t(
                            "\(catalogue.measures.count) Maßnahmen in \(catalogue.fields.count) Handlungsfeldern.",
                            "\(catalogue.measures.count) measures in \(catalogue.fields.count) fields of action."))),
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
                .h2(.id("felder"), .text(page.t("Nach Handlungsfeld", "By field of action"))),
                .table(
                    .class("responsive"),
                    .caption(
                        .text(
                            page.t(
                                "Maßnahmen je Handlungsfeld und Status",
                                "Measures per field of action and status")
                        )),
                    .thead(
                        .tr(
                            .th(.attr("scope", "col"), .text(page.t("Handlungsfeld", "Field of action"))),
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
                .class("updated"), .text(page.t("Zuletzt aktualisiert: ", "Last updated: ")),
                lastUpdated.map { Components.time($0, page) } ?? .text(page.t("noch nie", "never")))
        )
    }
}
