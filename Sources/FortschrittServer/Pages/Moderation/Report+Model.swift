import FortschrittDomain

/// Reporting one contribution: it is shown as the public sees it, with a field for the reason.
struct ReportModel: Sendable {
    var siteName: String
    var item: ModerationItem
    var entered = ""
    var error: String?
    /// After the report was filed.
    var sent = false
}
