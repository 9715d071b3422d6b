import FortschrittDomain
import Plot

extension RoundModel {
    func render(_ page: PageContext, today: CalendarDate) -> String {
        Layout.render(
            page, title: page.text(.updateRound), siteName: siteName,
            .h1(.text(page.text(.updateRound))),
            Components.notice(notice),
            .if(
                error != nil,
                .div(.class("error-summary"), .attr("role", "alert"), .p(.id("runde-fehler"), .text(error ?? "")))),
            progress.map { status($0, page) }
                ?? .p(.text(page.text(.thereHasBeenNoRoundYet))),
            .if(
                progress?.round.isOpen != true,
                .formTag(
                    .attr("method", "post"), .attr("action", "/verwaltung/runde"),
                    Layout.csrfField(page),
                    .h2(.id("oeffnen"), .text(page.text(.openANewRound))),
                    Components.field(
                        "faellig", label: page.text(.dueOn), error: nil,
                        .inputTag(
                            ("type", "date"), ("id", "faellig"), ("name", "faellig"), ("value", today.iso),
                            ("required", ""), error != nil ? ("aria-describedby", "runde-fehler") : nil)),
                    .button(.type(.submit), .text(page.text(.openRound)))
                ))
        )
    }

    func status(_ progress: RoundProgress, _ page: PageContext) -> Node<HTML.BodyContext> {
        let round = progress.round
        return .group(
            .p(
                .text(
                    round.isOpen
                        ? page.text(.openSince)
                        : page.text(.closedOpened)),
                Components.time(round.openedAt, page),
                .text(page.text(.byDueOn("\(round.openedBy)"))),
                Components.date(round.dueOn, page), .text(".")),
            .table(
                .class("responsive"),
                .caption(.text(page.text(.progressPerDepartment))),
                .thead(
                    .tr(
                        .th(.attr("scope", "col"), .text(page.text(.department))),
                        .th(.attr("scope", "col"), .text(page.text(.done))),
                        .th(.attr("scope", "col"), .text(page.text(.missing)))
                    )),
                .tbody(
                    .forEach(progress.departments) { tally in
                        .tr(
                            .th(.attr("scope", "row"), .text(tally.department)),
                            .td(
                                .class("num"), .attr("data-label", page.text(.done)),
                                .text(String(tally.done))),
                            .td(
                                .class("num"), .attr("data-label", page.text(.missing)),
                                .text(String(tally.missing))))
                    })
            ),
            .p(
                .a(
                    .attr("href", "/verwaltung/runde/offen.csv"),
                    .text(page.text(.downloadTheMissingMeasuresAsCsv)))),
            .h2(.text(page.text(.stillMissing))),
            .ul(
                .forEach(progress.items.filter { $0.state == .missing }) { item in
                    .li(
                        .text("\(item.measure.details.leadDepartment): "),
                        .a(
                            .attr("href", "/massnahmen/\(item.measure.number.text)"),
                            .text("\(item.measure.number.text) \(item.measure.details.title)")))
                }),
            .if(
                round.isOpen,
                .formTag(
                    .attr("method", "post"), .attr("action", "/verwaltung/runde/schliessen"), Layout.csrfField(page),
                    .button(.type(.submit), .class("secondary"), .text(page.text(.closeRound)))
                ))
        )
    }
}
