import FortschrittDomain
import Foundation
import Hummingbird

/// The applications built on the data platform: their pages for everyone; their forms and findings for
/// the strategy office (all) and department editors (their departments' applications); putting a
/// finding's question to a discussion for the strategy office, which enters every contribution.
struct ApplicationController: Sendable {
    let deps: WebDependencies

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/daten/anwendungen") { request, context in
            try await deps.cache.respond(request, context) {
                ApplicationsModel(
                    siteName: await deps.siteName(), applications: try await deps.applications.applications(),
                    departments: try await DataController(deps: deps).departmentNames()
                ).render(PageContext(request, context))
            }
        }
        router.get("/daten/anwendungen/{slug}") { request, context in
            let slug = context.parameters.get("slug") ?? ""
            return try await deps.cache.respond(request, context) {
                try await shown(slug, context).render(PageContext(request, context))
            }
        }
        addStaffRoutes(to: router)
        addFindingRoutes(to: router)
    }

    /// An application as the public sees it: only open datasets by name, the others counted.
    func shown(_ slug: String, _ context: WebRequestContext) async throws -> ApplicationModel {
        guard let found = try await deps.applications.application(slug: slug) else {
            throw HTTPError(.notFound, message: context.language.text(.noApplication(Input.excerpt(slug))))
        }
        let open = try await deps.datasets.datasets(publicOnly: true).filter {
            found.application.datasets.contains($0.slug)
        }
        return ApplicationModel(
            siteName: await deps.siteName(), application: found.application,
            departmentName: try await DataController(deps: deps).departmentNames()[found.application.department],
            openDatasets: open, nonPublicDatasets: found.application.datasets.count - open.count,
            findings: try await findings(of: slug))
    }

    /// The findings of an application, each with the public address of the contribution its question became.
    func findings(of slug: String) async throws -> [ApplicationModel.ShownFinding] {
        let strategies = try await deps.catalogues.strategies()
        var shown: [ApplicationModel.ShownFinding] = []
        for finding in try await deps.applications.findings(of: slug) {
            var link: String?
            if let id = finding.contribution, let contribution = try await deps.contributions.contribution(id: id),
                contribution.state == .visible,
                let strategy = strategies.first(where: { $0.id == contribution.strategy })
            {
                let anchor = contribution.anchor
                link =
                    "/strategien/\(strategy.slug)/text/\(anchor.version)/abschnitt/\(anchor.block.text)"
                    + "#beitrag-\(id)"
            }
            shown.append(.init(finding: finding, discussion: link))
        }
        return shown
    }

    func addStaffRoutes(to router: Router<WebRequestContext>) {
        router.keeperRoutes(
            "/verwaltung/anwendungen",
            list: { request, context in
                let account = try DataController.dataStaff(request, context)
                return HTMLResponse.personal(
                    StaffApplicationsModel(
                        siteName: await deps.siteName(),
                        applications: try await deps.applications.applications().map {
                            ($0, Access.mayEditDataset(of: $0.department, by: account))
                        },
                        notice: keptNotice(request, context)
                    ).render(PageContext(request, context)))
            }, form: form, save: save)
    }

    func save(_ slug: String?, _ entered: [String: String], _ request: Request, _ context: WebRequestContext)
        async throws -> Response
    {
        let model = try await form(slug, request, context)
        let account = try DataController.dataStaff(request, context)
        do {
            var application = try ApplicationForm.application(entered)
            if let existing = model.application { application.slug = existing.slug }
            guard Access.mayEditDataset(of: application.department.trimmingCharacters(in: .whitespaces), by: account)
            else {
                throw RuleViolation("fachbereich", .leadOnlyToOwnDepartments)
            }
            let version = try model.version.map { _ in
                try Input.integer(entered["stand"] ?? "", "stand", in: 1...Int.max)
            }
            _ = try await deps.applications.save(
                application, version: version, reason: entered["grund"] ?? "", actor: account.actorName, at: .now())
            deps.cache.invalidate()
            return Redirect(
                to: "/verwaltung/anwendungen/\(application.slug.trimmingCharacters(in: .whitespaces))?gespeichert=1"
            ).response
        } catch let violation as RuleViolation {
            return model.refused(violation, entered: entered, request, context)
        }
    }

    /// The form of the application `slug` (nil: a new one), for one who may keep it.
    func form(_ slug: String?, _ request: Request, _ context: WebRequestContext) async throws
        -> ApplicationEditModel
    {
        let account = try DataController.dataStaff(request, context)
        let departments = try await deps.catalogues.departments()
            .filter { Access.mayEditDataset(of: $0.code, by: account) }
        guard let slug else {
            return ApplicationEditModel(
                siteName: await deps.siteName(), application: nil, version: nil, departments: departments)
        }
        let found = try await kept(slug, account, context)
        return ApplicationEditModel(
            siteName: await deps.siteName(), application: found.application, version: found.version,
            departments: departments, findings: try await findings(of: slug),
            mayPutToDiscussion: Access.mayAdminister(account),
            notice: keptNotice(request, context, also: [("befund", .findingSaved), ("diskussion", .findingPut)]))
    }

    /// The application `slug`, if this person may keep it.
    func kept(_ slug: String, _ account: Account, _ context: WebRequestContext) async throws
        -> (application: DataApplication, version: Int)
    {
        guard let found = try await deps.applications.application(slug: slug) else {
            throw HTTPError(.notFound, message: context.language.text(.noApplication(Input.excerpt(slug))))
        }
        guard Access.mayEditDataset(of: found.application.department, by: account) else {
            throw HTTPError(
                .forbidden,
                message: context.language.text(.applicationOfOtherDepartment(found.application.department)))
        }
        return found
    }
}
