import Crypto
import FortschrittDomain
import Foundation
import Hummingbird

/// Registering to take part, with the address confirmed through a mailed link (double opt-in).
struct ParticipationController: Sendable {
    let deps: WebDependencies
    let hasher: any PasswordHasher
    let address: PublicAddress

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/registrieren") { request, context in
            HTMLResponse.personal(RegisterModel(siteName: await deps.siteName()).render(PageContext(request, context)))
        }
        router.postForm("/registrieren", RegisterForm.self) { request, context, posted in
            let form = posted.fields
            var model = RegisterModel(siteName: await deps.siteName())
            model.email = form.email ?? ""
            model.displayName = form.name ?? ""
            model.consentToPublish = form.consentToPublish == "1"
            let registration: Registration
            do {
                registration = try Registration(
                    email: model.email, displayName: model.displayName, consentToProcess: form.consentToProcess == "1",
                    consentToPublish: model.consentToPublish
                ).checked(password: form.password ?? "")
            } catch let violation as RuleViolation {
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

    /// Tokens are stored as their SHA-256: a copy of the database confirms nothing.
    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
