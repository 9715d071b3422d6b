import FortschrittDomain
import Plot

extension ApplicationsModel {
    func render(_ page: PageContext) -> String {
        Layout.render(
            page, title: page.text(.applicationsTitle), siteName: siteName,
            .p(.a(.attr("href", "/daten"), .text(page.text(.datasetsTitle)))),
            .h1(.text(page.text(.applicationsTitle))),
            .p(.text(page.text(.applicationsIntro))),
            .if(applications.isEmpty, .p(.text(page.text(.noApplications)))),
            .forEach(applications) { application in
                .article(
                    .h2(.a(.attr("href", "/daten/anwendungen/\(application.slug)"), .text(application.title))),
                    .p(.text(String(application.purpose.prefix(300)))),
                    .p(.class("meta"), .text(ApplicationParts.meta(application, departments, page))))
            })
    }
}

extension ApplicationModel {
    func render(_ page: PageContext) -> String {
        Layout.render(
            page, title: application.title, siteName: siteName,
            .p(.a(.attr("href", "/daten/anwendungen"), .text(page.text(.applicationsTitle)))),
            .h1(.text(application.title)),
            .p(.text(application.purpose)),
            DataParts.definitions([
                (page.text(.applicationFieldLabel), .text(page.text(.applicationField(application.field)))),
                (page.text(.applicationStatusLabel), .text(page.text(.applicationStatus(application.status)))),
                (
                    page.text(.responsibleLabel),
                    .text(
                        DataParts.publisher(
                            application.department, departmentName.map { [application.department: $0] } ?? [:]))
                ),
            ]),
            .h2(.text(page.text(.usesDatasets))),
            .ul(
                .forEach(openDatasets) { dataset in
                    .li(.a(.attr("href", "/daten/\(dataset.slug)"), .text(dataset.title)))
                }),
            .if(
                nonPublicDatasets > 0,
                .p(
                    .text(page.text(.nonPublicDatasetsUsed("\(nonPublicDatasets)"))), .text(" "),
                    .a(.attr("href", "/daten/ethik"), .text(page.text(.ethicsRegister))))),
            .if(
                !application.measures.isEmpty,
                .group(
                    .h2(.text(page.text(.applicationServesMeasures))),
                    .ul(.forEach(application.measures) { .li(.a(.attr("href", "/massnahmen/\($0)"), .text($0))) }))),
            .h2(.text(page.text(.findingsHeading))),
            .if(findings.isEmpty, .p(.text(page.text(.noFindings)))),
            .forEach(findings) { shown in ApplicationParts.finding(shown, page) })
    }
}

/// What the application pages share: the line under a title, and a finding with its question.
enum ApplicationParts {
    static func meta(_ application: DataApplication, _ departments: [String: String], _ page: PageContext) -> String {
        [
            page.text(.applicationField(application.field)), page.text(.applicationStatus(application.status)),
            DataParts.publisher(application.department, departments),
        ].joined(separator: " · ")
    }

    static func finding(
        _ shown: ApplicationModel.ShownFinding, _ page: PageContext, extra: Node<HTML.BodyContext> = .empty
    )
        -> Node<HTML.BodyContext>
    {
        .article(
            .class("finding"), .attr("id", "befund-\(shown.finding.id)"),
            .h3(.text(page.text(.findingRecorded(Components.dateText(shown.finding.recordedAt.day, page))))),
            .p(.text(shown.finding.text)),
            .if(
                !shown.finding.question.isEmpty,
                .group(
                    .p(.strong(.text(page.text(.questionLabel) + ": ")), .text(shown.finding.question)),
                    .unwrap(shown.discussion) { link in
                        .p(.a(.attr("href", link), .text(page.text(.questionInDiscussion))))
                    })),
            extra)
    }
}
