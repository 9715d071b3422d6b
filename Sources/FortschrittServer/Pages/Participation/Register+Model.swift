import FortschrittDomain

/// Registering to take part: address, display name, password, and the two consents asked for
/// separately. After sending, the page says the same whether or not the address was known.
struct RegisterModel: Sendable {
    var siteName: String
    var email = ""
    var displayName = ""
    var consentToPublish = false
    /// Field (`email`, `name`, `password`, `consent`) → message.
    var errors: [String: String] = [:]
    var sent = false

    init(siteName: String) {
        self.siteName = siteName
    }

    /// The form's field ids for a rule's subject.
    static func field(_ subject: String) -> String {
        switch subject {
        case "email": return "email"
        case "name": return "anzeigename"
        case "password": return "passwort"
        default: return "einwilligung"
        }
    }
}

/// The confirmation link's page: a button to confirm (mail scanners open links, so a GET changes
/// nothing), then the outcome.
struct ConfirmModel: Sendable {
    enum State: Sendable {
        case ask(token: String)
        case confirmed, invalid
    }
    var siteName: String
    var state: State
}
