import FortschrittDocuments
import FortschrittDomain
import Plot

/// A version's figures as the version page shows them: a chart of contributions by channel and
/// decision with the same numbers as a table, contributions and agreement per block, and the
/// experts' published ratings.
enum FigureParts {
    static func chart(_ figures: VersionFigures, _ page: PageContext) -> StatusChart {
        StatusChart(
            title: page.text(.figuresChartTitle),
            series: Decision.Outcome.allCases.map { (page.text(.outcome($0)), $0.chartKind) },
            bars: figures.byChannel.filter { $0.outcomes.reduce(0, +) > 0 }.map {
                StatusChart.Bar(label: page.text(.channelName($0.channel)), segments: $0.outcomes)
            })
    }

    static func section(_ figures: VersionFigures, _ page: PageContext) -> Node<HTML.BodyContext> {
        let chart = chart(figures, page)
        return .section(
            .attr("aria-labelledby", "zahlen"),
            .h2(.id("zahlen"), .text(page.text(.figuresHeading))),
            .p(
                .text(
                    page.text(
                        .figuresSummary("\(figures.participants)", "\(figures.contributions)", "\(figures.reviews)")))),
            .if(
                figures.decisions != figures.contributions,
                .p(.text(page.text(.figuresSegmentsNote("\(figures.decisions)"))))),
            .if(
                !chart.bars.isEmpty,
                .element(
                    named: "figure",
                    nodes: [
                        .div(.class("chart"), .raw(StatusChartSVG.render(chart, id: "figures-chart"))),
                        .element(named: "figcaption", nodes: [.text(chart.textAlternative)]),
                    ])),
            channelTable(figures, page),
            .if(!figures.blocks.isEmpty, blockTable(figures, page)),
            ratingTable(figures, page))
    }

    static func channelTable(_ figures: VersionFigures, _ page: PageContext) -> Node<HTML.BodyContext> {
        .table(
            .class("responsive"),
            .caption(.text(page.text(.figuresChartTitle))),
            .thead(
                .tr(
                    .th(.attr("scope", "col"), .text(page.text(.channel))),
                    .th(.attr("scope", "col"), .text(page.text(.contributionsColumn))),
                    .forEach(Decision.Outcome.allCases) { .th(.attr("scope", "col"), .text(page.text(.outcome($0)))) },
                    .th(.attr("scope", "col"), .text(page.text(.decisionsColumn))))),
            .tbody(
                .forEach(figures.byChannel) { row in
                    .tr(
                        .th(.attr("scope", "row"), .text(page.text(.channelName(row.channel)))),
                        .td(.attr("data-label", page.text(.contributionsColumn)), .text("\(row.contributions)")),
                        .forEach(Array(zip(Decision.Outcome.allCases, row.outcomes))) { outcome, count in
                            .td(.attr("data-label", page.text(.outcome(outcome))), .text("\(count)"))
                        },
                        .td(.attr("data-label", page.text(.decisionsColumn)), .text("\(row.outcomes.reduce(0, +))")))
                },
                .tr(
                    .th(.attr("scope", "row"), .text(page.text(.totalColumn))),
                    .td(.attr("data-label", page.text(.contributionsColumn)), .text("\(figures.contributions)")),
                    .forEach(figures.byOutcome) { outcome, count in
                        .td(.attr("data-label", page.text(.outcome(outcome))), .text("\(count)"))
                    },
                    .td(.attr("data-label", page.text(.decisionsColumn)), .text("\(figures.decisions)")))))
    }

    static func blockTable(_ figures: VersionFigures, _ page: PageContext) -> Node<HTML.BodyContext> {
        .table(
            .class("responsive"),
            .caption(.text(page.text(.agreementPerBlock))),
            .thead(
                .tr(
                    .th(.attr("scope", "col"), .text(page.text(.blockID))),
                    .th(.attr("scope", "col"), .text(page.text(.contributionsColumn))),
                    .th(.attr("scope", "col"), .text(page.text(.agreeColumn))),
                    .th(.attr("scope", "col"), .text(page.text(.disagreeColumn))))),
            .tbody(
                .forEach(figures.blocks) { block in
                    .tr(
                        .th(.attr("scope", "row"), .text(block.block.text)),
                        .td(.attr("data-label", page.text(.contributionsColumn)), .text("\(block.contributions)")),
                        .td(.attr("data-label", page.text(.agreeColumn)), .text("\(block.agree)")),
                        .td(.attr("data-label", page.text(.disagreeColumn)), .text("\(block.disagree)")))
                }))
    }

    static func ratingTable(_ figures: VersionFigures, _ page: PageContext) -> Node<HTML.BodyContext> {
        let aspects = [(page.text(.acceptance), figures.acceptance), (page.text(.practicality), figures.practicality)]
        return .table(
            .class("responsive"),
            .caption(.text(page.text(.ratingsCaption))),
            .thead(
                .tr(
                    .th(.attr("scope", "col"), .text(page.text(.aspectColumn))),
                    .th(.attr("scope", "col"), .text(page.text(.reviewCountColumn))),
                    .th(.attr("scope", "col"), .text(page.text(.meanColumn))),
                    .forEach(Array(ExpertReview.scale)) {
                        .th(.attr("scope", "col"), .text(page.text(.ratingLabel($0))))
                    })),
            .tbody(
                .forEach(aspects) { name, ratings in
                    .tr(
                        .th(.attr("scope", "row"), .text(name)),
                        .td(.attr("data-label", page.text(.reviewCountColumn)), .text("\(ratings.total)")),
                        .td(.attr("data-label", page.text(.meanColumn)), .text(mean(ratings.meanInTenths, page))),
                        .forEach(Array(zip(ExpertReview.scale, ratings.counts))) { value, count in
                            .td(.attr("data-label", page.text(.ratingLabel(value))), .text("\(count)"))
                        })
                }))
    }

    /// Tenths as a decimal in the page's language: 35 is „3,5“ or "3.5"; a dash without ratings.
    static func mean(_ tenths: Int?, _ page: PageContext) -> String {
        guard let tenths else { return "–" }
        return VersionFigures.decimal(tenths: tenths, separator: page.language == .de ? "," : ".")
    }
}
