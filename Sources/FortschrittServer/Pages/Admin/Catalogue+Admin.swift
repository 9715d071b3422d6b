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
    /// The form that failed (its element id) and why.
    var error: (form: String, message: String)?
    var notice: String?

    static func load(_ strategy: Strategy, catalogues: some CatalogueRepository, council: some CouncilRepository)
        async throws -> CatalogueAdminModel
    {
        CatalogueAdminModel(
            catalogue: try await catalogues.catalogue(of: strategy, asOf: nil, knownAt: nil),
            papers: try await council.papers().map(\.number), reports: try await council.publishedReports(of: strategy),
            labelLog: try await catalogues.labelLog(limit: 50))
    }

    func render(_ page: PageContext, today: CalendarDate) -> String {
        Layout.render(
            page, title: page.t("Katalog und Berichte", "Catalogue and reports"), siteName: catalogue.strategy.title,
            .h1(.text(page.t("Katalog und Berichte", "Catalogue and reports"))),
            Components.notice(notice),
            .h2(.id("fachbereiche"), .text(page.t("Fachbereiche", "Departments"))),
            .ul(
                .forEach(catalogue.departments) {
                    .li(.text($0.name.isEmpty || $0.name == $0.code ? $0.code : "\($0.code) – \($0.name)"))
                }),
            form(
                "fachbereich", "/verwaltung/fachbereiche",
                page.t("Fachbereich anlegen oder umbenennen", "Add or rename a department"), page,
                [
                    text("fachbereich-kuerzel", "kuerzel", page.t("Kürzel", "Code")),
                    text("fachbereich-name", "name", "Name"),
                ]),
            .h2(.id("felder"), .text(page.t("Handlungsfelder", "Fields of action"))),
            .ul(.forEach(catalogue.fields) { .li(.text("\($0.number). \($0.title)")) }),
            form(
                "feld", "/verwaltung/handlungsfelder", page.t("Handlungsfeld anlegen", "Add a field of action"), page,
                [
                    text("feld-nummer", "nummer", page.t("Nummer", "Number")),
                    text("feld-titel", "titel", page.t("Titel", "Title")),
                ]),
            .h2(.id("status"), .text("Status")),
            .ul(
                .forEach(catalogue.statuses.all) {
                    .li(.text("\($0.labelDE) / \($0.labelEN) (\($0.key), \($0.kind.rawValue))"))
                }),
            form(
                "statusdef", "/verwaltung/status", page.t("Status anlegen oder umbenennen", "Add or relabel a status"),
                page,
                [
                    text("status-schluessel", "schluessel", page.t("Schlüssel", "Key")),
                    text("status-de", "de", page.t("Bezeichnung (deutsch)", "Label (German)")),
                    text("status-en", "en", page.t("Bezeichnung (englisch)", "Label (English)")),
                    .div(
                        .class("field"), .label(.attr("for", "status-art"), .text(page.t("Art", "Kind"))),
                        .selectTag(
                            .attr("id", "status-art"), .attr("name", "art"),
                            .forEach(StatusKind.allCases) { .optionTag($0.rawValue, selected: false, $0.rawValue) })),
                ]),
            .h2(.id("namen"), .text(page.t("Protokoll der Namen", "Log of names"))),
            .if(
                labelLog.isEmpty, .p(.text(page.t("Noch keine Namen vergeben.", "No names given yet."))),
                else: .ul(
                    .forEach(labelLog) { change in
                        .li(
                            Components.time(change.recordedAt, page),
                            .text(
                                " – \(change.actor): \(change.subject) "
                                    + (change.before.map { "„\($0)“ → " } ?? page.t("neu: ", "new: "))
                                    + "„\(change.after)“"))
                    })),
            .h2(.id("berichte"), .text(page.t("Bericht veröffentlichen", "Publish a report"))),
            .p(
                .text(
                    page.t(
                        "Veröffentlichte Berichte: \(reports.count). "
                            + "Ein veröffentlichter Bericht bleibt unverändert abrufbar.",
                        "Published reports: \(reports.count). A published report can always be fetched unchanged."))),
            form(
                "bericht", "/verwaltung/berichte", page.t("Veröffentlichen", "Publish"), page,
                [
                    .div(
                        .class("field"),
                        .label(.attr("for", "bericht-stichtag"), .text(page.t("Stichtag", "Reporting date"))),
                        .inputTag(
                            ("type", "date"), ("id", "bericht-stichtag"), ("name", "stichtag"), ("value", today.iso))),
                    .div(
                        .class("field"),
                        .label(
                            .attr("for", "bericht-basis"),
                            .text(page.t("Vergleich mit (leer: letzter Bericht)", "Compared with (empty: last report)"))
                        ),
                        .inputTag(("type", "date"), ("id", "bericht-basis"), ("name", "basis"), ("value", ""))),
                    .div(
                        .class("field"),
                        .label(.attr("for", "bericht-vorlage"), .text(page.t("Vorlage", "Council paper"))),
                        .selectTag(
                            .attr("id", "bericht-vorlage"), .attr("name", "vorlage"),
                            .optionTag("", selected: false, page.t("keine", "none")),
                            .forEach(papers) { .optionTag($0, selected: false, $0) })),
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
