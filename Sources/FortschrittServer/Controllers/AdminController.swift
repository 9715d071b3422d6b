import FortschrittDocuments
import FortschrittDomain
import Foundation
import Hummingbird

/// The strategy office's pages: accounts and the update round. Admins only.
struct AdminController: Sendable {
    let deps: WebDependencies
    let hasher: any PasswordHasher

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/verwaltung/benutzer") { request, context in
            _ = try Guard.admin(request, context)
            var model = try await users()
            model.notice =
                request.uri.queryParameters["gespeichert"] != nil
                ? context.language.text(.saved) : nil
            return HTMLResponse.personal(model.render(PageContext(request, context)))
        }
        router.postForm("/verwaltung/benutzer", NewAccountForm.self) { request, context, posted in
            let admin = try Guard.admin(request, context)
            let form = posted.fields
            let password = form.password ?? ""
            let new = NewAccount(
                email: form.email ?? "", name: form.name ?? "", role: Role(rawValue: form.role ?? "") ?? .reader,
                departments: Self.codes(form.departments))
            do {
                try PasswordRule.check(password)
                _ = try await deps.accounts.create(
                    new, passwordHash: try await hasher.hash(password), actor: admin.actorName)
            } catch let violation as RuleViolation {
                var model = try await users()
                model.values = posted.entered.filter { ["email", "name", "rolle", "fachbereiche"].contains($0.key) }
                model.errors = [UsersModel.formField(violation.subject): context.language.text(.rule(violation.rule))]
                return HTMLResponse.personal(model.render(PageContext(request, context)), status: .unprocessableContent)
            }
            return Redirect(to: "/verwaltung/benutzer?gespeichert=1").response
        }
        router.postForm("/verwaltung/benutzer/{id}", AccountChangeForm.self) { request, context, posted in
            let admin = try Guard.admin(request, context)
            guard let id = context.parameters.get("id").flatMap(Int64.init),
                var account = try await deps.accounts.account(id: id)
            else {
                throw HTTPError(.notFound, message: context.language.text(.noSuchAccount))
            }
            let form = posted.fields
            account.name = form.name ?? account.name
            account.role = Role(rawValue: form.role ?? "") ?? account.role
            account.departments = Self.codes(form.departments)
            account.active = form.active == "1"
            do {
                let password = form.password.nonBlank
                if let password { try PasswordRule.check(password) }
                try await deps.accounts.update(account, actor: admin.actorName)
                if let password {
                    try await deps.accounts.setPassword(
                        of: id, hash: try await hasher.hash(password), actor: admin.actorName)
                }
            } catch let violation as RuleViolation {
                var model = try await users()
                model.notice = nil
                model.rowError = (id, context.language.text(.rule(violation.rule)))
                return HTMLResponse.personal(model.render(PageContext(request, context)), status: .unprocessableContent)
            }
            return Redirect(to: "/verwaltung/benutzer?gespeichert=1").response
        }
        router.get("/verwaltung/postausgang") { request, context in
            _ = try Guard.admin(request, context)
            let model = try await OutboxModel.load(
                deps.mail, siteName: await deps.siteName(), delivering: deps.deliversMail)
            return HTMLResponse.personal(model.render(PageContext(request, context)))
        }
        router.get("/verwaltung/runde") { request, context in
            _ = try Guard.admin(request, context)
            var model = try await round()
            model.notice =
                request.uri.queryParameters["gespeichert"] != nil
                ? context.language.text(.saved) : nil
            return HTMLResponse.personal(model.render(PageContext(request, context), today: deps.today()))
        }
        router.postForm("/verwaltung/runde", RoundForm.self) { request, context, posted in
            let admin = try Guard.admin(request, context)
            do {
                guard let due = CalendarDate(posted.fields.due ?? "") else {
                    throw RuleViolation("due", .dateRequired)
                }
                _ = try await deps.workspace.openRound(
                    in: try await deps.strategy(), dueOn: due, actor: admin.actorName)
            } catch let violation as RuleViolation {
                var model = try await round()
                model.error = context.language.text(.rule(violation.rule))
                return HTMLResponse.personal(
                    model.render(PageContext(request, context), today: deps.today()), status: .unprocessableContent)
            }
            return Redirect(to: "/verwaltung/runde?gespeichert=1").response
        }
        router.postForm("/verwaltung/runde/schliessen", NoFields.self) { request, context, _ in
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
                    .contentDisposition: ContentDisposition.attachment("offene-massnahmen.csv"),
                ],
                body: .init(byteBuffer: ByteBuffer(string: model.missingCSV)))
        }
    }

    /// Departments, fields, statuses and report publishing.
    func addCatalogueRoutes(to router: Router<WebRequestContext>) {
        router.get("/verwaltung/katalog") { request, context in
            _ = try Guard.admin(request, context)
            var model = try await CatalogueAdminModel.load(
                try await deps.strategy(), catalogues: deps.catalogues, council: deps.council,
                texts: try await deps.publishedVersions())
            model.notice =
                request.uri.queryParameters["gespeichert"] != nil
                ? context.language.text(.saved) : nil
            return HTMLResponse.personal(model.render(PageContext(request, context), today: deps.today()))
        }
        catalogueForm(router, "/verwaltung/fachbereiche", DepartmentForm.self, form: "fachbereich") { form, _, admin in
            guard let code = form.code.nonBlank else { throw RuleViolation("code", .departmentNeedsCode) }
            try await deps.catalogues.saveDepartment(
                Department(code: code, name: form.name.nonBlank ?? code), actor: admin.actorName)
        }
        catalogueForm(router, "/verwaltung/handlungsfelder", FieldOfActionForm.self, form: "feld") {
            form, strategy, admin in
            let number = try Input.integer(form.number ?? "", "number", in: 1...999)
            guard let title = form.title.nonBlank else {
                throw RuleViolation("title", .fieldNeedsTitle)
            }
            try await deps.catalogues.update(strategy) { current in
                if current.field(number) != nil {
                    throw RuleViolation("number", .fieldExists("\(number)"))
                }
                if strategy.fieldsFixed { throw RuleViolation("number", .fieldsFixed) }
                return ChangeSet(fields: [FieldOfAction(number: number, title: title)])
            }
        }
        catalogueForm(router, "/verwaltung/status", StatusDefinitionForm.self, form: "statusdef") {
            form, strategy, admin in
            guard let kind = StatusKind(rawValue: form.kind ?? "") else {
                throw RuleViolation("kind", .unknownStatusKind(form.kind ?? ""))
            }
            try await deps.catalogues.defineStatus(
                StatusDefinition(
                    key: form.key.nonBlank ?? "", labelDE: form.labelDE.nonBlank ?? "",
                    labelEN: form.labelEN.nonBlank ?? "", kind: kind), in: strategy, actor: admin.actorName)
        }
        catalogueForm(router, "/verwaltung/berichte", PublishReportForm.self, form: "bericht") {
            form, strategy, admin in
            guard let date = CalendarDate(form.reportDate ?? "") else {
                throw RuleViolation("stichtag", .dateRequired)
            }
            let baseline = try form.baseline.nonBlank.map { text in
                guard let day = CalendarDate(text) else { throw RuleViolation("basis", .notADate(text)) }
                return day
            }
            var participation: [ParticipationSection] = []
            if let chosen = form.participation.nonBlank {
                participation.append(try await deps.participationSection(chosen, for: strategy))
            }
            _ = try await ReportGenerator(
                catalogues: deps.catalogues, council: deps.council, indicators: deps.indicators
            ).publish(
                ReportRequest(
                    strategy: strategy, reportDate: date, baseline: baseline, paper: form.paper.nonBlank,
                    participation: participation),
                actor: admin.actorName)
        }
    }

    /// A form on the catalogue page: done, back to the page; refused, the page again with the reason at the form.
    func catalogueForm<Fields: Decodable & Sendable>(
        _ router: Router<WebRequestContext>, _ path: String, _ fields: Fields.Type, form id: String,
        _ apply: @escaping @Sendable (Fields, Strategy, Account) async throws -> Void
    ) {
        router.postForm(RouterPath(path), Fields.self) { request, context, posted in
            let admin = try Guard.admin(request, context)
            let strategy = try await deps.strategy()
            do {
                try await apply(posted.fields, strategy, admin)
                deps.cache.invalidate()
            } catch let violation as RuleViolation {
                var model = try await CatalogueAdminModel.load(
                    strategy, catalogues: deps.catalogues, council: deps.council,
                    texts: try await deps.publishedVersions())
                model.error = (id, context.language.text(.rule(violation.rule)))
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
