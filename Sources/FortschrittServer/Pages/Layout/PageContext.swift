import FortschrittDomain
import Hummingbird

/// What every page needs to know about the request it answers: language, who is signed in, the
/// CSRF token for its forms and where it is (for the language switch and sign-in return).
struct PageContext: Sendable {
    var language: Language
    var account: Account?
    /// A signed-in participant (staff pages never see one as `account`).
    var participant: Participant?
    /// What the participant follows.
    var follows: [Follow] = []
    var csrfToken: String
    /// Path and query of the page.
    var location: String

    init(
        language: Language, account: Account?, participant: Participant? = nil, csrfToken: String, location: String
    ) {
        self.language = language
        self.account = account
        self.participant = participant
        self.csrfToken = csrfToken
        self.location = location
    }

    init(_ request: Request, _ context: WebRequestContext) {
        self.init(
            language: context.language, account: context.identity, participant: context.participant,
            csrfToken: context.csrfToken,
            location: request.uri.path + (request.uri.query.map { "?" + $0 } ?? ""))
        follows = context.follows
    }

    func text(_ key: Text) -> String { language.text(key) }
}
