import FortschrittDomain

/// The admin's list of accounts, the form to add one, and the audit log of account changes.
struct UsersModel: Sendable {
    var siteName: String
    var accounts: [Account]
    var departments: [Department]
    var log: [AccountLogEntry]
    var values: [String: String] = [:]
    var errors: [String: String] = [:]
    /// A change of an existing account that was refused, and why.
    var rowError: (account: Account.ID, message: String)?
    var notice: String?

    static func load(
        siteName: String, accounts: some AccountRepository, catalogues: some CatalogueRepository,
        strategy: Strategy
    ) async throws -> UsersModel {
        UsersModel(
            siteName: siteName, accounts: try await accounts.accounts(),
            departments: try await catalogues.catalogue(of: strategy, asOf: nil, knownAt: nil).departments,
            log: try await accounts.accountLog(limit: 50))
    }

    static func formField(_ subject: String) -> String {
        switch subject {
        case "email": return "neu-email"
        case "name": return "neu-name"
        case "password": return "neu-passwort"
        case "departments": return "neu-fachbereiche"
        default: return "neu-rolle"
        }
    }
}
