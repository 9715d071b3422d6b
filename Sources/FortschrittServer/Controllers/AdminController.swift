import FortschrittDocuments
import FortschrittDomain
import Foundation
import Hummingbird

/// The strategy office's pages: accounts and the update round. Admins only.
struct AdminController<
    Catalogues: CatalogueRepository, Council: CouncilRepository, Accounts: AccountRepository,
    Workspace: WorkspaceRepository
>: Sendable {
    let deps: WebDependencies<Catalogues, Council, Accounts, Workspace>
    let hasher: any PasswordHasher

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/verwaltung/benutzer") { request, context in
            _ = try Guard.admin(request, context)
            var model = try await users()
            model.notice =
                request.uri.queryParameters["gespeichert"] != nil
                ? context.language.pick("Gespeichert.", "Saved.") : nil
            return HTMLResponse.personal(model.render(PageContext(request, context)))
        }
        router.post("/verwaltung/benutzer") { request, context in
            let admin = try Guard.admin(request, context)
            let form = try await FormData.read(request, context)
            let password = form["passwort"] ?? ""
            let new = NewAccount(
                email: form["email"] ?? "", name: form["name"] ?? "",
                role: Role(rawValue: form["rolle"] ?? "") ?? .reader,
                departments: Self.codes(form["fachbereiche"]))
            do {
                try PasswordRule.check(password)
                _ = try await deps.accounts.create(
                    new, passwordHash: await hasher.hash(password), actor: admin.actorName)
            } catch let violation as RuleViolation {
                var model = try await users()
                model.values = [
                    "email": form["email"] ?? "", "name": form["name"] ?? "", "rolle": form["rolle"] ?? "",
                    "fachbereiche": form["fachbereiche"] ?? "",
                ]
                model.errors = [UsersModel.formField(violation.subject): violation.message]
                return HTMLResponse.personal(model.render(PageContext(request, context)), status: .unprocessableContent)
            }
            return Redirect(to: "/verwaltung/benutzer?gespeichert=1").response
        }
        router.post("/verwaltung/benutzer/{id}") { request, context in
            let admin = try Guard.admin(request, context)
            guard let id = context.parameters.get("id").flatMap(Int64.init),
                var account = try await deps.accounts.account(id: id)
            else {
                throw HTTPError(.notFound, message: "There is no such account.")
            }
            let form = try await FormData.read(request, context)
            account.name = form["name"] ?? account.name
            account.role = Role(rawValue: form["rolle"] ?? "") ?? account.role
            account.departments = Self.codes(form["fachbereiche"])
            account.active = form["aktiv"] == "1"
            do {
                let password = form.text("passwort")
                if let password { try PasswordRule.check(password) }
                try await deps.accounts.update(account, actor: admin.actorName)
                if let password {
                    try await deps.accounts.setPassword(
                        of: id, hash: await hasher.hash(password), actor: admin.actorName)
                }
            } catch let violation as RuleViolation {
                var model = try await users()
                model.notice = nil
                model.rowError = (id, violation.message)
                return HTMLResponse.personal(model.render(PageContext(request, context)), status: .unprocessableContent)
            }
            return Redirect(to: "/verwaltung/benutzer?gespeichert=1").response
        }
        router.get("/verwaltung/runde") { request, context in
            _ = try Guard.admin(request, context)
            var model = try await round()
            model.notice =
                request.uri.queryParameters["gespeichert"] != nil
                ? context.language.pick("Gespeichert.", "Saved.") : nil
            return HTMLResponse.personal(model.render(PageContext(request, context), today: deps.today()))
        }
        router.post("/verwaltung/runde") { request, context in
            let admin = try Guard.admin(request, context)
            let form = try await FormData.read(request, context)
            do {
                guard let due = CalendarDate(form["faellig"] ?? "") else {
                    let message = context.language.pick(
                        "Bitte ein Fälligkeitsdatum angeben.", "Please enter a due date.")
                    throw RuleViolation("due", message)
                }
                _ = try await deps.workspace.openRound(
                    in: try await deps.strategy(), dueOn: due, actor: admin.actorName)
            } catch let violation as RuleViolation {
                var model = try await round()
                model.error = violation.message
                return HTMLResponse.personal(
                    model.render(PageContext(request, context), today: deps.today()), status: .unprocessableContent)
            }
            return Redirect(to: "/verwaltung/runde?gespeichert=1").response
        }
        router.post("/verwaltung/runde/schliessen") { request, context in
            let admin = try Guard.admin(request, context)
            if let round = try await deps.workspace.currentRound(in: try await deps.strategy()), round.isOpen {
                try await deps.workspace.closeRound(round.id, actor: admin.actorName)
            }
            return Redirect(to: "/verwaltung/runde?gespeichert=1").response
        }
        router.get("/verwaltung/runde/offen.csv") { request, context in
            _ = try Guard.admin(request, context)
            let model = try await round()
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/csv; charset=utf-8", .cacheControl: "no-store",
                    .contentDisposition: "attachment; filename=\"offene-massnahmen.csv\"",
                ],
                body: .init(byteBuffer: ByteBuffer(string: model.missingCSV)))
        }
    }

    /// Departments, fields, statuses and report publishing.
    func addCatalogueRoutes(to router: Router<WebRequestContext>) {
        router.get("/verwaltung/katalog") { request, context in
            _ = try Guard.admin(request, context)
            var model = try await CatalogueAdminModel.load(
                try await deps.strategy(), catalogues: deps.catalogues, council: deps.council)
            model.notice =
                request.uri.queryParameters["gespeichert"] != nil
                ? context.language.pick("Gespeichert.", "Saved.") : nil
            return HTMLResponse.personal(model.render(PageContext(request, context), today: deps.today()))
        }
        catalogueForm(router, "/verwaltung/fachbereiche", form: "fachbereich") { form, _, admin in
            guard let code = form.text("kuerzel") else { throw RuleViolation("code", "a department needs a code") }
            try await deps.catalogues.saveDepartment(
                Department(code: code, name: form.text("name") ?? code), actor: admin.actorName)
        }
        catalogueForm(router, "/verwaltung/handlungsfelder", form: "feld") { form, strategy, admin in
            let number = try Input.integer(form["nummer"] ?? "", "number", in: 1...999)
            guard let title = form.text("titel") else {
                throw RuleViolation("title", "a field of action needs a title")
            }
            try await deps.catalogues.update(strategy) { current in
                if current.field(number) != nil {
                    throw RuleViolation("number", "field of action \(number) exists already")
                }
                if strategy.fieldsFixed { throw RuleViolation("number", "the strategy's fields of action are fixed") }
                return ChangeSet(fields: [FieldOfAction(number: number, title: title)])
            }
        }
        catalogueForm(router, "/verwaltung/status", form: "statusdef") { form, strategy, admin in
            guard let kind = StatusKind(rawValue: form["art"] ?? "") else {
                throw RuleViolation("kind", "unknown kind")
            }
            try await deps.catalogues.defineStatus(
                StatusDefinition(
                    key: form.text("schluessel") ?? "", labelDE: form.text("de") ?? "",
                    labelEN: form.text("en") ?? "", kind: kind), in: strategy, actor: admin.actorName)
        }
        catalogueForm(router, "/verwaltung/berichte", form: "bericht") { form, strategy, admin in
            guard let date = CalendarDate(form["stichtag"] ?? "") else {
                throw RuleViolation("stichtag", "a report needs a reporting date")
            }
            let baseline = try form.text("basis").map { text in
                guard let day = CalendarDate(text) else { throw RuleViolation("basis", "'\(text)' is not a date") }
                return day
            }
            do {
                _ = try await ReportGenerator(catalogues: deps.catalogues, council: deps.council).publish(
                    ReportRequest(
                        strategy: strategy, reportDate: date, baseline: baseline, paper: form.text("vorlage")),
                    actor: admin.actorName)
            } catch let failure as ReportGenerator<Catalogues, Council>.Failure {
                throw RuleViolation("bericht", failure.description)
            }
        }
    }

    /// A form on the catalogue page: done, back to the page; refused, the page again with the reason at the form.
    func catalogueForm(
        _ router: Router<WebRequestContext>, _ path: String, form id: String,
        _ apply: @escaping @Sendable (FormData, Strategy, Account) async throws -> Void
    ) {
        router.post(RouterPath(path)) { request, context in
            let admin = try Guard.admin(request, context)
            let strategy = try await deps.strategy()
            do {
                try await apply(try await FormData.read(request, context), strategy, admin)
                deps.cache.invalidate()
            } catch let violation as RuleViolation {
                var model = try await CatalogueAdminModel.load(
                    strategy, catalogues: deps.catalogues, council: deps.council)
                model.error = (id, violation.message)
                return HTMLResponse.personal(
                    model.render(PageContext(request, context), today: deps.today()), status: .unprocessableContent)
            }
            return Redirect(to: "/verwaltung/katalog?gespeichert=1").response
        }
    }

    func users() async throws -> UsersModel {
        try await UsersModel.load(
            siteName: await deps.siteName(), accounts: deps.accounts, catalogues: deps.catalogues,
            strategy: try await deps.strategy())
    }

    func round() async throws -> RoundModel {
        try await RoundModel.load(
            try await deps.strategy(), siteName: await deps.siteName(), catalogues: deps.catalogues,
            workspace: deps.workspace)
    }

    static func codes(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
