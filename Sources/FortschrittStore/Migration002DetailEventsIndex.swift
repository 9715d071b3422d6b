/// The as-of query reads all non-status events up to a date; they are a small share of the history,
/// so a partial index over just them spares both engines a scan of every status change.
enum Migration002DetailEventsIndex {
    static func statements(_ engine: Database.Engine) -> [String] {
        [
            """
            CREATE INDEX measure_events_details ON measure_events (measure_id, effective_date, id)
            WHERE kind IN ('created', 'changed', 'removed')
            """
        ]
    }
}
