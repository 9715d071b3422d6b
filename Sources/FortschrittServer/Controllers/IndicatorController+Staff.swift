import FortschrittDomain
import FortschrittExchange
import Foundation
import Hummingbird

/// The indicators' staff side: their definitions for the strategy office (all) and department editors
/// (their departments'), and values pasted as CSV, shown as a dry run before they are recorded.
extension IndicatorController {
    func addStaffRoutes(to router: Router<WebRequestContext>) {
        // Before the keeper's routes: "werte" is not an indicator's slug.
        router.get("/verwaltung/indikatoren/werte") { request, context in
            _ = try DataController.dataStaff(request, context)
            return HTMLResponse.personal(
                IndicatorImportModel(siteName: await deps.siteName()).render(PageContext(request, context)))
        }
        router.postForm("/verwaltung/indikatoren/werte", NoFields.self) { request, context, posted in
            try await importValues(posted.entered, request, context)
        }
        router.keeperRoutes(
            "/verwaltung/indikatoren",
            list: { request, context in
                let account = try DataController.dataStaff(request, context)
                return HTMLResponse.personal(
                    StaffIndicatorsModel(
                        siteName: await deps.siteName(),
                        indicators: try await deps.indicators.indicators().map {
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
            var indicator = try IndicatorForm.indicator(entered, sample: model.indicator?.sample ?? false)
            if let existing = model.indicator { indicator.slug = existing.slug }
            guard Access.mayEditDataset(of: indicator.department.trimmingCharacters(in: .whitespaces), by: account)
            else { throw RuleViolation("fachbereich", .leadOnlyToOwnDepartments) }
            let version = try model.version.map { _ in
                try Input.integer(entered["stand"] ?? "", "stand", in: 1...Int.max)
            }
            _ = try await deps.indicators.save(
                indicator, version: version, reason: entered["grund"] ?? "", actor: account.actorName, at: .now())
            deps.cache.invalidate()
            let saved = indicator.slug.trimmingCharacters(in: .whitespaces)
            return Redirect(to: "/verwaltung/indikatoren/\(saved)?gespeichert=1").response
        } catch let violation as RuleViolation {
            return model.refused(violation, entered: entered, request, context)
        }
    }

    func form(_ slug: String?, _ request: Request, _ context: WebRequestContext) async throws -> IndicatorEditModel {
        let account = try DataController.dataStaff(request, context)
        let departments = try await deps.catalogues.departments()
            .filter { Access.mayEditDataset(of: $0.code, by: account) }
        guard let slug else {
            return IndicatorEditModel(
                siteName: await deps.siteName(), indicator: nil, version: nil, departments: departments)
        }
        guard let found = try await deps.indicators.indicator(slug: slug) else {
            throw HTTPError(.notFound, message: context.language.text(.rule(.noSuchIndicator(Input.excerpt(slug)))))
        }
        guard Access.mayEditDataset(of: found.indicator.department, by: account) else {
            throw HTTPError(
                .forbidden, message: context.language.text(.indicatorOfOtherDepartment(found.indicator.department)))
        }
        return IndicatorEditModel(
            siteName: await deps.siteName(), indicator: found.indicator, version: found.version,
            departments: departments, notice: keptNotice(request, context))
    }

    /// Values pasted as CSV: the plan shown ("vorschau") or recorded ("uebernehmen"), only for
    /// indicators this person keeps; a bad file refused with every problem, changing nothing.
    func importValues(_ entered: [String: String], _ request: Request, _ context: WebRequestContext)
        async throws -> Response
    {
        let account = try DataController.dataStaff(request, context)
        var model = IndicatorImportModel(siteName: await deps.siteName())
        do {
            let rows: [IndicatorImportRow]
            switch Self.rows(entered["werte"] ?? "") {
            case .success(let read): rows = read
            case .failure(let failure):
                model.entered = entered
                model.error = failure.description
                return HTMLResponse.personal(
                    model.render(PageContext(request, context)), status: .unprocessableContent)
            }
            let kept = try await deps.indicators.indicators()
            for row in rows {
                if let indicator = kept.first(where: { $0.slug == row.indicator }),
                    !Access.mayEditDataset(of: indicator.department, by: account)
                {
                    throw RuleViolation("werte", .leadOnlyToOwnDepartments)
                }
            }
            let record = entered["aktion"] == "uebernehmen"
            model.plan = try await deps.indicators.importValues(
                rows, reason: entered["grund"] ?? "", actor: account.actorName, at: .now(), dryRun: !record)
            model.recorded = record
            model.entered = record ? [:] : entered
            if record { deps.cache.invalidate() }
            return HTMLResponse.personal(model.render(PageContext(request, context)))
        } catch let violation as RuleViolation {
            return model.refused(violation, entered: entered, request, context)
        }
    }

    static func rows(_ text: String) -> Result<[IndicatorImportRow], ImportFailure> {
        do {
            return .success(try IndicatorValuesCSV.rows(data: Data(text.utf8), file: "werte"))
        } catch {
            return .failure(error)
        }
    }
}
