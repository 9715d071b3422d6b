import FortschrittDomain
import Foundation
import Hummingbird

/// The Atom feeds of a strategy: its text versions, its published decisions, and its catalogue's
/// status changes (all, per field of action, per measure). Public, in the visitor's language, and
/// kept like pages per state of the data they show.
struct FeedController: Sendable {
    let deps: WebDependencies
    let address: PublicAddress
    let secrets: ServerSecrets

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/strategien/{slug}/versionen.atom") { request, context in
            let strategy = try await deps.strategy(context)
            return try await respond(request, context) { site in
                try await AtomFeed.versions(strategy, texts: deps.texts, site)
            }
        }
        router.get("/strategien/{slug}/abwaegung.atom") { request, context in
            let strategy = try await deps.strategy(context)
            // Kept per the state of the strategy's discussions too: a contribution hidden after its
            // decision was published loses its text here at once.
            return try await respond(request, context, text: (strategy.id, nil)) { site in
                try await AtomFeed.decisions(
                    strategy, texts: deps.texts, contributions: deps.contributions, decisions: deps.decisions, site)
            }
        }
        router.get("/strategien/{slug}/statusaenderungen.atom") { request, context in
            try await statusChanges(request, context, .all)
        }
        router.get("/strategien/{slug}/handlungsfelder/{field}/statusaenderungen.atom") { request, context in
            let field = try Input.integer(context.parameters.get("field") ?? "", "field", in: 1...999)
            return try await statusChanges(
                request, context, .field(field), missing: context.language.text(.noFieldOfAction("\(field)")))
        }
        router.get("/strategien/{slug}/massnahmen/{number}/statusaenderungen.atom") { request, context in
            let number = try context.measureNumber()
            return try await statusChanges(
                request, context, .measure(number), missing: context.language.text(.noMeasure(number.text)))
        }
    }

    func statusChanges(
        _ request: Request, _ context: WebRequestContext, _ scope: AtomFeed.StatusScope,
        missing: String = ""
    ) async throws -> Response {
        let strategy = try await deps.strategy(context)
        return try await respond(request, context) { site in
            let portal = try await deps.strategy().id == strategy.id
            guard
                let feed = try await AtomFeed.statusChanges(
                    strategy, scope, catalogues: deps.catalogues, portal: portal, today: deps.today(), site)
            else { throw HTTPError(.notFound, message: missing) }
            return feed
        }
    }

    /// The feed from memory when the data has not changed since it was made, else made anew.
    func respond(
        _ request: Request, _ context: WebRequestContext, text: (Strategy.ID, Int?)? = nil,
        feed: (FeedSite) async throws -> AtomFeed
    ) async throws -> Response {
        try await deps.cache.respond(request, context, text: text, contentType: AtomFeed.contentType) {
            let site = FeedSite(
                page: PageContext(request, context), base: address.configured ?? "",
                ids: try await FeedIDs.load(secrets))
            return try await feed(site).xml
        }
    }
}
