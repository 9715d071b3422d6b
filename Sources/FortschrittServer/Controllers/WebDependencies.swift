import FortschrittDomain
import Foundation
import Hummingbird

/// What the web pages read and write, and how they tell the date. Controllers get it by constructor.
struct WebDependencies: Sendable {
    let catalogues: any CatalogueRepository
    let council: any CouncilRepository
    let accounts: any AccountRepository
    let workspace: any WorkspaceRepository
    let mail: any MailOutbox
    let texts: any TextRepository
    let participants: any ParticipantRepository
    let contributions: any ContributionRepository
    let moderation: any ModerationRepository
    let decisions: any DecisionRepository
    let events: any EventRepository
    let reviews: any ReviewRepository
    let datasets: any DatasetRepository
    let applications: any ApplicationRepository
    let indicators: any IndicatorRepository
    let deliversMail: Bool
    let cache: PublicPageCache
    let siteOperator: SiteOperator
    let today: @Sendable () -> CalendarDate

    /// The strategy the portal shows: the first one.
    func strategy() async throws -> Strategy {
        guard let strategy = try await catalogues.strategies().first else {
            throw HTTPError(.notFound, message: StrategyChoice.Problem.none.description)
        }
        return strategy
    }

    /// The strategy the path's `slug` names; 404 when there is none.
    func strategy(_ context: WebRequestContext) async throws -> Strategy {
        let slug = context.parameters.get("slug") ?? ""
        guard let strategy = try await catalogues.strategies().first(where: { $0.slug == slug }) else {
            throw HTTPError(.notFound, message: context.language.text(.noTextVersion(String(slug.prefix(64)))))
        }
        return strategy
    }

    /// Every strategy's published versions, for the staff pages that work on them.
    func publishedVersions() async throws -> [(Strategy, TextVersion)] {
        var versions: [(Strategy, TextVersion)] = []
        for strategy in try await catalogues.strategies() {
            for version in try await texts.versions(of: strategy) where version.state == .published {
                versions.append((strategy, version))
            }
        }
        return versions
    }

    /// The report section on a published version's discussion, named `slug/number` by a form: its
    /// figures now, from the public record. Only a version whose measures are the `report`'s.
    func participationSection(_ chosen: String, for report: Strategy) async throws -> ParticipationSection {
        let parts = chosen.split(separator: "/", maxSplits: 1).map(String.init)
        let refused = RuleViolation("beteiligung", .versionNotPublished(Input.excerpt(chosen)))
        guard parts.count == 2 else { throw refused }
        let number = try Input.integer(parts[1], "beteiligung", in: 1...100_000)
        guard
            let (strategy, version) = try await publishedVersions().first(where: {
                $0.0.slug == parts[0] && $0.1.number == number && $0.1.catalogue == report.id
            })
        else { throw refused }
        let figures = try await VersionFigures.load(
            version, contributions: contributions, decisions: decisions, reviews: reviews
        ).figures
        // Reports are German: their labels come from the German string table.
        return ParticipationSection(
            strategyTitle: strategy.title, version: version.number, figures: figures,
            channel: { Language.de.text(.channelName($0)) }, outcome: { Language.de.text(.outcome($0)) })
    }

    func siteName() async -> String {
        (try? await catalogues.strategies().first?.title) ?? "Fortschritt"
    }
}

/// Access checks for routes: deny unless granted. Anonymous visitors are sent to sign in; a signed-in
/// person without the right gets 403.
enum Guard {
    static func signedIn(_ request: Request, _ context: WebRequestContext) throws -> Account {
        guard let account = context.identity else {
            let back =
                request.method == .get
                ? request.uri.path + (request.uri.query.map { "?" + $0 } ?? "") : "/arbeitsbereich"
            throw Redirect(to: "/anmelden?weiter=\(Query.escape(back))")
        }
        return account
    }

    /// For a participant's form posted without a participant's session: to their sign-in, then back
    /// to the page the form was on.
    static func signInFirst(_ request: Request) -> Redirect {
        let page = request.uri.path.split(separator: "/").dropLast().joined(separator: "/")
        return Redirect(to: "/beteiligung/anmelden?weiter=\(Query.escape("/" + page))")
    }

    static func admin(_ request: Request, _ context: WebRequestContext) throws -> Account {
        let account = try signedIn(request, context)
        guard Access.mayAdminister(account) else {
            throw HTTPError(.forbidden, message: context.language.text(.onlyStrategyOffice))
        }
        return account
    }

    static func moderator(_ request: Request, _ context: WebRequestContext) throws -> Account {
        let account = try signedIn(request, context)
        guard Access.mayModerate(account) else {
            throw HTTPError(.forbidden, message: context.language.text(.onlyModerators))
        }
        return account
    }

    /// The strategy office and department staff, who prepare decisions on contributions.
    static func decisionStaff(_ request: Request, _ context: WebRequestContext) throws -> Account {
        let account = try signedIn(request, context)
        guard account.active, account.role == .admin || account.role == .editor else {
            throw HTTPError(.forbidden, message: context.language.text(.onlyStrategyOffice))
        }
        return account
    }

    /// Invited experts, who review versions, and the strategy office, which reads and publishes reviews.
    static func reviewStaff(_ request: Request, _ context: WebRequestContext) throws -> Account {
        let account = try signedIn(request, context)
        guard Access.mayReview(account) || Access.mayAdminister(account) else {
            throw HTTPError(.forbidden, message: context.language.text(.onlyStrategyOffice))
        }
        return account
    }

    static func editor(of measure: Measure, _ request: Request, _ context: WebRequestContext) throws -> Account {
        let account = try signedIn(request, context)
        guard Access.mayEdit(measure, by: account) else {
            throw HTTPError(
                .forbidden,
                message: context.language.text(
                    .measureLedByOther("\(measure.number)", measure.details.leadDepartment)))
        }
        return account
    }

    /// Only paths on this site are followed after sign-in or a language switch.
    static func localPath(_ text: String?) -> String {
        // Browsers drop tabs and line breaks from URLs and read "\" as "/": "/\t/evil" would lead away.
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"),
            !text.unicodeScalars.contains(where: {
                $0 == "\\" || $0.properties.isWhitespace || $0.properties.generalCategory == .control
            })
        else {
            return "/"
        }
        return text
    }
}
