import FortschrittDomain
import Plot

extension WorkspaceModel {
    func render(_ page: PageContext) -> String {
        Layout.render(
            page, title: page.text(.workspace), siteName: catalogue.strategy.title,
            .h1(.text(page.text(.workspace))),
            Components.notice(notice),
            .p(.text(intro(page))),
            .if(
                account.role == .editor,
                .group(
                    .p(.a(.attr("href", "/verwaltung/abwaegung"), .text(page.text(.editorDecisionsHint)))),
                    .p(.a(.attr("href", "/verwaltung/daten"), .text(page.text(.manageDatasets)))),
                    .p(.a(.attr("href", "/verwaltung/anwendungen"), .text(page.text(.manageApplications)))),
                    .p(.a(.attr("href", "/verwaltung/indikatoren"), .text(page.text(.manageIndicators)))))),
            roundBanner(page),
            .if(items.isEmpty, .p(.text(page.text(.noMeasures)))),
            .if(
                !items.isEmpty,
                .table(
                    .class("responsive"),
                    .caption(.text(page.text(.yourMeasures))),
                    .thead(
                        .tr(
                            .th(.attr("scope", "col"), .text(page.text(.no))),
                            .th(.attr("scope", "col"), .text(page.text(.measure))),
                            .th(.attr("scope", "col"), .text("Status")),
                            .if(
                                openRound != nil,
                                .th(.attr("scope", "col"), .text(page.text(.updateRound)))),
                            .th(.attr("scope", "col"), .text(page.text(.action)))
                        )),
                    .tbody(.forEach(items) { item in row(item, page) })
                ))
        )
    }

    func intro(_ page: PageContext) -> String {
        switch account.role {
        case .editor:
            return page.text(.measuresLedBy(account.departments.joined(separator: ", ")))
        case .admin:
            return page.text(.workspaceLeadAdmin)
        case .reader:
            return page.text(.allMeasuresWithInternalNotesRead)
        case .moderator:
            return page.text(.moderatorsWorkspace)
        case .expert:
            return page.text(.reviewsExplanation)
        }
    }

    func roundBanner(_ page: PageContext) -> Node<HTML.BodyContext> {
        guard let round = openRound else { return .empty }
        return .div(
            .class("notice"),
            .p(
                .strong(.text(page.text(.updateRoundOpenDueOn))),
                Components.date(round.dueOn, page), .text(". "),
                .text(
                    page.text(.roundProgress("\(missing)", "\(items.count)")))))
    }

    func row(_ item: RoundProgress.Item, _ page: PageContext) -> Node<HTML.TableContext> {
        let measure = item.measure
        let editable = Access.mayEdit(measure, by: account)
        return .tr(
            .td(.attr("data-label", page.text(.no)), .text(measure.number.text)),
            .td(
                .attr("data-label", page.text(.measure)),
                .a(.attr("href", "/massnahmen/\(measure.number.text)"), .text(measure.details.title))),
            .td(.attr("data-label", "Status"), Components.statusBadge(measure.status?.key, catalogue.statuses, page)),
            .if(
                openRound != nil,
                .td(.attr("data-label", page.text(.round)), .text(Self.stateText(item, page)))),
            .td(
                .attr("data-label", page.text(.action)),
                .if(
                    editable,
                    .a(
                        .attr("href", "/massnahmen/\(measure.number.text)/bearbeiten"),
                        .text(page.text(.edit)),
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
                                page.text(.confirmMeasureUnchanged("\(measure.number.text)"))),
                            .text(page.text(.confirmUnchanged)))
                    )))
        )
    }

    static func stateText(_ item: RoundProgress.Item, _ page: PageContext) -> String {
        switch item.state {
        case .missing: return page.text(.missing)
        case .confirmed: return page.text(.confirmedBy(item.by ?? ""))
        case .updated: return page.text(.updatedBy(item.by ?? ""))
        }
    }
}
