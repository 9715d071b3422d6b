/// A published report's documents, byte for byte as they were published, so that a download never
/// depends on today's renderers; regenerating them stays possible as a check.
enum Migration007PublishedDocuments {
    static func statements(_ engine: Database.Engine) -> [String] {
        let bytes = engine == .sqlite ? "BLOB" : "BYTEA"
        return [
            """
            CREATE TABLE published_documents (
                report_id BIGINT NOT NULL REFERENCES published_reports (id), format TEXT NOT NULL, content\
             \(bytes) NOT NULL,
                PRIMARY KEY (report_id, format)
            )
            """
        ] + AppendOnly.statements(for: ["published_documents"], engine)
    }
}
