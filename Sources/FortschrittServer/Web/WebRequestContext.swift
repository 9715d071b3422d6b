import FortschrittDomain
import Hummingbird
import HummingbirdAuth
import NIOCore

/// What a web session remembers: who signed in — a staff account or a participant, never both —
/// with which password (its tag). Everything else is read from the database.
public struct WebSession: Codable, Sendable, Equatable {
    var accountID: Account.ID?
    var participantID: Participant.ID?
    var passwordTag: String?

    init(accountID: Account.ID, passwordTag: String?) {
        self.accountID = accountID
        self.passwordTag = passwordTag
    }

    init(participantID: Participant.ID, passwordTag: String?) {
        self.participantID = participantID
        self.passwordTag = passwordTag
    }

    /// The name of the session cookie.
    static let cookie = "session"
}

/// The request context of every route: the session, the signed-in account, the page language and
/// the CSRF token forms must carry.
public struct WebRequestContext: AuthRequestContext, SessionRequestContext, RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var identity: Account?
    /// A signed-in participant (not staff: `identity` stays nil).
    var participant: Participant?
    /// What the signed-in participant follows (its pages say so at their follow form).
    var follows: [Follow] = []
    public let sessions: SessionContext<WebSession>
    var language: Language = .de
    var csrfToken = ""
    /// The connection, for the peer's address (asked only when a sign-in fails or is counted).
    private let channel: any Channel
    /// The peer's IP address, for counting failed sign-ins per address.
    var peerAddress: String? { channel.remoteAddress?.ipAddress }

    public init(source: Source) {
        self.coreContext = .init(source: source)
        self.channel = source.channel
        self.identity = nil
        self.sessions = .init()
    }

    /// Someone is signed in: staff or a participant.
    var isSignedIn: Bool { identity != nil || participant != nil }

    /// Form bodies are small; anything larger is refused before it is read.
    public var maxUploadSize: Int { 1 << 20 }

    /// The measure a route's `{number}` names.
    func measureNumber() throws -> MeasureNumber {
        let text = parameters.get("number") ?? ""
        guard let number = MeasureNumber(text) else {
            throw HTTPError(.notFound, message: language.text(.notAMeasureNumber(text)))
        }
        return number
    }
}
