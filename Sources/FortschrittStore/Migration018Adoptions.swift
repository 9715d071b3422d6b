/// When the council adopted a version of a strategy's text: once per version, never changed.
enum Migration018Adoptions {
    static func statements(_ engine: Database.Engine) -> [String] {
        [
            """
            CREATE TABLE text_adoptions (
                strategy_id BIGINT NOT NULL REFERENCES strategies (id), version_number INTEGER NOT NULL,
                adopted_on TEXT NOT NULL, recorded_at TEXT NOT NULL, actor TEXT NOT NULL,
                PRIMARY KEY (strategy_id, version_number)
            )
            """
        ] + AppendOnly.statements(for: ["text_adoptions"], engine)
    }
}
