import FortschrittDomain

/// The staff's applications: every one, linked where the person may keep it.
struct StaffApplicationsModel: Sendable {
    var siteName: String
    var applications: [(application: DataApplication, editable: Bool)]
    var notice: String?
}

/// An application's staff form: a new one (`version` nil) or a change of one read in `version`, with the
/// departments the person may keep applications for; for a stored one also its findings, the form to
/// record one, and for the strategy office the way to put a question to discussion.
struct ApplicationEditModel: Sendable, FormPage {
    var siteName: String
    var application: DataApplication?
    var version: Int?
    var departments: [Department]
    var findings: [ApplicationModel.ShownFinding] = []
    var mayPutToDiscussion = false
    var entered: [String: String] = [:]
    var error: String?
    var notice: String?

    var path: String { application.map { "/verwaltung/anwendungen/\($0.slug)" } ?? "/verwaltung/anwendungen/neu" }

    /// The form's values: what was entered, else the application as it stands.
    var values: [String: String] {
        let stored =
            application.map(ApplicationForm.values) ?? [
                "feld": DataApplication.Field.climateResilience.rawValue,
                "status": DataApplication.Status.planned.rawValue,
            ]
        return stored.merging(entered) { $1 }
    }
}

/// Putting one finding's question to a discussion: the blocks of every version open for discussion.
struct PutToDiscussionModel: Sendable, FormPage {
    struct OpenVersion: Sendable {
        var strategy: Strategy
        var version: TextVersion
    }

    var siteName: String
    var application: DataApplication
    var finding: Finding
    var versions: [OpenVersion]
    var entered: [String: String] = [:]
    var error: String?

    var path: String { "/verwaltung/anwendungen/\(application.slug)/befunde/\(finding.id)/diskussion" }
}
