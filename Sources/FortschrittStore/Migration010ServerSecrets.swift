/// Secrets every server instance must share, such as the keys CSRF tokens and device cookies are
/// derived with: made by the first instance that needs one, kept in the database so that instances
/// agree and restarts keep them. And the pairs of account and address that signed in successfully,
/// so that a lock an attacker causes does not shut out the holder where they signed in before.
enum Migration010ServerSecrets {
    static func statements(_ engine: Database.Engine) -> [String] {
        [
            "CREATE TABLE server_secrets (name TEXT PRIMARY KEY, secret TEXT NOT NULL)",
            "CREATE TABLE known_sign_ins (key TEXT PRIMARY KEY, last_at BIGINT NOT NULL)",
        ]
    }
}
