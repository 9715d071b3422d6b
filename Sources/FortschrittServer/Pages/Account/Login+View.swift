import Plot

/// The sign-in form: e-mail and password, where to go afterwards, and what went wrong.
struct LoginModel: Sendable {
    var email: String
    var next: String
    var error: String?
    /// The participants' sign-in (else the staff's).
    var participant = false

    func render(_ page: PageContext, siteName: String) -> String {
        let title = page.text(participant ? .participantSignIn : .signIn)
        return Layout.render(
            page, title: title, siteName: siteName,
            .h1(.text(title)),
            participant
                ? .p(.a(.attr("href", "/registrieren"), .text(page.text(.participantSignInLead))))
                : .p(.text(page.text(.signInLead))),
            .if(
                error != nil,
                .div(.class("error-summary"), .attr("role", "alert"), .p(.id("login-error"), .text(error ?? "")))),
            .formTag(
                .attr("method", "post"), .attr("action", participant ? "/beteiligung/anmelden" : "/anmelden"),
                Layout.csrfField(page),
                .inputTag(("type", "hidden"), ("name", "weiter"), ("value", next)),
                .div(
                    .class("field"),
                    .label(.attr("for", "email"), .text(page.text(.eMailAddress))),
                    .inputTag(
                        ("type", "email"), ("id", "email"), ("name", "email"), ("value", email),
                        ("autocomplete", "username"), ("required", ""),
                        error != nil ? ("aria-describedby", "login-error") : nil)),
                .div(
                    .class("field"),
                    .label(.attr("for", "passwort"), .text(page.text(.password))),
                    .inputTag(
                        ("type", "password"), ("id", "passwort"), ("name", "passwort"),
                        ("autocomplete", "current-password"), ("required", ""))),
                .button(.type(.submit), .text(page.text(.signIn)))
            )
        )
    }
}
