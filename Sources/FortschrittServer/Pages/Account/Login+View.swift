import Plot

/// The sign-in form: e-mail and password, where to go afterwards, and what went wrong.
struct LoginModel: Sendable {
    var email: String
    var next: String
    var error: String?

    func render(_ page: PageContext, siteName: String) -> String {
        Layout.render(
            page, title: page.text(.signIn), siteName: siteName,
            .h1(.text(page.text(.signIn))),
            .p(
                .text(
                    page.text(.signInLead))),
            .if(
                error != nil,
                .div(.class("error-summary"), .attr("role", "alert"), .p(.id("login-error"), .text(error ?? "")))),
            .formTag(
                .attr("method", "post"), .attr("action", "/anmelden"),
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
