import FortschrittDomain
import FortschrittExchange
import Hummingbird

/// The read API of the data platform: the open datasets, one of them, and the ethics register of all.
/// A dataset that is not open is not found here. Applications, with their findings.
struct DataAPIController {
    let datasets: any DatasetRepository
    let applications: any ApplicationRepository
    let contributions: any ContributionRepository

    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("datasets", use: list)
        group.get("datasets/{slug}", use: one)
        group.get("ethics-register", use: register)
        group.get("applications", use: listApplications)
        group.get("applications/{slug}", use: oneApplication)
    }

    @Sendable func list(_ request: Request, context: WebRequestContext) async throws -> JSONResponse<
        [DatasetDocument]
    > {
        _ = try QueryParameters(request, allowed: [])
        return JSONResponse(value: try await datasets.datasets(publicOnly: true).map(DatasetDocument.init))
    }

    @Sendable func one(_ request: Request, context: WebRequestContext) async throws -> JSONResponse<DatasetDocument> {
        _ = try QueryParameters(request, allowed: [])
        let slug = context.parameters.get("slug") ?? ""
        guard let found = try await datasets.dataset(slug: slug, publicOnly: true) else {
            throw HTTPError(.notFound, message: context.language.text(.noDataset(Input.excerpt(slug))))
        }
        return JSONResponse(value: DatasetDocument(found.dataset))
    }

    @Sendable func register(_ request: Request, context: WebRequestContext) async throws -> JSONResponse<
        [EthicsEntryDocument]
    > {
        _ = try QueryParameters(request, allowed: [])
        return JSONResponse(value: try await datasets.datasets(publicOnly: false).map(EthicsEntryDocument.init))
    }

    @Sendable func listApplications(_ request: Request, context: WebRequestContext) async throws -> JSONResponse<
        [ApplicationDocument]
    > {
        _ = try QueryParameters(request, allowed: [])
        let open = Set(try await datasets.datasets(publicOnly: true).map(\.slug))
        let findings = Dictionary(grouping: try await shown(applications.findings(of: nil)), by: \.application)
        return JSONResponse(
            value: try await applications.applications().map {
                ApplicationDocument($0, openDatasets: open, findings: findings[$0.slug] ?? [])
            })
    }

    @Sendable func oneApplication(_ request: Request, context: WebRequestContext) async throws -> JSONResponse<
        ApplicationDocument
    > {
        _ = try QueryParameters(request, allowed: [])
        let slug = context.parameters.get("slug") ?? ""
        guard let found = try await applications.application(slug: slug) else {
            throw HTTPError(.notFound, message: context.language.text(.noApplication(Input.excerpt(slug))))
        }
        let open = Set(try await datasets.datasets(publicOnly: true).map(\.slug))
        return JSONResponse(
            value: ApplicationDocument(
                found.application, openDatasets: open, findings: try await shown(applications.findings(of: slug))))
    }

    /// The findings with the contribution each question became only where the public sees it.
    func shown(_ findings: [Finding]) async throws -> [Finding] {
        var shown: [Finding] = []
        for var finding in findings {
            if let id = finding.contribution, try await contributions.contribution(id: id)?.state != .visible {
                finding.contribution = nil
            }
            shown.append(finding)
        }
        return shown
    }
}
