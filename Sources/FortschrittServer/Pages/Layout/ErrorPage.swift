import Plot

/// The page shown when a request fails: what happened and, for a bad parameter, which one.
enum ErrorPage {
    static func render(_ problem: Problem, _ page: PageContext, siteName: String) -> String {
        // The detail comes from the rules, which speak English; the page says in its own language what happened.
        let (title, explanation): (String, String)
        switch problem.status.code {
        case 400:
            (title, explanation) = (
                page.t("Ungültige Anfrage", "Bad request"),
                problem.parameter.map {
                    page.t(
                        "Der Parameter „\($0)“ hat einen Wert, der nicht passt.",
                        "The parameter '\($0)' has a value that does not fit.")
                }
                    ?? page.t("Die Anfrage passt nicht.", "The request does not fit.")
            )
        case 403:
            (title, explanation) = (
                page.t("Keine Berechtigung", "Not allowed"),
                page.t("Dafür fehlt Ihnen die Berechtigung.", "You are not allowed to do this.")
            )
        case 404:
            (title, explanation) = (
                page.t("Nicht gefunden", "Not found"), page.t("Diese Seite gibt es nicht.", "There is no such page.")
            )
        default:
            (title, explanation) = (page.t("Fehler", "Error"), page.t("Das hat nicht geklappt.", "That did not work."))
        }
        return Layout.render(
            page, title: title, siteName: siteName,
            .h1(.text(title)),
            .p(.text(explanation)),
            .p(.class("meta"), .text(page.t("Einzelheiten: ", "Details: ") + problem.detail)),
            .p(.a(.attr("href", "/"), .text(page.t("Zur Startseite", "Go to the start page"))))
        )
    }
}
