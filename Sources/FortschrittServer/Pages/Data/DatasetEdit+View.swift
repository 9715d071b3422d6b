import FortschrittDomain
import Plot

extension StaffDatasetsModel {
    func render(_ page: PageContext) -> String {
        Layout.render(
            page, title: page.text(.manageDatasets), siteName: siteName,
            .h1(.text(page.text(.manageDatasets))),
            Components.notice(notice),
            .p(.a(.attr("href", "/verwaltung/daten/neu"), .text(page.text(.newDataset)))),
            .if(datasets.isEmpty, .p(.text(page.text(.noDatasets)))),
            .ul(
                .forEach(datasets) { dataset, editable in
                    .li(
                        editable
                            ? .a(.attr("href", "/verwaltung/daten/\(dataset.slug)"), .text(dataset.title))
                            : .text(dataset.title),
                        .text(
                            " · " + page.text(.accessLevel(dataset.access)) + " · " + dataset.department + " · "
                                + page.text(.personalDataLevel(dataset.ethics.personalData))))
                }))
    }
}

extension DatasetEditModel {
    func render(_ page: PageContext) -> String {
        let title = dataset.map { page.text(.editDataset($0.title)) } ?? page.text(.newDataset)
        let values = values
        func input(_ name: String, _ label: Text, hint: Text? = nil, type: String = "text") -> Node<HTML.BodyContext> {
            Components.field(
                name, label: page.text(label), error: nil, hint: hint.map { page.text($0) },
                .inputTag(
                    ("type", type), ("id", name), ("name", name), ("value", values[name] ?? ""),
                    Components.describedBy(name, hint: hint != nil, error: false)))
        }
        func area(_ name: String, _ label: Text) -> Node<HTML.BodyContext> {
            Components.field(
                name, label: page.text(label), error: nil,
                .textareaTag(.attr("id", name), .attr("name", name), .attr("rows", "4"), .text(values[name] ?? "")))
        }
        func select(_ name: String, _ label: Text, hint: Text? = nil, _ options: [(String, String)])
            -> Node<HTML.BodyContext>
        {
            Components.field(
                name, label: page.text(label), error: nil, hint: hint.map { page.text($0) },
                .selectTag(
                    .attr("id", name), .attr("name", name),
                    Components.describedByNode(name, hint: hint != nil, error: false),
                    .forEach(options) { value, text in .optionTag(value, selected: values[name] == value, text) }))
        }
        return Layout.render(
            page, title: title, siteName: siteName,
            .h1(.text(title)),
            Components.notice(notice),
            .if(error != nil, .div(.class("error-summary"), .attr("role", "alert"), .p(.text(error ?? "")))),
            .p(.a(.attr("href", "/verwaltung/daten"), .text(page.text(.manageDatasets)))),
            .formTag(
                .attr("method", "post"), .attr("action", path), Layout.csrfField(page),
                // The version the person read: a refused stale save stays stale until the page is read again.
                .if(
                    version != nil,
                    .inputTag(("type", "hidden"), ("name", "stand"), ("value", entered["stand"] ?? "\(version ?? 0)"))),
                dataset == nil
                    ? input("kennung", .datasetSlugLabel)
                    : .inputTag(("type", "hidden"), ("name", "kennung"), ("value", dataset?.slug ?? "")),
                input("titel", .datasetTitleLabel),
                area("beschreibung", .datasetDescriptionLabel),
                input("schlagworte", .keywordsLabel, hint: .listHint),
                select("thema", .themeLabel, DataTheme.allCases.map { ($0.rawValue, page.text(.dataTheme($0))) }),
                select("fachbereich", .publisherLabel, departments.map { ($0.code, "\($0.code) \($0.name)") }),
                input("kontakt", .contactLabel, hint: .contactHint),
                input("kontakt-email", .contactEmailLabel, type: "email"),
                select("lizenz", .licenceLabel, DataLicence.all.map { ($0.rawValue, $0.rawValue) }),
                select(
                    "haeufigkeit", .frequencyLabel,
                    UpdateFrequency.allCases.map { ($0.rawValue, page.text(.updateFrequency($0))) }),
                select(
                    "zugang", .accessLabel, hint: .accessHint,
                    Dataset.Access.allCases.map { ($0.rawValue, page.text(.accessLevel($0))) }),
                input("massnahmen", .datasetServesMeasures, hint: .measuresHint),
                input("abschnitte", .servesBlocks, hint: .blocksHint),
                .p(.class("hint"), .text(page.text(.distributionsHint))),
                .forEach(Array(1...DatasetForm.rows(values))) { row in
                    .fieldsetTag(
                        legend: page.text(.distributionLegend("\(row)")),
                        input("verteilung-\(row)-titel", .distributionTitleLabel),
                        input("verteilung-\(row)-adresse", .distributionURLLabel, type: "url"),
                        select(
                            "verteilung-\(row)-format", .distributionFormatLabel,
                            FileFormat.allCases.map { ($0.rawValue, $0.rawValue) }),
                        input("verteilung-\(row)-groesse", .distributionSizeLabel))
                },
                .fieldsetTag(
                    legend: page.text(.ethicsRecordHeading),
                    area("zweck", .purposeLabel),
                    input("rechtsgrundlage", .legalBasisLabel),
                    select(
                        "personenbezug", .personalDataLabel,
                        EthicsRecord.PersonalData.allCases.map { ($0.rawValue, page.text(.personalDataLevel($0))) }),
                    input("verfahren", .anonymisationLabel),
                    input("parameter", .anonymisationParametersLabel),
                    input("aufbewahrung", .retentionLabel, hint: .retentionHint),
                    select(
                        "pruefung", .reviewOutcomeLabel,
                        EthicsRecord.ReviewOutcome.allCases.map { ($0.rawValue, page.text(.reviewOutcomeName($0))) }),
                    input("gremium", .reviewBodyLabel),
                    input("geprueft-am", .reviewedOnLabel, type: "date"),
                    area("auflagen", .conditionsLabel),
                    input("naechste-pruefung", .nextReviewLabel, type: "date")),
                .if(dataset != nil, input("grund", .changeReasonLabel)),
                .button(.type(.submit), .text(page.text(.saveDataset)))),
            .if(
                !history.isEmpty,
                .group(
                    .h2(.text(page.text(.datasetChanges))),
                    .ul(
                        .forEach(history.reversed()) { event in
                            .li(
                                Components.time(event.recordedAt, page), .text(" · "),
                                .text(page.text(.datasetChangeLine("\(event.number)", event.actor))),
                                .text(" " + DataParts.reason(event, page)))
                        })))
        )
    }
}
