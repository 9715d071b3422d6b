import FortschrittDomain
import Plot

extension ParticipantAccountModel {
    func render(_ page: PageContext) -> String {
        Layout.render(
            page, title: page.text(.myAccount), siteName: siteName,
            .h1(.text(page.text(.myAccount))),
            .dl(
                .dt(.text(page.text(.displayName))), .dd(.text(participant.displayName)),
                .dt(.text(page.text(.emailAddress))), .dd(.text(participant.email)),
                .dt(.text(page.text(.registeredOn))), .dd(Components.time(participant.registeredAt, page)),
                .dt(.text(page.text(.consentToPublishLabel))),
                .dd(
                    .text(
                        participant.consentToPublishAt.map { page.text(.givenOn(Components.format($0, page))) }
                            ?? page.text(.notGiven))),
                .dt(.text(page.text(.contributionCount))), .dd(.text("\(contributions)"))),
            FollowParts.list(follows, page),
            .h2(.text(page.text(.yourData))),
            .p(.text(page.text(.downloadExplanation))),
            .p(
                .a(
                    .attr("href", "/beteiligung/konto/daten.json"), .attr("download", ""),
                    .text(page.text(.downloadData)))),
            .h2(.id("loeschen"), .text(page.text(.deleteAccount))),
            .p(.text(page.text(.deleteExplanation))),
            .if(error != nil, .div(.class("error-summary"), .attr("role", "alert"), .p(.text(error ?? "")))),
            .formTag(
                .attr("method", "post"), .attr("action", "/beteiligung/konto/loeschen"), Layout.csrfField(page),
                .div(
                    .class("field checkbox"),
                    .inputTag(("type", "checkbox"), ("id", "beitraege"), ("name", "beitraege"), ("value", "1")),
                    .label(.attr("for", "beitraege"), .text(page.text(.deleteContributionsToo)))),
                Components.field(
                    "passwort", label: page.text(.confirmWithPassword), error: nil,
                    .inputTag(
                        ("type", "password"), ("id", "passwort"), ("name", "passwort"),
                        ("autocomplete", "current-password"), ("required", "required"))),
                .button(.type(.submit), .class("danger"), .text(page.text(.deleteAccountNow))))
        )
    }
}

extension AccountErasedModel {
    func render(_ page: PageContext) -> String {
        Layout.render(
            page, title: page.text(.accountDeleted), siteName: siteName,
            .h1(.text(page.text(.accountDeleted))),
            .p(
                .attr("role", "status"),
                .text(page.text(withdrawn ? .accountDeletedWithContributions : .accountDeletedContributionsKept))),
            .p(.a(.attr("href", "/strategien"), .text(page.text(.strategies))))
        )
    }
}
