import FortschrittDomain
import Hummingbird

/// A page with a form that a refused post shows again: with what was entered and why it was refused.
protocol FormPage: Sendable {
    var entered: [String: String] { get set }
    var error: String? { get set }
    func render(_ page: PageContext) -> String
}

extension FormPage {
    /// The page again, 422, with the rule in the visitor's language and the fields as entered.
    func refused(
        _ violation: RuleViolation, entered: [String: String], _ request: Request, _ context: WebRequestContext
    ) -> Response {
        var page = self
        page.entered = entered
        page.error = context.language.text(.rule(violation.rule))
        return HTMLResponse.personal(page.render(PageContext(request, context)), status: .unprocessableContent)
    }
}

extension DecisionsModel: FormPage {}
extension EntriesModel: FormPage {}
extension ReviewsModel: FormPage {}
