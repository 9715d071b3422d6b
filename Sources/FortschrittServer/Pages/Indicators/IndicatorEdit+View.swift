import FortschrittDomain
import Plot

extension StaffIndicatorsModel {
    func render(_ page: PageContext) -> String {
        DataParts.staffList(
            page, siteName: siteName, title: .manageIndicators, path: "/verwaltung/indikatoren", new: .newIndicator,
            empty: .noIndicators,
            items: indicators.map { indicator, editable in
                (
                    indicator.slug, indicator.title, editable,
                    [indicator.unit, IndicatorParts.direction(indicator.direction, page), indicator.department]
                        .joined(separator: " · ")
                )
            }, notice: notice,
            extra: .p(.a(.attr("href", "/verwaltung/indikatoren/werte"), .text(page.text(.importValues)))))
    }
}

extension IndicatorEditModel {
    func render(_ page: PageContext) -> String {
        let title = indicator.map { page.text(.editIndicator($0.title)) } ?? page.text(.newIndicator)
        let form = StaffForm(values: values, page: page)
        return form.render(
            title: title, siteName: siteName, notice: notice, error: error,
            back: ("/verwaltung/indikatoren", .manageIndicators), action: path, version: version,
            slug: indicator?.slug, slugLabel: .indicatorSlugLabel, submit: .saveIndicator,
            .group(
                form.input("titel", .indicatorTitleLabel),
                form.area("beschreibung", .datasetDescriptionLabel),
                form.input("einheit", .unitLabel),
                form.select(
                    "richtung", .directionLabel,
                    [
                        ("increase", page.text(.directionIncrease)), ("decrease", page.text(.directionDecrease)),
                        ("band", page.text(.directionBandChoice)),
                    ]),
                form.input("untergrenze", .lowerBoundLabel, hint: .boundsHint),
                form.input("obergrenze", .upperBoundLabel),
                form.input("basiswert", .baselineLabel),
                form.input("basisdatum", .baselineDateLabel, type: "date"),
                form.area("ziele", .targetsLabel, hint: .targetsHint),
                form.select("fachbereich", .responsibleLabel, departments.map { ($0.code, "\($0.code) \($0.name)") }),
                form.input("massnahmen", .indicatorServesMeasures, hint: .measuresHint),
                form.input("datensaetze", .sourceDatasets, hint: .datasetsUsedHint)))
    }
}

extension IndicatorImportModel {
    func render(_ page: PageContext) -> String {
        let form = StaffForm(values: entered, page: page)
        return Layout.render(
            page, title: page.text(.importValues), siteName: siteName,
            .h1(.text(page.text(.importValues))),
            .if(error != nil, .div(.class("error-summary"), .attr("role", "alert"), .p(.text(error ?? "")))),
            .p(.a(.attr("href", "/verwaltung/indikatoren"), .text(page.text(.manageIndicators)))),
            .p(.text(page.text(.importValuesIntro))),
            .unwrap(plan) { plan in
                .section(
                    .attr("aria-labelledby", "plan"),
                    .h2(.id("plan"), .text(page.text(recorded ? .importRecorded : .importPreview))),
                    .p(
                        .text(
                            page.text(
                                .importCounts("\(plan.added.count)", "\(plan.changed.count)", "\(plan.unchanged.count)")
                            ))),
                    .ul(
                        .forEach(plan.added) { row in
                            .li(
                                .text(
                                    page.text(.importLine("\(row.line)")) + " " + row.key.text + ": " + row.value.text))
                        },
                        .forEach(plan.changed) { change in
                            .li(
                                .text(
                                    page.text(.importLine("\(change.row.line)")) + " " + change.row.key.text + ": "
                                        + change.old.value.text + " → " + change.new.value.text))
                        }))
            },
            .formTag(
                .attr("method", "post"), .attr("action", path), Layout.csrfField(page),
                form.area("werte", .csvValuesLabel, hint: .csvValuesHint),
                form.input("grund", .changeReasonLabel),
                .button(
                    .type(.submit), .attr("name", "aktion"), .attr("value", "vorschau"),
                    .text(page.text(.previewImport))),
                .text(" "),
                .button(
                    .type(.submit), .attr("name", "aktion"), .attr("value", "uebernehmen"),
                    .text(page.text(.applyImport)))))
    }
}
