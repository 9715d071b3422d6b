/// What became of each comment on a version when the next one was published: written once, in the
/// publication's transaction, never changed.
enum Migration015CommentFates {
    static func statements(_ engine: Database.Engine) -> [String] {
        [
            """
            CREATE TABLE comment_fates (
                contribution_id BIGINT NOT NULL REFERENCES contributions (id), version_number INTEGER NOT NULL,
                fate TEXT NOT NULL, old_text TEXT, new_text TEXT, PRIMARY KEY (contribution_id, version_number)
            )
            """
        ] + AppendOnly.statements(for: ["comment_fates"], engine)
    }
}
