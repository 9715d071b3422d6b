import FortschrittDomain
import Plot

extension ModeratedParticipantsModel {
    func render(_ page: PageContext) -> String {
        Layout.render(
            page, title: page.text(.participants), siteName: siteName,
            .h1(.text(page.text(.participants))),
            .if(notice != nil, .p(.class("notice"), .attr("role", "status"), .text(notice ?? ""))),
            .p(.text(page.text(.badgeExplanation))),
            .formTag(
                .attr("method", "get"), .attr("action", "/verwaltung/teilnehmende"), .attr("role", "search"),
                Components.field(
                    "suche", label: page.text(.searchByName), error: nil,
                    .inputTag(("type", "search"), ("id", "suche"), ("name", "suche"), ("value", search))),
                .button(.type(.submit), .text(page.text(.search)))),
            participants.isEmpty
                ? .p(.text(page.text(.noParticipantsFound)))
                : .table(
                    .class("responsive"),
                    .caption(.text(page.text(.participants))),
                    .thead(
                        .tr(
                            .th(.attr("scope", "col"), .text(page.text(.displayName))),
                            .th(.attr("scope", "col"), .text(page.text(.registeredOn))),
                            .th(.attr("scope", "col"), .text(page.text(.contributionCount))),
                            .th(.attr("scope", "col"), .text(page.text(.badge))))),
                    .tbody(.forEach(participants) { row($0, page) }))
        )
    }

    func row(_ participant: ParticipantEntry, _ page: PageContext) -> Node<HTML.TableContext> {
        let id = "kennzeichnung-\(participant.id)"
        let options: [(String, String)] =
            [("", page.text(.noBadge))]
            + Participant.Badge.allCases.map { ($0.rawValue, ContributionParts.badge($0, page)) }
        return .tr(
            .th(.attr("scope", "row"), .attr("data-label", page.text(.displayName)), .text(participant.displayName)),
            .td(.attr("data-label", page.text(.registeredOn)), Components.time(participant.registeredAt, page)),
            .td(.attr("data-label", page.text(.contributionCount)), .text("\(participant.contributions)")),
            .td(
                .attr("data-label", page.text(.badge)),
                .formTag(
                    .class("inline"), .attr("method", "post"),
                    .attr("action", "/verwaltung/teilnehmende/\(participant.id)"), Layout.csrfField(page),
                    .selectTag(
                        .attr("id", id), .attr("name", "kennzeichnung"),
                        .attr("aria-label", page.text(.badgeOf(participant.displayName))),
                        .forEach(options) { value, label in
                            .optionTag(value, selected: participant.badge?.rawValue ?? "" == value, label)
                        }),
                    .button(.type(.submit), .text(page.text(.save)))))
        )
    }
}
