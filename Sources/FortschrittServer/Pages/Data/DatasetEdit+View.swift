import FortschrittDomain
import Plot

extension StaffDatasetsModel {
    func render(_ page: PageContext) -> String {
        DataParts.staffList(
            page, siteName: siteName, title: .manageDatasets, path: "/verwaltung/daten", new: .newDataset,
            empty: .noDatasets,
            items: datasets.map { dataset, editable in
                (
                    dataset.slug, dataset.title, editable,
                    [
                        page.text(.accessLevel(dataset.access)), dataset.department,
                        page.text(.personalDataLevel(dataset.ethics.personalData)),
                    ].joined(separator: " · ")
                )
            }, notice: notice)
    }
}

extension DatasetEditModel {
    func render(_ page: PageContext) -> String {
        let title = dataset.map { page.text(.editDataset($0.title)) } ?? page.text(.newDataset)
        let form = StaffForm(values: values, page: page)
        return form.render(
            title: title, siteName: siteName, notice: notice, error: error,
            back: ("/verwaltung/daten", .manageDatasets),
            action: path, version: version, slug: dataset?.slug, slugLabel: .datasetSlugLabel, submit: .saveDataset,
            .group(
                form.input("titel", .datasetTitleLabel),
                form.area("beschreibung", .datasetDescriptionLabel),
                form.input("schlagworte", .keywordsLabel, hint: .listHint),
                form.select("thema", .themeLabel, DataTheme.allCases.map { ($0.rawValue, page.text(.dataTheme($0))) }),
                form.select("fachbereich", .publisherLabel, departments.map { ($0.code, "\($0.code) \($0.name)") }),
                form.input("kontakt", .contactLabel, hint: .contactHint),
                form.input("kontakt-email", .contactEmailLabel, type: "email"),
                form.select("lizenz", .licenceLabel, DataLicence.all.map { ($0.rawValue, $0.rawValue) }),
                form.select(
                    "haeufigkeit", .frequencyLabel,
                    UpdateFrequency.allCases.map { ($0.rawValue, page.text(.updateFrequency($0))) }),
                form.select(
                    "zugang", .accessLabel, hint: .accessHint,
                    Dataset.Access.allCases.map { ($0.rawValue, page.text(.accessLevel($0))) }),
                form.input("massnahmen", .datasetServesMeasures, hint: .measuresHint),
                form.input("abschnitte", .servesBlocks, hint: .blocksHint),
                .p(.class("hint"), .text(page.text(.distributionsHint))),
                .forEach(Array(1...DatasetForm.rows(form.values))) { row in
                    .fieldsetTag(
                        legend: page.text(.distributionLegend("\(row)")),
                        form.input("verteilung-\(row)-titel", .distributionTitleLabel),
                        form.input("verteilung-\(row)-adresse", .distributionURLLabel, type: "url"),
                        form.select(
                            "verteilung-\(row)-format", .distributionFormatLabel,
                            FileFormat.allCases.map { ($0.rawValue, $0.rawValue) }),
                        form.input("verteilung-\(row)-groesse", .distributionSizeLabel))
                },
                .fieldsetTag(
                    legend: page.text(.ethicsRecordHeading),
                    form.area("zweck", .purposeLabel),
                    form.input("rechtsgrundlage", .legalBasisLabel),
                    form.select(
                        "personenbezug", .personalDataLabel,
                        EthicsRecord.PersonalData.allCases.map { ($0.rawValue, page.text(.personalDataLevel($0))) }),
                    form.input("verfahren", .anonymisationLabel),
                    form.input("parameter", .anonymisationParametersLabel),
                    form.input("aufbewahrung", .retentionLabel, hint: .retentionHint),
                    form.select(
                        "pruefung", .reviewOutcomeLabel,
                        EthicsRecord.ReviewOutcome.allCases.map { ($0.rawValue, page.text(.reviewOutcomeName($0))) }),
                    form.input("gremium", .reviewBodyLabel),
                    form.input("geprueft-am", .reviewedOnLabel, type: "date"),
                    form.area("auflagen", .conditionsLabel),
                    form.input("naechste-pruefung", .nextReviewLabel, type: "date"))),
            after: .if(
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
