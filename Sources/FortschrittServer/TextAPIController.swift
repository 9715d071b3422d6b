import FortschrittDomain
import FortschrittExchange
import Hummingbird

/// The read API over strategy texts: published versions, one version with its blocks, and two
/// versions compared. Drafts are not public.
struct TextAPIController {
    let catalogues: any CatalogueRepository
    let texts: any TextRepository
    let contributions: any ContributionRepository
    let decisions: any DecisionRepository
    let reviews: any ReviewRepository

    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("strategies/{slug}/text/versions", use: versions)
        group.get("strategies/{slug}/text/versions/{number}", use: version)
        group.get("strategies/{slug}/text/diff", use: diff)
        group.get("strategies/{slug}/text/versions/{number}/contributions", use: discussion)
        group.get("strategies/{slug}/text/versions/{number}/figures", use: figures)
    }

    @Sendable func versions(_ request: Request, context: WebRequestContext) async throws -> JSONResponse<
        [TextVersionSummaryDocument]
    > {
        _ = try QueryParameters(request, allowed: [])
        return JSONResponse(value: try await published(context).map(TextVersionSummaryDocument.init))
    }

    @Sendable func version(_ request: Request, context: WebRequestContext) async throws -> JSONResponse<
        TextVersionDocument
    > {
        _ = try QueryParameters(request, allowed: [])
        let number = try Input.integer(context.parameters.get("number") ?? "", "number", in: 1...100_000)
        guard let version = try await published(context).first(where: { $0.number == number }) else {
            throw Problem.notFound("no published version \(number)")
        }
        let catalogue = try await catalogues.strategies().first { $0.id == version.catalogue }?.slug
        return JSONResponse(value: TextVersionDocument(version, catalogue: catalogue))
    }

    @Sendable func diff(_ request: Request, context: WebRequestContext) async throws -> JSONResponse<TextDiffDocument> {
        let query = try QueryParameters(request, allowed: ["from", "to"])
        let from = try Input.integer(query["from"] ?? "", "from", in: 1...100_000)
        let to = try Input.integer(query["to"] ?? "", "to", in: 1...100_000)
        let versions = try await published(context)
        guard let old = versions.first(where: { $0.number == from }) else {
            throw Problem.notFound("no published version \(from)")
        }
        guard let new = versions.first(where: { $0.number == to }) else {
            throw Problem.notFound("no published version \(to)")
        }
        return JSONResponse(value: TextDiffDocument(TextDiff(old: old, new: new)))
    }

    @Sendable func discussion(_ request: Request, context: WebRequestContext) async throws -> JSONResponse<
        VersionDiscussionDocument
    > {
        _ = try QueryParameters(request, allowed: [])
        let number = try Input.integer(context.parameters.get("number") ?? "", "number", in: 1...100_000)
        let versions = try await published(context)
        guard let version = versions.first(where: { $0.number == number }) else {
            throw Problem.notFound("no published version \(number)")
        }
        let earlier = try await contributions.earlierComments(on: version)
        // The published decisions on this version's contributions and on the earlier ones listed.
        let shown = Set([number] + earlier.values.flatMap { $0.map(\.0.anchor.version) })
        let decided = try await decisions.published(on: versions.filter { shown.contains($0.number) })
        return JSONResponse(
            value: VersionDiscussionDocument(
                version, current: try await contributions.contributions(to: version), earlier: earlier,
                decisions: decided))
    }

    @Sendable func figures(_ request: Request, context: WebRequestContext) async throws -> JSONResponse<
        VersionFiguresDocument
    > {
        _ = try QueryParameters(request, allowed: [])
        let number = try Input.integer(context.parameters.get("number") ?? "", "number", in: 1...100_000)
        guard let version = try await published(context).first(where: { $0.number == number }) else {
            throw Problem.notFound("no published version \(number)")
        }
        let (figures, published) = try await VersionFigures.load(
            version, contributions: contributions, decisions: decisions, reviews: reviews)
        return JSONResponse(value: VersionFiguresDocument(version, figures: figures, reviews: published))
    }

    func published(_ context: WebRequestContext) async throws -> [TextVersion] {
        let slug = context.parameters.get("slug") ?? ""
        guard let strategy = try await catalogues.strategies().first(where: { $0.slug == slug }) else {
            throw Problem.notFound("no strategy '\(slug.prefix(64))'")
        }
        return try await texts.versions(of: strategy).filter { $0.state == .published }
    }
}
