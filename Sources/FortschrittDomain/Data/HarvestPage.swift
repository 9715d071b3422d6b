/// A page of the open datasets for harvesters (DCAT): each with the time of its last change, and
/// the counts that page the whole: all datasets (the positions) and the open ones (the items).
public struct HarvestPage: Sendable {
    public var datasets: [(dataset: Dataset, modified: RecordedTime)]
    public var allCount: Int
    public var openCount: Int

    public init(datasets: [(dataset: Dataset, modified: RecordedTime)], allCount: Int, openCount: Int) {
        self.datasets = datasets
        self.allCount = allCount
        self.openCount = openCount
    }
}
