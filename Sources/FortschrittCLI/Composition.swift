import FortschrittServer
import FortschrittStore

/// The composition root: the server sees protocols only; here they get the SQL store behind them.
extension Repositories {
    /// All of them on one SQLite or PostgreSQL database.
    public init(database: Database, hasher: any PasswordHasher = BcryptPasswordHasher()) {
        self.init(
            catalogues: SQLCatalogueRepository(database: database), council: SQLCouncilRepository(database: database),
            accounts: SQLAccountRepository(database: database), workspace: SQLWorkspaceRepository(database: database),
            sessions: SQLSessionStore(database: database), mail: SQLMailOutbox(database: database),
            texts: SQLTextRepository(database: database), participants: SQLParticipantRepository(database: database),
            contributions: SQLContributionRepository(database: database),
            moderation: SQLModerationRepository(database: database),
            decisions: SQLDecisionRepository(database: database), events: SQLEventRepository(database: database),
            reviews: SQLReviewRepository(database: database), datasets: SQLDatasetRepository(database: database),
            applications: SQLApplicationRepository(database: database),
            indicators: SQLIndicatorRepository(database: database),
            hasher: hasher)
    }
}
