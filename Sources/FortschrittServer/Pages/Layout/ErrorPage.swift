import Plot

/// The page shown when a request fails: what happened and, for a bad parameter, which one.
enum ErrorPage {
    static func render(_ problem: Problem, _ page: PageContext, siteName: String) -> String {
        // The detail comes from the rules, which speak English; the page says in its own language what happened.
        let (title, explanation): (String, String)
        switch problem.status.code {
        case 400:
            (title, explanation) = (
                page.text(.badRequest),
                problem.parameter.map {
                    page.text(.badParameterValue("\($0)"))
                }
                    ?? page.text(.badRequestDetail)
            )
        case 403:
            (title, explanation) = (
                page.text(.notAllowed),
                page.text(.youAreNotAllowedToDo)
            )
        case 404:
            (title, explanation) = (
                page.text(.notFound), page.text(.thereIsNoSuchPage)
            )
        default:
            (title, explanation) = (page.text(.error), page.text(.thatDidNotWork))
        }
        return Layout.render(
            page, title: title, siteName: siteName,
            .h1(.text(title)),
            .p(.text(explanation)),
            .p(.class("meta"), .text(page.text(.details) + problem.detail)),
            .p(.a(.attr("href", "/"), .text(page.text(.goToTheStartPage))))
        )
    }
}
