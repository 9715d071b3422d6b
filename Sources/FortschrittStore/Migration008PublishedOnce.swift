/// A report is published once: a second "V111/2021" (a double click) is refused by the database
/// too, not only by the check inside the write.
enum Migration008PublishedOnce {
    static func statements(_ engine: Database.Engine) -> [String] {
        ["CREATE UNIQUE INDEX published_reports_once ON published_reports (strategy_id, report_key)"]
    }
}
