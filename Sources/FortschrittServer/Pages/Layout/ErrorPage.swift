import Plot

/// The page shown when a request fails: what happened and, for a bad parameter, which one.
enum ErrorPage {
    static func render(_ problem: Problem, _ page: PageContext, siteName: String) -> String {
        let title: String
        switch problem.status.code {
        case 400: title = page.t("Ungültige Anfrage", "Bad request")
        case 403: title = page.t("Keine Berechtigung", "Not allowed")
        case 404: title = page.t("Nicht gefunden", "Not found")
        default: title = page.t("Fehler", "Error")
        }
        return Layout.render(page, title: title, siteName: siteName,
            .h1(.text(title)),
            .p(.text(problem.parameter.map { page.t("Parameter „\($0)“: ", "Parameter '\($0)': ") } ?? ""), .text(problem.detail)),
            .p(.a(.attr("href", "/"), .text(page.t("Zur Startseite", "Go to the start page"))))
        )
    }
}
