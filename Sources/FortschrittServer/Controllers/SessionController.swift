import FortschrittDomain
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth

/// Signing in and out. A fresh session id at every sign-in; failed attempts are slowed and then
/// locked, per account and per address, with the counters in the database.
struct SessionController: Sendable {
    let deps: WebDependencies
    let hasher: any PasswordHasher
    let throttle: LoginThrottle
    let sessionStore: SessionStorage<WebSession>
    let inactivity: Duration
    /// Take the client address from X-Forwarded-For (only behind a proxy that sets it).
    let trustForwardedFor: Bool
    let secrets: ServerSecrets
    let secureCookies: Bool
    let gate = SignInGate(limit: 2)

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/anmelden") { request, context in
            if context.identity != nil { throw Redirect(to: "/arbeitsbereich") }
            let next = Guard.localPath(request.uri.queryParameters["weiter"].map(String.init))
            return try await page(request, context, LoginModel(email: "", next: next == "/" ? "/arbeitsbereich" : next))
        }
        router.postForm("/anmelden", SignInForm.self) { request, context, posted in
            // bcrypt is slow on purpose: a few attempts at a time per instance (the counting is atomic anyway).
            try await gate.run { try await signIn(posted.fields, request, context) }
        }
        router.postForm("/abmelden", NoFields.self) { request, context, _ in
            if context.identity != nil || context.sessions.session != nil {
                _ = try? await sessionStore.delete(request: request)
            }
            context.sessions.clearSession()
            return Redirect(to: "/").response
        }
    }

    func signIn(_ form: SignInForm, _ request: Request, _ context: WebRequestContext) async throws -> Response {
        let email = NewAccount.normalised(email: form.email ?? "")
        let password = form.password ?? ""
        let next = Guard.localPath(form.next)
        var model = LoginModel(email: email, next: next)
        let now = RecordedTime.now().microseconds
        let address = address(request, context)
        let (accountKey, addressKey, place) = ("account:\(email)", "address:\(address)", "\(email)|\(address)")
        // Where the holder signed in before — this browser, or else this address — a lock caused from
        // elsewhere does not count: this browser's attempts are counted under its own id, this address's
        // under the pair of account and address, and the address.
        // A device cookie holds for the account's current password only: a new password revokes them all.
        let credentials = try await deps.accounts.credentials(email: email)
        let holder = "\(email)\u{0}\(credentials?.account.passwordTag ?? "")"
        let deviceKey = try await secrets.key("device")
        let device = KnownDevice.id(in: request.cookies[KnownDevice.cookie]?.value, holder: holder, key: deviceKey)
        // The key counted for this place; a known browser counts nowhere else.
        let ownKey: String
        if let device {
            ownKey = "device:\(device)"
        } else if try await deps.accounts.signedInBefore(place, now: now) {
            ownKey = "place:\(place)"
        } else {
            ownKey = accountKey
        }
        let keys = device == nil ? [ownKey, addressKey] : [ownKey]

        // The holder hears of a lock of their account caused from a place they never signed in from.
        let lockNotice = credentials.flatMap { found in
            ownKey == accountKey && found.account.active ? Self.lockNotice(to: found.account, throttle) : nil
        }
        switch try await deps.accounts.admitSignIn(keys: keys, throttle: throttle, at: now, lockNotice: lockNotice) {
        case .allowed:
            break
        case .wait(let seconds):
            model.error = context.language.text(.tooManyFailedAttemptsPleaseWait("\(seconds)"))
            return try await page(request, context, model, status: .tooManyRequests)
        case .locked(let until):
            let minutes = max(1, (until - now + 59_999_999) / 60_000_000)
            model.error = context.language.text(.signingInIsLockedForMinutes("\(minutes)"))
            return try await page(request, context, model, status: .tooManyRequests)
        }

        // An unknown address costs as much time as a wrong password, so the answer tells nothing.
        let valid =
            try await hasher.verify(password, hash: credentials?.passwordHash ?? UnknownAccount.passwordHash)
            && credentials?.account.active == true
        // The attempt was counted as a failure when it was admitted.
        guard valid, let account = credentials?.account else {
            model.error = context.language.text(.signInFailed)
            return try await page(request, context, model, status: .unauthorized)
        }
        try await deps.accounts.signInSucceeded(
            clearing: Array(Set([accountKey, ownKey])), takingBack: device == nil ? [addressKey] : [],
            remembering: place, admittedAt: now)
        // A fresh session id: the old session (if any) ends, the new one gets a new id.
        if context.sessions.session != nil { _ = try? await sessionStore.delete(request: request) }
        // The tag of the hash this password was checked against: if it changed meanwhile, the session ends.
        context.sessions.createSession(
            WebSession(accountID: account.id, passwordTag: account.passwordTag), expiresIn: inactivity)
        var response = Redirect(to: next).response
        response.headers[values: .setCookie].append(
            KnownDevice.cookieValue(
                id: device ?? CSRFToken.random(), holder: holder, key: deviceKey, secure: secureCookies))
        return response
    }

    /// In German and English: staff accounts have no language of their own.
    static func lockNotice(to account: Account, _ throttle: LoginThrottle) -> MailMessage {
        let (attempts, minutes) = ("\(throttle.lockAfter)", "\(throttle.lockSeconds / 60)")
        return .bilingual(
            kind: "sign-in-locked", to: account.email, subject: { $0.text(.lockMailSubject) },
            body: { $0.text(.lockMailBody(attempts, minutes)) })
    }

    func address(_ request: Request, _ context: WebRequestContext) -> String {
        Self.clientAddress(request, context, trustForwardedFor: trustForwardedFor)
    }

    static func clientAddress(_ request: Request, _ context: WebRequestContext, trustForwardedFor: Bool) -> String {
        // The last entry is the one our proxy added; earlier ones are whatever the client sent.
        if trustForwardedFor, let forwarded = request.headers[.xForwardedFor]?.split(separator: ",").last {
            return forwarded.trimmingCharacters(in: .whitespaces)
        }
        return context.peerAddress ?? "unknown"
    }

    func page(_ request: Request, _ context: WebRequestContext, _ model: LoginModel, status: HTTPResponse.Status = .ok)
        async throws -> Response
    {
        var response = HTMLResponse(model.render(PageContext(request, context), siteName: await deps.siteName()))
            .response
        response.status = status
        response.headers[.cacheControl] = "no-store"
        return response
    }
}

enum UnknownAccount {
    /// A bcrypt hash no password matches, checked for unknown addresses so they take as long as wrong passwords.
    static let passwordHash = "$2b$12$C6UzMDM.H6dfI/f/IKxGhuZ3Ytt4x5x9u2HEHlQZfVw3b7o4E8q1i"
}
