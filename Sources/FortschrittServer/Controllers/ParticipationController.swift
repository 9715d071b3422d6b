import FortschrittDomain
import FortschrittExchange
import Foundation
import Hummingbird
import HummingbirdAuth

/// Registering to take part, with the address confirmed through a mailed link (double opt-in).
struct ParticipationController: Sendable {
    let deps: WebDependencies
    let hasher: any PasswordHasher
    let address: PublicAddress
    let throttle: LoginThrottle
    let trustForwardedFor: Bool
    let inactivity: Duration
    let sessionStore: SessionStorage<WebSession>
    /// bcrypt is slow on purpose: registrations and sign-ins hash a few at a time per instance.
    let gate = SignInGate(limit: 2)

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/registrieren") { request, context in
            HTMLResponse.personal(RegisterModel(siteName: await deps.siteName()).render(PageContext(request, context)))
        }
        router.postForm("/registrieren", RegisterForm.self) { request, context, posted in
            try await gate.run { try await register(posted.fields, request, context) }
        }
        router.get("/registrieren/bestaetigen") { request, context in
            let token = try Input.text(String(request.uri.queryParameters["t"] ?? ""), "t", limit: 100)
            let state: ConfirmModel.State = token.isEmpty ? .invalid : .ask(token: token)
            return HTMLResponse.personal(
                ConfirmModel(siteName: await deps.siteName(), state: state).render(PageContext(request, context)))
        }
        router.postForm("/registrieren/bestaetigen", ConfirmForm.self) { request, context, posted in
            let token = try Input.text(posted.fields.token ?? "", "t", limit: 100)
            let confirmed = try await deps.participants.confirm(tokenHash: Self.hash(token), at: .now())
            let model = ConfirmModel(siteName: await deps.siteName(), state: confirmed == nil ? .invalid : .confirmed)
            return HTMLResponse.personal(
                model.render(PageContext(request, context)), status: confirmed == nil ? .notFound : .ok)
        }
    }

    func register(_ form: RegisterForm, _ request: Request, _ context: WebRequestContext) async throws -> Response {
        var model = RegisterModel(siteName: await deps.siteName())
        model.email = form.email ?? ""
        model.displayName = form.name ?? ""
        model.consentToPublish = form.consentToPublish == "1"
        let entered = Registration(
            email: model.email, displayName: model.displayName, consentToProcess: form.consentToProcess == "1",
            consentToPublish: model.consentToPublish)
        let registration: Registration
        switch Result(catching: { () throws(RuleViolation) in try entered.checked(password: form.password ?? "") }) {
        case .success(let checked):
            registration = checked
        case .failure(let violation):
            model.errors = [RegisterModel.field(violation.subject): context.language.text(.rule(violation.rule))]
            return HTMLResponse.personal(model.render(PageContext(request, context)), status: .unprocessableContent)
        }
        let token = CSRFToken.random()
        let link = try address.base(for: request) + "/registrieren/bestaetigen?t=\(token)"
        let language = context.language
        try await deps.participants.register(
            registration, passwordHash: try await hasher.hash(form.password ?? ""), tokenHash: Self.hash(token),
            at: .now(),
            confirmation: MailMessage(
                kind: "confirm-address", to: registration.email, subject: language.text(.confirmMailSubject),
                body: language.text(.confirmMailBody(link, "\(Registration.confirmationHours)"))),
            alreadyRegistered: MailMessage(
                kind: "already-registered", to: registration.email,
                subject: language.text(.alreadyRegisteredMailSubject),
                body: language.text(.alreadyRegisteredMailBody)
            ))
        model.sent = true
        return HTMLResponse.personal(model.render(PageContext(request, context)))
    }

    /// Participants sign in like staff, throttled per address and per account (keys of their own),
    /// into a session that knows a participant, never an account.
    func addSignInRoutes(to router: Router<WebRequestContext>) {
        router.get("/beteiligung/anmelden") { request, context in
            try await signInPage(request, context, LoginModel(email: "", next: "/strategien", participant: true))
        }
        router.postForm("/beteiligung/anmelden", SignInForm.self) { request, context, posted in
            try await gate.run { try await signIn(posted.fields, request, context) }
        }
    }

    /// A participant's own account: what is kept, the download of all of it, and its erasure.
    func addAccountRoutes(to router: Router<WebRequestContext>) {
        router.get("/beteiligung/konto") { request, context in
            let participant = try signedInParticipant(request, context)
            return try await accountPage(request, context, participant, error: nil)
        }
        router.get("/beteiligung/konto/daten.json") { request, context in
            let participant = try signedInParticipant(request, context)
            guard let data = try await deps.participants.export(participant.id) else {
                throw HTTPError(.notFound, message: context.language.text(.rule(.accountErased)))
            }
            var response = try JSONResponse(value: ParticipantDataDocument(data)).response(
                from: request, context: context)
            response.headers[.contentDisposition] = ContentDisposition.attachment("meine-daten.json")
            response.headers[.cacheControl] = "no-store"
            return response
        }
        router.postForm("/beteiligung/konto/loeschen", EraseAccountForm.self) { request, context, posted in
            let participant = try signedInParticipant(request, context)
            // The password is guessed no more easily here than at the sign-in: the same counters.
            let now = RecordedTime.now().microseconds
            let client = SessionController.clientAddress(request, context, trustForwardedFor: trustForwardedFor)
            let (ownKey, addressKey) = ("participant:\(participant.email)", "address:\(client)")
            if let refusal = try await admit(keys: [ownKey, addressKey], at: now, context) {
                return try await accountPage(request, context, participant, error: refusal, status: .tooManyRequests)
            }
            return try await gate.run {
                guard let credentials = try await deps.participants.credentials(email: participant.email),
                    try await hasher.verify(posted.fields.password ?? "", hash: credentials.passwordHash)
                else {
                    return try await accountPage(
                        request, context, participant, error: context.language.text(.passwordWrong),
                        status: .unprocessableContent)
                }
                try await deps.accounts.signInSucceeded(
                    clearing: [ownKey], takingBack: [addressKey],
                    remembering: "participant|\(participant.email)|\(client)",
                    admittedAt: now)
                let withdrawing = posted.fields.contributions == "1"
                try await deps.participants.erase(participant.id, withdrawingContributions: withdrawing, at: .now())
                deps.cache.refresh()
                _ = try? await sessionStore.delete(request: request)
                context.sessions.clearSession()
                let model = AccountErasedModel(siteName: await deps.siteName(), withdrawn: withdrawing)
                var page = PageContext(request, context)
                page.participant = nil
                return HTMLResponse.personal(model.render(page))
            }
        }
    }

    /// Following and unfollowing, from the pages of what is followed and from the account page.
    func addFollowRoutes(to router: Router<WebRequestContext>) {
        router.postForm("/beteiligung/folgen", FollowForm.self) { request, context, posted in
            guard let participant = context.participant else { throw Guard.signInFirst(request) }
            let target = try await followTarget(posted.fields.target)
            let frequency: Follow.Frequency = try Input.choice(posted.fields.frequency ?? "", "haeufigkeit")
            try await deps.participants.follow(target, frequency: frequency, by: participant.id, at: .now())
            return Redirect(to: Guard.localPath(posted.fields.next)).response
        }
        router.postForm("/beteiligung/folgen/beenden", FollowForm.self) { request, context, posted in
            guard let participant = context.participant else { throw Guard.signInFirst(request) }
            let target = try Follow.Target(key: posted.fields.target ?? "")
            try await deps.participants.unfollow(target, by: participant.id, at: .now())
            return Redirect(to: "/beteiligung/konto#folgen").response
        }
    }

    /// The posted target, refused (naming `ziel`) unless it exists: a strategy, a block of one of its
    /// published versions, a measure of the portal's catalogue (the first strategy's).
    func followTarget(_ key: String?) async throws -> Follow.Target {
        let target = try Follow.Target(key: key ?? "")
        let strategies = try await deps.catalogues.strategies()
        let exists: Bool
        switch target {
        case .strategy(let slug):
            exists = strategies.contains { $0.slug == slug }
        case .block(let slug, let block):
            if let strategy = strategies.first(where: { $0.slug == slug }), let id = BlockID(block) {
                exists = try await deps.texts.versions(of: strategy).contains {
                    $0.state == .published && $0.block(id) != nil
                }
            } else {
                exists = false
            }
        case .measure(let number):
            // One measure's history, not the whole catalogue: a measure exists once it has an event.
            if let portal = strategies.min(by: { $0.id < $1.id }), let wanted = MeasureNumber(number) {
                exists = try await !deps.catalogues.history(of: wanted, in: portal).isEmpty
            } else {
                exists = false
            }
        }
        guard exists else { throw RuleViolation("ziel", .unknownFollowTarget) }
        return target
    }

    func signedInParticipant(_ request: Request, _ context: WebRequestContext) throws -> Participant {
        guard let participant = context.participant else {
            throw Redirect(to: "/beteiligung/anmelden?weiter=\(Query.escape("/beteiligung/konto"))")
        }
        return participant
    }

    func accountPage(
        _ request: Request, _ context: WebRequestContext, _ participant: Participant, error: String?,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let export = try await deps.participants.export(participant.id)
        let model = ParticipantAccountModel(
            siteName: await deps.siteName(), participant: participant, contributions: export?.contributions.count ?? 0,
            follows: export?.follows ?? [], error: error)
        return HTMLResponse.personal(model.render(PageContext(request, context)), status: status)
    }

    func signIn(_ form: SignInForm, _ request: Request, _ context: WebRequestContext) async throws -> Response {
        let email = NewAccount.normalised(email: form.email ?? "")
        var model = LoginModel(email: email, next: Guard.localPath(form.next), participant: true)
        let now = RecordedTime.now().microseconds
        let client = SessionController.clientAddress(request, context, trustForwardedFor: trustForwardedFor)
        let (ownKey, addressKey) = ("participant:\(email)", "address:\(client)")
        if let refusal = try await admit(keys: [ownKey, addressKey], at: now, context) {
            model.error = refusal
            return try await signInPage(request, context, model, status: .tooManyRequests)
        }
        let credentials = try await deps.participants.credentials(email: email)
        // An unknown address costs as much time as a wrong password.
        let valid = try await hasher.verify(
            form.password ?? "", hash: credentials?.passwordHash ?? UnknownAccount.passwordHash)
        guard valid, let participant = credentials?.participant else {
            model.error = context.language.text(.signInFailed)
            return try await signInPage(request, context, model, status: .unauthorized)
        }
        guard participant.confirmedAt != nil else {
            model.error = context.language.text(.confirmAddressFirst)
            return try await signInPage(request, context, model, status: .forbidden)
        }
        try await deps.accounts.signInSucceeded(
            clearing: [ownKey], takingBack: [addressKey], remembering: "participant|\(email)|\(client)",
            admittedAt: now)
        // A fresh session id: the old session (if any) ends.
        if context.sessions.session != nil { _ = try? await sessionStore.delete(request: request) }
        context.sessions.createSession(
            WebSession(participantID: participant.id, passwordTag: participant.passwordTag), expiresIn: inactivity)
        return Redirect(to: model.next == "/" ? "/strategien" : model.next).response
    }

    /// Counts a password attempt for these keys (as failed until it succeeds); the refusal to show
    /// when there were too many.
    func admit(keys: [String], at now: Int64, _ context: WebRequestContext) async throws -> String? {
        switch try await deps.accounts.admitSignIn(keys: keys, throttle: throttle, at: now, lockNotice: nil) {
        case .allowed: return nil
        case .wait(let seconds): return context.language.text(.tooManyFailedAttemptsPleaseWait("\(seconds)"))
        case .locked(let until):
            let minutes = max(1, (until - now + 59_999_999) / 60_000_000)
            return context.language.text(.signingInIsLockedForMinutes("\(minutes)"))
        }
    }

    func signInPage(
        _ request: Request, _ context: WebRequestContext, _ model: LoginModel, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        HTMLResponse.personal(
            model.render(PageContext(request, context), siteName: await deps.siteName()), status: status)
    }

    /// Tokens are stored as their SHA-256: a copy of the database confirms nothing.
    static func hash(_ token: String) -> String { Digest.sha256(token) }
}
