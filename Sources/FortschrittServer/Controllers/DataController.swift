import FortschrittDomain
import Foundation
import Hummingbird

/// The data platform's pages: the open datasets and the ethics register for everyone; the datasets'
/// forms for the strategy office (all) and department editors (their departments' datasets).
struct DataController: Sendable {
    let deps: WebDependencies

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/daten") { request, context in
            try await deps.cache.respond(request, context) {
                DatasetsModel(
                    siteName: await deps.siteName(), datasets: try await deps.datasets.datasets(publicOnly: true),
                    departments: try await departmentNames()
                ).render(PageContext(request, context))
            }
        }
        router.get("/daten/ethik") { request, context in
            try await deps.cache.respond(request, context) {
                EthicsRegisterModel(
                    siteName: await deps.siteName(), datasets: try await deps.datasets.datasets(publicOnly: false),
                    departments: try await departmentNames()
                ).render(PageContext(request, context))
            }
        }
        router.get("/daten/{slug}") { request, context in
            let slug = context.parameters.get("slug") ?? ""
            return try await deps.cache.respond(request, context) {
                guard let found = try await deps.datasets.dataset(slug: slug, publicOnly: true) else {
                    throw HTTPError(.notFound, message: context.language.text(.noDataset(Input.excerpt(slug))))
                }
                return DatasetModel(
                    siteName: await deps.siteName(), dataset: found.dataset,
                    departmentName: try await departmentNames()[found.dataset.department],
                    history: try await deps.datasets.history(of: slug),
                    actors: PublicActors(accounts: try await deps.accounts.accounts())
                ).render(PageContext(request, context))
            }
        }
        addStaffRoutes(to: router)
    }

    func addStaffRoutes(to router: Router<WebRequestContext>) {
        router.keeperRoutes(
            "/verwaltung/daten",
            list: { request, context in
                let account = try Self.dataStaff(request, context)
                let all = try await deps.datasets.datasets(publicOnly: false)
                return HTMLResponse.personal(
                    StaffDatasetsModel(
                        siteName: await deps.siteName(),
                        datasets: all.map { ($0, Access.mayEditDataset(of: $0.department, by: account)) },
                        notice: keptNotice(request, context)
                    ).render(PageContext(request, context)))
            }, form: form, save: save)
    }

    /// Saves what the form posted as a new dataset (`slug` nil) or as a change of the one named,
    /// for the department it names, if this person may keep its datasets; refused on the form.
    func save(_ slug: String?, _ entered: [String: String], _ request: Request, _ context: WebRequestContext)
        async throws -> Response
    {
        let model = try await form(slug, request, context)
        let account = try Self.dataStaff(request, context)
        do {
            var dataset = try DatasetForm.dataset(entered)
            if let existing = model.dataset { dataset.slug = existing.slug }
            dataset.slug = dataset.slug.trimmingCharacters(in: .whitespaces)
            guard Access.mayEditDataset(of: dataset.department, by: account) else {
                throw RuleViolation("fachbereich", .leadOnlyToOwnDepartments)
            }
            if !Access.mayAdminister(account),
                !EthicsRecord.editorMayChange(
                    from: try model.dataset?.ethics.checked(today: deps.today()),
                    to: try dataset.ethics.checked(today: deps.today()))
            {
                throw RuleViolation("pruefung", .reviewByOffice)
            }
            let version = try model.version.map { _ in
                try Input.integer(entered["stand"] ?? "", "stand", in: 1...Int.max)
            }
            _ = try await deps.datasets.save(
                dataset, version: version, reason: entered["grund"] ?? "", actor: account.actorName, at: .now())
            deps.cache.invalidate()
            return Redirect(to: "/verwaltung/daten/\(dataset.slug)?gespeichert=1").response
        } catch let violation as RuleViolation {
            return model.refused(violation, entered: entered, request, context)
        }
    }

    /// The form of the dataset `slug` (nil: a new one), for one who may keep it.
    func form(_ slug: String?, _ request: Request, _ context: WebRequestContext) async throws -> DatasetEditModel {
        let account = try Self.dataStaff(request, context)
        let departments = try await deps.catalogues.departments()
            .filter { Access.mayEditDataset(of: $0.code, by: account) }
        guard let slug else {
            return DatasetEditModel(
                siteName: await deps.siteName(), dataset: nil, version: nil, departments: departments, history: [])
        }
        guard let found = try await deps.datasets.dataset(slug: slug, publicOnly: false) else {
            throw HTTPError(.notFound, message: context.language.text(.noDataset(Input.excerpt(slug))))
        }
        guard Access.mayEditDataset(of: found.dataset.department, by: account) else {
            throw HTTPError(
                .forbidden, message: context.language.text(.datasetOfOtherDepartment(found.dataset.department)))
        }
        return DatasetEditModel(
            siteName: await deps.siteName(), dataset: found.dataset, version: found.version,
            departments: departments, history: try await deps.datasets.history(of: slug),
            notice: keptNotice(request, context))
    }

    func departmentNames() async throws -> [String: String] {
        Dictionary(
            try await deps.catalogues.departments().map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// The strategy office and department editors.
    static func dataStaff(_ request: Request, _ context: WebRequestContext) throws -> Account {
        let account = try Guard.signedIn(request, context)
        guard account.active, account.role == .admin || account.role == .editor else {
            throw HTTPError(.forbidden, message: context.language.text(.onlyDataStaff))
        }
        return account
    }
}
