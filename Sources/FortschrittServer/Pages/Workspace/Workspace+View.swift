import FortschrittDomain
import Plot

extension WorkspaceModel {
    func render(_ page: PageContext) -> String {
        Layout.render(
            page, title: page.t("Arbeitsbereich", "Workspace"), siteName: catalogue.strategy.title,
            .h1(.text(page.t("Arbeitsbereich", "Workspace"))),
            Components.notice(notice),
            .p(.text(intro(page))),
            roundBanner(page),
            .if(items.isEmpty, .p(.text(page.t("Keine Maßnahmen.", "No measures.")))),
            .if(
                !items.isEmpty,
                .table(
                    .class("responsive"),
                    .caption(.text(page.t("Ihre Maßnahmen", "Your measures"))),
                    .thead(
                        .tr(
                            .th(.attr("scope", "col"), .text(page.t("Nr.", "No."))),
                            .th(.attr("scope", "col"), .text(page.t("Maßnahme", "Measure"))),
                            .th(.attr("scope", "col"), .text("Status")),
                            .if(
                                openRound != nil,
                                .th(.attr("scope", "col"), .text(page.t("Aktualisierungsrunde", "Update round")))),
                            .th(.attr("scope", "col"), .text(page.t("Aktion", "Action")))
                        )),
                    .tbody(.forEach(items) { item in row(item, page) })
                ))
        )
    }

    func intro(_ page: PageContext) -> String {
        switch account.role {
        case .editor:
            return page.t(
                "Maßnahmen unter Federführung von \(account.departments.joined(separator: ", ")).",
                "Measures led by \(account.departments.joined(separator: ", ")).")
        case .admin:
            return page.t("Alle Maßnahmen; Sie können jede bearbeiten.", "All measures; you can edit each of them.")
        case .reader:
            return page.t(
                "Alle Maßnahmen, mit internen Notizen; nur lesend.", "All measures, with internal notes; read only.")
        }
    }

    func roundBanner(_ page: PageContext) -> Node<HTML.BodyContext> {
        guard let round = openRound else { return .empty }
        return .div(
            .class("notice"),
            .p(
                .strong(.text(page.t("Aktualisierungsrunde läuft, fällig am ", "Update round open, due on "))),
                Components.date(round.dueOn, page), .text(". "),
                .text(
                    page.t(
                        "\(missing) von \(items.count) Maßnahmen brauchen noch eine Bestätigung oder Aktualisierung.",
                        "\(missing) of \(items.count) measures still need a confirmation or an update."))))
    }

    func row(_ item: RoundProgress.Item, _ page: PageContext) -> Node<HTML.TableContext> {
        let measure = item.measure
        let editable = Access.mayEdit(measure, by: account)
        return .tr(
            .td(.attr("data-label", page.t("Nr.", "No.")), .text(measure.number.text)),
            .td(
                .attr("data-label", page.t("Maßnahme", "Measure")),
                .a(.attr("href", "/massnahmen/\(measure.number.text)"), .text(measure.details.title))),
            .td(.attr("data-label", "Status"), Components.statusBadge(measure.status?.key, catalogue.statuses, page)),
            .if(
                openRound != nil,
                .td(.attr("data-label", page.t("Runde", "Round")), .text(Self.stateText(item, page)))),
            .td(
                .attr("data-label", page.t("Aktion", "Action")),
                .if(
                    editable,
                    .a(
                        .attr("href", "/massnahmen/\(measure.number.text)/bearbeiten"),
                        .text(page.t("Bearbeiten", "Edit")),
                        .span(.class("visually-hidden"), .text(" \(measure.number.text)")))),
                .if(
                    editable && openRound != nil && item.state == .missing,
                    .formTag(
                        .class("inline"), .attr("method", "post"),
                        .attr("action", "/massnahmen/\(measure.number.text)/bestaetigen"),
                        Layout.csrfField(page),
                        .button(
                            .type(.submit), .class("secondary"),
                            .attr(
                                "aria-label",
                                page.t(
                                    "Maßnahme \(measure.number.text) unverändert bestätigen",
                                    "Confirm measure \(measure.number.text) unchanged")),
                            .text(page.t("Unverändert bestätigen", "Confirm unchanged")))
                    )))
        )
    }

    static func stateText(_ item: RoundProgress.Item, _ page: PageContext) -> String {
        switch item.state {
        case .missing: return page.t("offen", "missing")
        case .confirmed: return page.t("bestätigt von \(item.by ?? "")", "confirmed by \(item.by ?? "")")
        case .updated: return page.t("aktualisiert von \(item.by ?? "")", "updated by \(item.by ?? "")")
        }
    }
}
