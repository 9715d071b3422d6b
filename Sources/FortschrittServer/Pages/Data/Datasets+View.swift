import FortschrittDomain
import Plot

extension DatasetsModel {
    func render(_ page: PageContext) -> String {
        Layout.render(
            page, title: page.text(.datasetsTitle), siteName: siteName,
            .h1(.text(page.text(.datasetsTitle))),
            .p(
                .text(page.text(.datasetsIntro)), .text(" "),
                .a(.attr("href", "/daten/ethik"), .text(page.text(.ethicsRegister)))),
            .p(
                .a(.attr("href", "/daten/anwendungen"), .text(page.text(.applicationsTitle))), .text(" · "),
                .a(.attr("href", "/daten/indikatoren"), .text(page.text(.indicatorsTitle)))),
            .if(datasets.isEmpty, .p(.text(page.text(.noDatasets)))),
            .forEach(datasets) { dataset in
                .article(
                    .h2(.a(.attr("href", "/daten/\(dataset.slug)"), .text(dataset.title))),
                    .p(.text(String(dataset.description.prefix(300)))),
                    .p(
                        .class("meta"),
                        .text(
                            [
                                page.text(.dataTheme(dataset.theme)),
                                DataParts.publisher(dataset.department, departments),
                                dataset.licence.rawValue,
                            ].joined(separator: " · "))))
            })
    }
}

extension DatasetModel {
    func render(_ page: PageContext) -> String {
        Layout.render(
            page, title: dataset.title, siteName: siteName,
            .p(.a(.attr("href", "/daten"), .text(page.text(.datasetsTitle)))),
            .h1(.text(dataset.title)),
            .p(.text(dataset.description)),
            DataParts.definitions([
                (page.text(.themeLabel), .text(page.text(.dataTheme(dataset.theme)))),
                (
                    page.text(.publisherLabel),
                    .text(
                        DataParts.publisher(dataset.department, departmentName.map { [dataset.department: $0] } ?? [:]))
                ),
                (
                    page.text(.contactLabel),
                    .group(
                        .text(dataset.contactName + ", "),
                        .a(.attr("href", "mailto:" + dataset.contactEmail), .text(dataset.contactEmail)))
                ),
                (page.text(.licenceLabel), .a(.attr("href", dataset.licence.iri), .text(dataset.licence.rawValue))),
                (page.text(.frequencyLabel), .text(page.text(.updateFrequency(dataset.frequency)))),
                (page.text(.keywordsLabel), .text(dataset.keywords.joined(separator: ", "))),
            ]),
            .h2(.text(page.text(.downloadsHeading))),
            .ul(
                .forEach(dataset.distributions) { distribution in
                    .li(
                        .a(
                            .attr("href", distribution.url),
                            .text(
                                distribution.title.isEmpty
                                    ? page.text(.unnamedDistribution(distribution.format.rawValue)) : distribution.title
                            )),
                        .text(
                            " (" + distribution.format.rawValue
                                + (distribution.byteSize.map { ", " + page.text(.byteSize("\($0)")) } ?? "") + ")"))
                }),
            .if(
                !dataset.measures.isEmpty,
                .group(
                    .h2(.text(page.text(.datasetServesMeasures))),
                    .ul(.forEach(dataset.measures) { .li(.a(.attr("href", "/massnahmen/\($0)"), .text($0))) }))),
            .if(
                !dataset.blocks.isEmpty,
                .group(
                    .h2(.text(page.text(.servesBlocks))),
                    .ul(
                        .forEach(dataset.blocks) { block in
                            .li(.a(.attr("href", "/strategien/\(block.strategy)/text"), .text(block.text)))
                        }))),
            .h2(.text(page.text(.ethicsRecordHeading))),
            DataParts.ethics(dataset.ethics, page),
            .h2(.text(page.text(.datasetChanges))),
            .ul(
                .forEach(history.reversed()) { event in
                    .li(
                        Components.date(event.effectiveOn, page), .text(" · "),
                        .text(page.text(.datasetChangeLine("\(event.number)", actors.name(for: event.actor)))),
                        .text(" " + DataParts.reason(event, page)))
                })
        )
    }
}

extension EthicsRegisterModel {
    func render(_ page: PageContext) -> String {
        Layout.render(
            page, title: page.text(.ethicsRegister), siteName: siteName,
            .p(.a(.attr("href", "/daten"), .text(page.text(.datasetsTitle)))),
            .h1(.text(page.text(.ethicsRegister))),
            .p(.text(page.text(.ethicsRegisterIntro))),
            .if(datasets.isEmpty, .p(.text(page.text(.noDatasets)))),
            .forEach(datasets) { dataset in
                .section(
                    .attr("aria-labelledby", "ethik-\(dataset.slug)"),
                    .h2(
                        .id("ethik-\(dataset.slug)"),
                        dataset.isPublic
                            ? .a(.attr("href", "/daten/\(dataset.slug)"), .text(dataset.title)) : .text(dataset.title)),
                    .p(.text(dataset.description)),
                    .p(
                        .class("meta"),
                        .text(
                            [
                                page.text(.accessLabel) + ": " + page.text(.accessLevel(dataset.access)),
                                DataParts.publisher(dataset.department, departments),
                            ].joined(separator: " · "))),
                    .if(!dataset.isPublic, .p(.text(page.text(.dataNotPublic)))),
                    DataParts.ethics(dataset.ethics, page))
            })
    }
}
