import FortschrittDomain
import Plot

extension RoundModel {
    func render(_ page: PageContext, today: CalendarDate) -> String {
        Layout.render(
            page, title: page.t("Aktualisierungsrunde", "Update round"), siteName: siteName,
            .h1(.text(page.t("Aktualisierungsrunde", "Update round"))),
            Components.notice(notice),
            .if(
                error != nil,
                .div(.class("error-summary"), .attr("role", "alert"), .p(.id("runde-fehler"), .text(error ?? "")))),
            progress.map { status($0, page) }
                ?? .p(.text(page.t("Es gab noch keine Runde.", "There has been no round yet."))),
            .if(
                progress?.round.isOpen != true,
                .formTag(
                    .attr("method", "post"), .attr("action", "/verwaltung/runde"),
                    Layout.csrfField(page),
                    .h2(.id("oeffnen"), .text(page.t("Neue Runde öffnen", "Open a new round"))),
                    Components.field(
                        "faellig", label: page.t("Fällig am", "Due on"), error: nil,
                        .inputTag(
                            ("type", "date"), ("id", "faellig"), ("name", "faellig"), ("value", today.iso),
                            ("required", ""), error != nil ? ("aria-describedby", "runde-fehler") : nil)),
                    .button(.type(.submit), .text(page.t("Runde öffnen", "Open round")))
                ))
        )
    }

    func status(_ progress: RoundProgress, _ page: PageContext) -> Node<HTML.BodyContext> {
        let round = progress.round
        return .group(
            .p(
                .text(
                    round.isOpen
                        ? page.t("Offen seit ", "Open since ")
                        : page.t("Abgeschlossen; geöffnet ", "Closed; opened ")),
                Components.time(round.openedAt, page),
                .text(page.t(" von \(round.openedBy), fällig am ", " by \(round.openedBy), due on ")),
                Components.date(round.dueOn, page), .text(".")),
            .table(
                .class("responsive"),
                .caption(.text(page.t("Stand je Fachbereich", "Progress per department"))),
                .thead(
                    .tr(
                        .th(.attr("scope", "col"), .text(page.t("Fachbereich", "Department"))),
                        .th(.attr("scope", "col"), .text(page.t("erledigt", "done"))),
                        .th(.attr("scope", "col"), .text(page.t("offen", "missing")))
                    )),
                .tbody(
                    .forEach(progress.departments) { tally in
                        .tr(
                            .th(.attr("scope", "row"), .text(tally.department)),
                            .td(
                                .class("num"), .attr("data-label", page.t("erledigt", "done")),
                                .text(String(tally.done))),
                            .td(
                                .class("num"), .attr("data-label", page.t("offen", "missing")),
                                .text(String(tally.missing))))
                    })
            ),
            .p(
                .a(
                    .attr("href", "/verwaltung/runde/offen.csv"),
                    .text(page.t("Offene Maßnahmen als CSV herunterladen", "Download the missing measures as CSV")))),
            .h2(.text(page.t("Noch offen", "Still missing"))),
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
                    .button(.type(.submit), .class("secondary"), .text(page.t("Runde abschließen", "Close round")))
                ))
        )
    }
}
