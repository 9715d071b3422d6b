import FortschrittDomain
import Plot

/// What the dataset pages share: a definition list, the ethics record, the publisher's name.
enum DataParts {
    static func definitions(_ rows: [(String, Node<HTML.BodyContext>)]) -> Node<HTML.BodyContext> {
        .element(
            named: "dl",
            nodes: rows.map { term, value in
                .group(.element(named: "dt", nodes: [.text(term)]), .element(named: "dd", nodes: [value]))
            })
    }

    static func ethics(_ record: EthicsRecord, _ page: PageContext) -> Node<HTML.BodyContext> {
        var rows: [(String, Node<HTML.BodyContext>)] = [
            (page.text(.purposeLabel), .text(record.purpose)),
            (page.text(.legalBasisLabel), .text(record.legalBasis)),
            (page.text(.personalDataLabel), .text(page.text(.personalDataLevel(record.personalData)))),
        ]
        if !record.anonymisationMethod.isEmpty {
            let parameters = record.anonymisationParameters.isEmpty ? "" : " (\(record.anonymisationParameters))"
            rows.append((page.text(.anonymisationLabel), .text(record.anonymisationMethod + parameters)))
        }
        rows.append((page.text(.retentionLabel), .text(record.retention)))
        rows.append((page.text(.reviewOutcomeLabel), .text(page.text(.reviewOutcomeName(record.reviewOutcome)))))
        if !record.reviewBody.isEmpty { rows.append((page.text(.reviewBodyLabel), .text(record.reviewBody))) }
        if let reviewed = record.reviewedOn {
            rows.append((page.text(.reviewedOnLabel), Components.date(reviewed, page)))
        }
        if !record.conditions.isEmpty { rows.append((page.text(.conditionsLabel), .text(record.conditions))) }
        if let next = record.nextReviewOn { rows.append((page.text(.nextReviewLabel), Components.date(next, page))) }
        return definitions(rows)
    }

    /// A staff list of what the data platform keeps: each item linked to its form where the person may
    /// keep it, with a line about it; and the way to a new one.
    static func staffList(
        _ page: PageContext, siteName: String, title: Text, path: String, new: Text, empty: Text,
        items: [(slug: String, title: String, editable: Bool, meta: String)], notice: String?,
        extra: Node<HTML.BodyContext> = .empty
    ) -> String {
        Layout.render(
            page, title: page.text(title), siteName: siteName,
            .h1(.text(page.text(title))),
            Components.notice(notice),
            .p(.a(.attr("href", path + "/neu"), .text(page.text(new)))),
            extra,
            .if(items.isEmpty, .p(.text(page.text(empty)))),
            .ul(
                .forEach(items) { item in
                    .li(
                        item.editable
                            ? .a(.attr("href", "\(path)/\(item.slug)"), .text(item.title)) : .text(item.title),
                        .text(" · " + item.meta))
                }))
    }

    /// A change's reason; the first one's, recorded as "created", in the page's language.
    static func reason(_ event: DatasetEvent, _ page: PageContext) -> String {
        event.number == 1 && event.reason == "created" ? page.text(.datasetCreated) : event.reason
    }

    /// A department's code with its name, where the name says more.
    static func publisher(_ department: String, _ departments: [String: String]) -> String {
        guard let name = departments[department], name != department else { return department }
        return "\(department) \(name)"
    }
}
