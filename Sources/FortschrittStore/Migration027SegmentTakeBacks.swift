/// Segments taken back (cut by mistake): who took which back, when and why, once. The segment's row
/// stays, withdrawn; its contribution is decided as a whole again once none of its segments stands.
enum Migration027SegmentTakeBacks {
    static func statements(_ engine: Database.Engine) -> [String] {
        [
            """
            CREATE TABLE segment_takebacks (
                segment_id BIGINT PRIMARY KEY REFERENCES contributions (id), recorded_at TEXT NOT NULL,
                actor TEXT NOT NULL, reason TEXT NOT NULL
            )
            """
        ] + AppendOnly.statements(for: ["segment_takebacks"], engine)
    }
}
