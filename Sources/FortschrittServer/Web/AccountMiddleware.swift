import FortschrittDomain
import Hummingbird
import HummingbirdAuth

/// Who is asking, in which language: the visitor's language from its cookie, and the signed-in
/// account for the session, if any. Keeps the session alive while it is used: a session ends after
/// `inactivity` without a request. A deactivated account's session ends at its next request, and so
/// does one that began with another password than the account's current one.
struct AccountMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext
    let accounts: any AccountRepository
    let participants: any ParticipantRepository
    let inactivity: Duration

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        context.language = Language(request)
        if let session = context.sessions.session {
            if let id = session.accountID, let account = try await accounts.account(id: id), account.active,
                session.passwordTag == account.passwordTag
            {
                context.identity = account
                refresh(context)
            } else if let id = session.participantID, let participant = try await participants.participant(id: id),
                participant.confirmedAt != nil, session.passwordTag == participant.passwordTag
            {
                context.participant = participant
                context.follows = try await participants.follows(of: participant.id)
                refresh(context)
            } else {
                context.sessions.clearSession()
            }
        }
        return try await next(request, context)
    }

    func refresh(_ context: Context) {
        context.sessions.withLockedSession { data in
            // Refreshing writes the session; once a minute is enough.
            if let remaining = data?.expiresIn, remaining > inactivity - .seconds(60) { return }
            data?.expiresIn = inactivity
        }
    }
}
