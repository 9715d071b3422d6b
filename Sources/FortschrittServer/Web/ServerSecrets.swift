import Crypto
import FortschrittDomain
import Foundation

/// Keys the server derives tokens with (CSRF tokens, known-device cookies): read from the database
/// once per process and name (made there by the first instance that needs it), then kept; the
/// database stays their only owner, so every instance derives the same.
actor ServerSecrets {
    private let accounts: any AccountRepository
    private var cached: [String: SymmetricKey] = [:]

    init(accounts: any AccountRepository) {
        self.accounts = accounts
    }

    func key(_ name: String) async throws -> SymmetricKey {
        if let key = cached[name] { return key }
        let stored = try await accounts.serverSecret(named: name, proposing: CSRFToken.random())
        let key = SymmetricKey(data: Data(stored.utf8))
        cached[name] = key
        return key
    }
}
