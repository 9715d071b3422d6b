import Plot

/// The sign-in form: e-mail and password, where to go afterwards, and what went wrong.
struct LoginModel: Sendable {
    var email: String
    var next: String
    var error: String?

    func render(_ page: PageContext, siteName: String) -> String {
        Layout.render(
            page, title: page.t("Anmelden", "Sign in"), siteName: siteName,
            .h1(.text(page.t("Anmelden", "Sign in"))),
            .p(
                .text(
                    page.t(
                        "Für Mitarbeitende der Verwaltung und Mitglieder des Gemeinderats. Bürgerinnen und Bürger "
                            + "brauchen kein Konto.",
                        "For staff and council members. Citizens need no account."))),
            .if(
                error != nil,
                .div(.class("error-summary"), .attr("role", "alert"), .p(.id("login-error"), .text(error ?? "")))),
            .formTag(
                .attr("method", "post"), .attr("action", "/anmelden"),
                Layout.csrfField(page),
                .inputTag(("type", "hidden"), ("name", "weiter"), ("value", next)),
                .div(
                    .class("field"),
                    .label(.attr("for", "email"), .text(page.t("E-Mail-Adresse", "E-mail address"))),
                    .inputTag(
                        ("type", "email"), ("id", "email"), ("name", "email"), ("value", email),
                        ("autocomplete", "username"), ("required", ""),
                        error != nil ? ("aria-describedby", "login-error") : nil)),
                .div(
                    .class("field"),
                    .label(.attr("for", "passwort"), .text(page.t("Passwort", "Password"))),
                    .inputTag(
                        ("type", "password"), ("id", "passwort"), ("name", "passwort"),
                        ("autocomplete", "current-password"), ("required", ""))),
                .button(.type(.submit), .text(page.t("Anmelden", "Sign in")))
            )
        )
    }
}
