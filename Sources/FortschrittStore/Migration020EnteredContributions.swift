/// Contributions that arrived by letter, e-mail or at an event, entered by staff: each keeps its
/// channel, source, day of arrival and event; its sender is a participant row that is no account
/// (`entered_by` names who entered it), cannot sign in and is never mailed.
enum Migration020EnteredContributions {
    static func statements(_ engine: Database.Engine) -> [String] {
        [
            "ALTER TABLE participants ADD COLUMN entered_by TEXT",
            "ALTER TABLE contributions ADD COLUMN channel TEXT NOT NULL DEFAULT 'online'",
            "ALTER TABLE contributions ADD COLUMN source TEXT",
            "ALTER TABLE contributions ADD COLUMN received_on TEXT",
            "ALTER TABLE contributions ADD COLUMN event_id BIGINT REFERENCES discussion_events (id)",
        ]
    }
}
