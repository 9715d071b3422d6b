import FortschrittDomain
import Plot

extension RegisterModel {
    func render(_ page: PageContext) -> String {
        Layout.render(
            page, title: page.text(.register), siteName: siteName,
            .h1(.text(page.text(.register))),
            sent ? .div(.class("notice"), .attr("role", "status"), .p(.text(page.text(.registrationSent)))) : form(page)
        )
    }

    func form(_ page: PageContext) -> Node<HTML.BodyContext> {
        let labels = [
            "email": page.text(.eMailAddress), "anzeigename": page.text(.displayName),
            "passwort": page.text(.password), "einwilligung": page.text(.consentToProcess),
        ]
        let order = ["email", "anzeigename", "passwort", "einwilligung"]
        return .group(
            .p(.class("lead"), .text(page.text(.registerLead))),
            Components.errorSummary(errors, order: order, labels: labels, page),
            .formTag(
                .attr("method", "post"), .attr("action", "/registrieren"), .attr("novalidate", ""),
                Layout.csrfField(page),
                Components.field(
                    "email", label: labels["email"] ?? "", error: errors["email"],
                    .inputTag(
                        ("type", "email"), ("id", "email"), ("name", "email"), ("value", email),
                        ("autocomplete", "email"),
                        Components.describedBy("email", hint: false, error: errors["email"] != nil))),
                Components.field(
                    "anzeigename", label: labels["anzeigename"] ?? "", error: errors["anzeigename"],
                    hint: page.text(.displayNameHint),
                    .inputTag(
                        ("type", "text"), ("id", "anzeigename"), ("name", "anzeigename"), ("value", displayName),
                        ("autocomplete", "nickname"),
                        Components.describedBy("anzeigename", hint: true, error: errors["anzeigename"] != nil))),
                Components.field(
                    "passwort", label: labels["passwort"] ?? "", error: errors["passwort"],
                    hint: page.text(.atLeast12Characters),
                    .inputTag(
                        ("type", "password"), ("id", "passwort"), ("name", "passwort"),
                        ("autocomplete", "new-password"),
                        Components.describedBy("passwort", hint: true, error: errors["passwort"] != nil))),
                .element(
                    named: "fieldset",
                    nodes: [
                        .element(named: "legend", nodes: [.text(page.text(.consents))]),
                        .if(
                            errors["einwilligung"] != nil,
                            .p(
                                .class("error"), .attr("id", "einwilligung-error"),
                                .text(errors["einwilligung"] ?? ""))),
                        .div(
                            .class("field checks"),
                            .inputTag(
                                ("type", "checkbox"), ("id", "einwilligung"), ("name", "einwilligung"), ("value", "1"),
                                errors["einwilligung"] != nil ? ("aria-describedby", "einwilligung-error") : nil),
                            .label(.attr("for", "einwilligung"), .text(page.text(.consentToProcess)))),
                        .div(
                            .class("field checks"),
                            .inputTag(
                                ("type", "checkbox"), ("id", "veroeffentlichung"), ("name", "veroeffentlichung"),
                                ("value", "1"), consentToPublish ? ("checked", "") : nil),
                            .label(.attr("for", "veroeffentlichung"), .text(page.text(.consentToPublish)))),
                    ]),
                .button(.type(.submit), .text(page.text(.registerButton))))
        )
    }
}

extension ConfirmModel {
    func render(_ page: PageContext) -> String {
        Layout.render(
            page, title: page.text(.confirmAddress), siteName: siteName,
            .h1(.text(page.text(.confirmAddress))),
            content(page))
    }

    func content(_ page: PageContext) -> Node<HTML.BodyContext> {
        switch state {
        case .ask(let token):
            return .formTag(
                .attr("method", "post"), .attr("action", "/registrieren/bestaetigen"),
                Layout.csrfField(page),
                .inputTag(("type", "hidden"), ("name", "t"), ("value", token)),
                .p(.text(page.text(.confirmAddressLead))),
                .button(.type(.submit), .text(page.text(.confirmAddress))))
        case .confirmed:
            return .div(.class("notice"), .attr("role", "status"), .p(.text(page.text(.addressConfirmed))))
        case .invalid:
            return .div(.class("error-summary"), .attr("role", "alert"), .p(.text(page.text(.confirmationInvalid))))
        }
    }
}
