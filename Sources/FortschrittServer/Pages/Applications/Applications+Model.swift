import FortschrittDomain

/// The applications built on the data platform, for everyone.
struct ApplicationsModel: Sendable {
    var siteName: String
    var applications: [DataApplication]
    var departments: [String: String]
}

/// One application: its purpose, the open datasets it uses (those not public only counted), the
/// measures it serves, and its findings with the questions put to discussion.
struct ApplicationModel: Sendable {
    /// A finding as the public sees it, with where its question is discussed, if it was put.
    struct ShownFinding: Sendable {
        var finding: Finding
        var discussion: String?
    }

    var siteName: String
    var application: DataApplication
    var departmentName: String?
    var openDatasets: [Dataset]
    var nonPublicDatasets: Int
    var findings: [ShownFinding]
}
