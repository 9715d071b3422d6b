import FortschrittDomain
import Plot

extension StaffApplicationsModel {
    func render(_ page: PageContext) -> String {
        DataParts.staffList(
            page, siteName: siteName, title: .manageApplications, path: "/verwaltung/anwendungen",
            new: .newApplication, empty: .noApplications,
            items: applications.map { application, editable in
                (application.slug, application.title, editable, ApplicationParts.meta(application, [:], page))
            }, notice: notice)
    }
}

extension ApplicationEditModel {
    func render(_ page: PageContext) -> String {
        let title = application.map { page.text(.editApplication($0.title)) } ?? page.text(.newApplication)
        let form = StaffForm(values: values, page: page)
        return form.render(
            title: title, siteName: siteName, notice: notice, error: error,
            back: ("/verwaltung/anwendungen", .manageApplications), action: path, version: version,
            slug: application?.slug, slugLabel: .applicationSlugLabel, submit: .saveApplication,
            .group(
                form.input("titel", .applicationTitleLabel),
                form.area("zweck", .applicationPurposeLabel),
                form.select(
                    "feld", .applicationFieldLabel,
                    DataApplication.Field.allCases.map { ($0.rawValue, page.text(.applicationField($0))) }),
                form.select(
                    "status", .applicationStatusLabel,
                    DataApplication.Status.allCases.map { ($0.rawValue, page.text(.applicationStatus($0))) }),
                form.select("fachbereich", .responsibleLabel, departments.map { ($0.code, "\($0.code) \($0.name)") }),
                form.input("datensaetze", .usesDatasets, hint: .datasetsUsedHint),
                form.input("massnahmen", .applicationServesMeasures, hint: .measuresHint)),
            after: .unwrap(application) { application in
                .group(
                    .h2(.text(page.text(.findingsHeading))),
                    .forEach(findings) { shown in
                        ApplicationParts.finding(
                            shown, page,
                            extra: .if(
                                mayPutToDiscussion && shown.finding.contribution == nil
                                    && !shown.finding.question.isEmpty,
                                .p(
                                    .a(
                                        .attr(
                                            "href",
                                            "/verwaltung/anwendungen/\(application.slug)/befunde/"
                                                + "\(shown.finding.id)/diskussion"),
                                        .text(page.text(.putToDiscussion))))))
                    },
                    .h3(.text(page.text(.addFinding))),
                    .formTag(
                        .attr("method", "post"), .attr("action", "/verwaltung/anwendungen/\(application.slug)/befunde"),
                        Layout.csrfField(page),
                        form.area("befund", .findingLabel),
                        form.area("frage", .questionLabel, hint: .questionHint),
                        .button(.type(.submit), .text(page.text(.addFinding)))))
            })
    }
}

extension PutToDiscussionModel {
    func render(_ page: PageContext) -> String {
        let title = page.text(.putToDiscussionTitle(application.title))
        let chosen = entered["abschnitt"] ?? ""
        return Layout.render(
            page, title: title, siteName: siteName,
            .h1(.text(title)),
            .if(error != nil, .div(.class("error-summary"), .attr("role", "alert"), .p(.text(error ?? "")))),
            .p(.a(.attr("href", "/verwaltung/anwendungen/\(application.slug)"), .text(application.title))),
            .p(.text(page.text(.putToDiscussionIntro))),
            .p(.strong(.text(page.text(.questionLabel) + ": ")), .text(finding.question)),
            versions.isEmpty
                ? .p(.text(page.text(.noOpenDiscussion)))
                : .formTag(
                    .attr("method", "post"), .attr("action", path), Layout.csrfField(page),
                    Components.field(
                        "abschnitt", label: page.text(.discussionBlockLabel), error: nil,
                        .selectTag(
                            .attr("id", "abschnitt"), .attr("name", "abschnitt"),
                            .forEach(versions) { open in
                                .element(
                                    named: "optgroup",
                                    nodes: [
                                        .attribute(
                                            named: "label",
                                            value: page.text(
                                                .versionOption(open.strategy.title, "\(open.version.number)"))),
                                        .forEach(open.version.blocks) { block in
                                            let value = "\(open.strategy.slug)/\(open.version.number)/\(block.id.text)"
                                            return .optionTag(
                                                value, selected: chosen == value, String(block.text.prefix(90)))
                                        },
                                    ])
                            })),
                    .button(.type(.submit), .text(page.text(.putToDiscussion)))))
    }
}
