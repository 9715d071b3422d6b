import FortschrittDomain

/// The open datasets, for everyone: what each holds, its theme, publisher and licence.
struct DatasetsModel: Sendable {
    var siteName: String
    var datasets: [Dataset]
    var departments: [String: String]
}

/// One open dataset: its description, where to get it, what it serves, its ethics record and its changes.
struct DatasetModel: Sendable {
    var siteName: String
    var dataset: Dataset
    var departmentName: String?
    var history: [DatasetEvent]
    var actors: PublicActors
}

/// Every dataset's ethics record, also of those that are not public (without their data).
struct EthicsRegisterModel: Sendable {
    var siteName: String
    var datasets: [Dataset]
    var departments: [String: String]
}
