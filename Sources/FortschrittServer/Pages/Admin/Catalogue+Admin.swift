import FortschrittDomain
import Plot

/// The strategy office's catalogue page: departments, fields of action, statuses, and publishing
/// a council report.
struct CatalogueAdminModel: Sendable {
    var catalogue: Catalogue
    var papers: [String]
    var reports: [PublishedReport]
    /// Names given lately: departments added or renamed, statuses added or relabelled.
    var labelLog: [LabelChange]
    /// Published text versions whose discussion a report may include.
    var texts: [(Strategy, TextVersion)] = []
    /// The form that failed (its element id) and why.
    var error: (form: String, message: String)?
    var notice: String?

    static func load(
        _ strategy: Strategy, catalogues: some CatalogueRepository, council: some CouncilRepository,
        texts: [(Strategy, TextVersion)] = []
    ) async throws -> CatalogueAdminModel {
        CatalogueAdminModel(
            catalogue: try await catalogues.catalogue(of: strategy, asOf: nil, knownAt: nil),
            papers: try await council.papers().map(\.number), reports: try await council.publishedReports(of: strategy),
            labelLog: try await catalogues.labelLog(limit: 50), texts: texts.filter { $0.1.catalogue == strategy.id })
    }

    func render(_ page: PageContext, today: CalendarDate) -> String {
        Layout.render(
            page, title: page.text(.catalogueAndReports), siteName: catalogue.strategy.title,
            .h1(.text(page.text(.catalogueAndReports))),
            Components.notice(notice),
            .h2(.id("fachbereiche"), .text(page.text(.departments))),
            .ul(
                .forEach(catalogue.departments) {
                    .li(.text($0.name.isEmpty || $0.name == $0.code ? $0.code : "\($0.code) – \($0.name)"))
                }),
            form(
                "fachbereich", "/verwaltung/fachbereiche",
                page.text(.addOrRenameADepartment), page,
                [
                    text("fachbereich-kuerzel", "kuerzel", page.text(.code)),
                    text("fachbereich-name", "name", "Name"),
                ]),
            .h2(.id("felder"), .text(page.text(.fieldsOfAction))),
            .ul(.forEach(catalogue.fields) { .li(.text("\($0.number). \($0.title)")) }),
            form(
                "feld", "/verwaltung/handlungsfelder", page.text(.addAFieldOfAction), page,
                [
                    text("feld-nummer", "nummer", page.text(.number)),
                    text("feld-titel", "titel", page.text(.title)),
                ]),
            .h2(.id("status"), .text("Status")),
            .ul(
                .forEach(catalogue.statuses.all) {
                    .li(.text("\($0.labelDE) / \($0.labelEN) (\($0.key), \($0.kind.rawValue))"))
                }),
            form(
                "statusdef", "/verwaltung/status", page.text(.addOrRelabelAStatus),
                page,
                [
                    text("status-schluessel", "schluessel", page.text(.key)),
                    text("status-de", "de", page.text(.labelGerman)),
                    text("status-en", "en", page.text(.labelEnglish)),
                    .div(
                        .class("field"), .label(.attr("for", "status-art"), .text(page.text(.kind))),
                        .selectTag(
                            .attr("id", "status-art"), .attr("name", "art"),
                            .forEach(StatusKind.allCases) { .optionTag($0.rawValue, selected: false, $0.rawValue) })),
                ]),
            .h2(.id("namen"), .text(page.text(.logOfNames))),
            .if(
                labelLog.isEmpty, .p(.text(page.text(.noNamesGivenYet))),
                else: .ul(
                    .forEach(labelLog) { change in
                        .li(
                            Components.time(change.recordedAt, page),
                            .text(
                                " – \(change.actor): \(change.subject) "
                                    + (change.before.map { "„\($0)“ → " } ?? page.text(.new))
                                    + "„\(change.after)“"))
                    })),
            .h2(.id("berichte"), .text(page.text(.publishAReport))),
            .p(
                .text(
                    page.text(.publishedReportsList("\(reports.count)")))),
            form(
                "bericht", "/verwaltung/berichte", page.text(.publish), page,
                [
                    .div(
                        .class("field"),
                        .label(.attr("for", "bericht-stichtag"), .text(page.text(.reportingDate))),
                        .inputTag(
                            ("type", "date"), ("id", "bericht-stichtag"), ("name", "stichtag"), ("value", today.iso))),
                    .div(
                        .class("field"),
                        .label(
                            .attr("for", "bericht-basis"),
                            .text(page.text(.comparedWithEmptyLastReport))
                        ),
                        .inputTag(("type", "date"), ("id", "bericht-basis"), ("name", "basis"), ("value", ""))),
                    .div(
                        .class("field"),
                        .label(.attr("for", "bericht-vorlage"), .text(page.text(.councilPaper))),
                        .selectTag(
                            .attr("id", "bericht-vorlage"), .attr("name", "vorlage"),
                            .optionTag("", selected: false, page.text(.none)),
                            .forEach(papers) { .optionTag($0, selected: false, $0) })),
                    .div(
                        .class("field"),
                        .label(.attr("for", "bericht-beteiligung"), .text(page.text(.reportParticipation))),
                        .selectTag(
                            .attr("id", "bericht-beteiligung"), .attr("name", "beteiligung"),
                            .optionTag("", selected: false, page.text(.none)),
                            .forEach(texts) { strategy, version in
                                .optionTag(
                                    "\(strategy.slug)/\(version.number)", selected: false,
                                    "\(strategy.title), \(page.text(.textVersion("\(version.number)")))")
                            })),
                ])
        )
    }

    func text(_ id: String, _ name: String, _ label: String) -> Node<HTML.BodyContext> {
        .div(
            .class("field"), .label(.attr("for", id), .text(label)),
            .inputTag(("type", "text"), ("id", id), ("name", name), ("value", "")))
    }

    func form(_ id: String, _ action: String, _ title: String, _ page: PageContext, _ fields: [Node<HTML.BodyContext>])
        -> Node<HTML.BodyContext>
    {
        let failed = error?.form == id
        return .formTag(
            .attr("method", "post"), .attr("action", action),
            .if(failed, .p(.class("error"), .attr("role", "alert"), .text(error?.message ?? ""))),
            Layout.csrfField(page), .group(fields),
            .button(.type(.submit), .text(title))
        )
    }
}
