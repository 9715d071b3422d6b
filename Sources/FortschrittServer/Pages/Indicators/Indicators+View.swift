import FortschrittDomain
import Plot

extension IndicatorsModel {
    func render(_ page: PageContext) -> String {
        Layout.render(
            page, title: page.text(.indicatorsTitle), siteName: siteName,
            .p(.a(.attr("href", "/daten"), .text(page.text(.datasetsTitle)))),
            .h1(.text(page.text(.indicatorsTitle))),
            .p(.text(page.text(.indicatorsIntro))),
            .if(indicators.isEmpty, .p(.text(page.text(.noIndicators)))),
            .forEach(indicators) { figures in
                .article(
                    .h2(
                        .a(
                            .attr("href", "/daten/indikatoren/\(figures.indicator.slug)"),
                            .text(figures.indicator.title))),
                    .p(
                        IndicatorParts.status(figures.forecast.status, page), .text(" "),
                        .text(IndicatorParts.latest(figures, page))),
                    .if(figures.indicator.sample, .p(.class("meta"), .text(page.text(.holdsSampleData)))))
            })
    }
}

extension IndicatorModel {
    func render(_ page: PageContext) -> String {
        let indicator = figures.indicator
        return Layout.render(
            page, title: indicator.title, siteName: siteName,
            .p(.a(.attr("href", "/daten/indikatoren"), .text(page.text(.indicatorsTitle)))),
            .h1(.text(indicator.title)),
            .if(indicator.sample, .p(.class("notice"), .text(page.text(.holdsSampleData)))),
            .p(.text(indicator.description)),
            .p(
                IndicatorParts.status(figures.forecast.status, page), .text(" "),
                .text(IndicatorParts.latest(figures, page))),
            DataParts.definitions(IndicatorParts.definition(figures, departmentName: departmentName, page)),
            .if(
                !indicator.measures.isEmpty,
                .group(
                    .h2(.text(page.text(.indicatorServesMeasures))),
                    .ul(.forEach(indicator.measures) { .li(.a(.attr("href", "/massnahmen/\($0)"), .text($0))) }))),
            .if(
                !openSources.isEmpty,
                .group(
                    .h2(.text(page.text(.sourceDatasets))),
                    .ul(
                        .forEach(openSources) { dataset in
                            .li(.a(.attr("href", "/daten/\(dataset.slug)"), .text(dataset.title)))
                        }))),
            .h2(.text(page.text(.indicatorChartHeading))),
            IndicatorParts.chart(figures, page, id: "indikator-\(indicator.slug)"),
            .h2(.text(page.text(.forecastHeading))),
            DataParts.definitions(IndicatorParts.forecast(figures, page)),
            .h2(.text(page.text(.valuesHeading))),
            IndicatorParts.table(figures, page),
            .p(
                .a(.attr("href", "/daten/indikatoren/\(indicator.slug)/werte.csv"), .text(page.text(.valuesCSV))),
                .text(" · "),
                .a(.attr("href", "/daten/indikatoren/\(indicator.slug)/werte.json"), .text(page.text(.valuesJSON)))),
            .h2(.text(page.text(.valueHistoryHeading))),
            .p(.text(page.text(.valueHistoryIntro))),
            .ul(
                .forEach(events.reversed()) { event in
                    .li(
                        Components.time(event.recordedAt, page), .text(" · "),
                        .text(
                            [event.period.text, event.dimensions.text].filter { !$0.isEmpty }.joined(separator: " ")
                                + ": "
                                + (event.value.map { IndicatorParts.number($0, page) } ?? page.text(.valueWithdrawn))
                                + " · " + event.reason))
                }))
    }
}
