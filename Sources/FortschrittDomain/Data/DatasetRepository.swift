/// Where datasets are kept: each change an event holding the whole new state (append-only), the
/// current state the latest event. Reads of public answers ask for `publicOnly`.
public protocol DatasetRepository: Sendable {
    /// The datasets as they stand, by title; only the open ones with `publicOnly`.
    func datasets(publicOnly: Bool) async throws -> [Dataset]
    /// One dataset with its number of changes; nil if there is none (or, `publicOnly`, it is not open).
    func dataset(slug: String, publicOnly: Bool) async throws -> (dataset: Dataset, version: Int)?
    /// Every change of a dataset, oldest first.
    func history(of slug: String) async throws -> [DatasetEvent]
    /// Records a new dataset (`version` nil) or a change of one read in its `version` (refused if it
    /// changed since), checked by `DatasetRules` inside the write against the departments, measures and
    /// blocks as stored then. Returns the new version.
    func save(_ dataset: Dataset, version: Int?, reason: String, actor: String, at time: RecordedTime) async throws
        -> Int
    /// One page of a harvest: the open datasets among the `limit` datasets from position `offset`,
    /// all datasets counted in the order they were created. That order never changes and new datasets
    /// come last, and a dataset that closes leaves a gap instead of moving the others, so a harvest
    /// while datasets are added or closed misses none that stays open.
    func harvestPage(offset: Int, limit: Int) async throws -> HarvestPage
    /// When a dataset was last changed (pages kept per state of the data).
    func lastChange() async throws -> RecordedTime?
}
