/// Secrets every server instance must share, such as the key CSRF tokens are derived with. Made by
/// the first instance that needs one; kept in the database so that instances agree and restarts keep them.
enum Migration010ServerSecrets {
    static func statements(_ engine: Database.Engine) -> [String] {
        ["CREATE TABLE server_secrets (name TEXT PRIMARY KEY, secret TEXT NOT NULL)"]
    }
}
