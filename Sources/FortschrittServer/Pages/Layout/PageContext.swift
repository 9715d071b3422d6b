import FortschrittDomain
import Hummingbird

/// What every page needs to know about the request it answers: language, who is signed in, the
/// CSRF token for its forms and where it is (for the language switch and sign-in return).
struct PageContext: Sendable {
    var language: Language
    var account: Account?
    var csrfToken: String
    /// Path and query of the page.
    var location: String

    init(language: Language, account: Account?, csrfToken: String, location: String) {
        self.language = language
        self.account = account
        self.csrfToken = csrfToken
        self.location = location
    }

    init(_ request: Request, _ context: WebRequestContext) {
        self.init(
            language: context.language, account: context.identity, csrfToken: context.csrfToken,
            location: request.uri.path + (request.uri.query.map { "?" + $0 } ?? ""))
    }

    func text(_ key: Text) -> String { language.text(key) }
}
