/// Sessions know when they began, so that each ends after an absolute lifetime (12 hours) however
/// active it is. Sessions from before cannot say when they began: they end at the upgrade.
enum Migration009SessionLifetime {
    static func statements(_ engine: Database.Engine) -> [String] {
        [
            "ALTER TABLE web_sessions ADD COLUMN created_at BIGINT",
            "UPDATE web_sessions SET value = '' WHERE value <> ''",
        ]
    }
}
