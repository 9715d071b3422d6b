import FortschrittDomain
import Plot

extension StrategiesModel {
    func render(_ page: PageContext) -> String {
        Layout.render(
            page, title: page.text(.strategies), siteName: siteName,
            feeds: entries.flatMap { entry in
                (entry.latestText == nil ? [] : FeedLink.text(entry.strategy, page))
                    + (entry.measures > 0 && entry.strategy.id == portalStrategy
                        ? [.statusChanges(entry.strategy, page)] : [])
            },
            .h1(.text(page.text(.strategies))),
            .p(.class("lead"), .text(page.text(.strategiesLead))),
            .forEach(entries) { entry in
                .section(
                    .class("strategy"), .attr("aria-labelledby", "strategie-\(entry.strategy.slug)"),
                    .h2(.id("strategie-\(entry.strategy.slug)"), .text(entry.strategy.title)),
                    .p(.text(entry.strategy.body)),
                    .ul(
                        .if(
                            entry.measures > 0 && entry.strategy.id == portalStrategy,
                            .li(.a(.attr("href", "/massnahmen"), .text(page.text(.measureCount("\(entry.measures)")))))
                        ),
                        .unwrap(entry.latestText) { text in
                            .li(
                                .a(
                                    .attr("href", "/strategien/\(entry.strategy.slug)/text"),
                                    .text(page.text(.textLatest(text.title, "\(text.number)")))))
                        }),
                    .if(
                        entry.latestText == nil && (entry.measures == 0 || entry.strategy.id != portalStrategy),
                        .p(.text(page.text(.strategyNothingPublished))))
                )
            }
        )
    }
}
