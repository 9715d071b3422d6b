/// A page of the open datasets and the indicators for harvesters (DCAT): each with the time of its
/// last change, and the counts that page the whole: all datasets and indicators (the positions, in the
/// order they were created, so new ones come last) and those published (the items).
public struct HarvestPage: Sendable {
    public var datasets: [(dataset: Dataset, modified: RecordedTime)]
    public var indicators: [(indicator: Indicator, modified: RecordedTime)]
    public var allCount: Int
    public var openCount: Int

    public init(
        datasets: [(dataset: Dataset, modified: RecordedTime)],
        indicators: [(indicator: Indicator, modified: RecordedTime)] = [], allCount: Int, openCount: Int
    ) {
        self.datasets = datasets
        self.indicators = indicators
        self.allCount = allCount
        self.openCount = openCount
    }
}
