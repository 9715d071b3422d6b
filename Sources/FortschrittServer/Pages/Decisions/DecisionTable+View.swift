import FortschrittDomain
import Plot

extension DecisionTableModel {
    func render(_ page: PageContext) -> String {
        let title = page.text(.decisionTableOf(strategy.title, "\(version.number)"))
        let variant = (withText ? "" : "ohne-text=1&") + (anonymised ? "anonym=1" : "")
        return Layout.render(
            page, title: title, siteName: siteName, feeds: [.decisions(strategy, page)],
            .nav(
                .ariaLabel(page.text(.breadcrumb)), .class("crumbs"),
                .a(.attr("href", "/strategien"), .text(page.text(.strategies))), .text(" › "),
                .a(
                    .attr("href", "/strategien/\(strategy.slug)/text/\(version.number)"),
                    .text("\(strategy.title), \(page.text(.textVersion("\(version.number)")))"))),
            .h1(.text(title)),
            .p(.text(page.text(.decisionTableExplanation))),
            .ul(
                .class("variants"),
                .li(.a(.attr("href", path), .text(page.text(.variantFull)))),
                .li(.a(.attr("href", path + "?anonym=1"), .text(page.text(.variantAnonymised)))),
                .li(.a(.attr("href", path + "?ohne-text=1&anonym=1"), .text(page.text(.variantWithoutText)))),
                .li(
                    .a(
                        .attr("href", path + ".csv" + (variant.isEmpty ? "" : "?" + variant)),
                        .text(page.text(.downloadCSV)))),
                .li(
                    .a(
                        .attr("href", path + ".docx" + (variant.isEmpty ? "" : "?" + variant)),
                        .text(page.text(.downloadDOCX))))),
            .unwrap(published) { frozen($0, page) },
            rows.isEmpty
                ? .p(.text(page.text(.noCommentsYet)))
                : .table(
                    .class("responsive"),
                    .caption(.text(title)),
                    .thead(
                        .tr(
                            .th(.attr("scope", "col"), .text(page.text(.rowNumber))),
                            .th(.attr("scope", "col"), .text(page.text(.blockID))),
                            .if(withText, .th(.attr("scope", "col"), .text(page.text(.contributionColumn)))),
                            .th(.attr("scope", "col"), .text(page.text(.author))),
                            .th(.attr("scope", "col"), .text(page.text(.outcomeLabel))),
                            .th(.attr("scope", "col"), .text(page.text(.decisionReason))),
                            .th(.attr("scope", "col"), .text(page.text(.appliedInLabel))))),
                    .tbody(.forEach(rows) { row($0, page) }))
        )
    }

    /// The files laid before the council, at their lasting addresses (OParl's), with their checksums.
    func frozen(_ table: PublishedDecisionTable, _ page: PageContext) -> Node<HTML.BodyContext> {
        let formats: [(String, Text)] = [("docx", .formatWord), ("csv", .formatCSV), ("html", .formatHTML)]
        return .section(
            .attr("aria-labelledby", "vorgelegt"),
            .h2(.id("vorgelegt"), .text(page.text(.tableLaidBeforeCouncil))),
            .p(
                .text(page.text(.tablePublishedWith(table.paper))), Components.time(table.publishedAt, page), .text(".")
            ),
            .p(.text(page.text(.tableFrozenExplanation))),
            .ul(
                .class("downloads"),
                .forEach(formats) { format, label in
                    .li(
                        .a(
                            .attr("href", DecisionTablePublisher.address(table, format) + "?download=1"),
                            .text(page.text(label))),
                        .text(" · "), .code(.text(page.text(.checksumSHA256(table.hashes[format] ?? "")))))
                }))
    }

    func row(_ row: Row, _ page: PageContext) -> Node<HTML.TableContext> {
        let contribution = row.contribution
        return .tr(
            .th(
                .attr("scope", "row"), .attr("data-label", page.text(.rowNumber)),
                // The contribution's own page names its author: the anonymised table does not link it.
                anonymised
                    ? .text(row.number)
                    : .a(.attr("href", "/beitraege/\(contribution.id)"), .text(row.number))),
            .td(
                .attr("data-label", page.text(.blockID)),
                .text(contribution.anchor.block.text),
                .unwrap(contribution.anchor.quote) { .group(.text(": "), .element(named: "q", nodes: [.text($0)])) },
                .text(" · " + channel(contribution, page) + ", "), Components.date(contribution.receivedOn, page)),
            .if(withText, .td(.attr("data-label", page.text(.contributionColumn)), .text(text(contribution, page)))),
            .td(.attr("data-label", page.text(.author)), .text(author(contribution, page))),
            .td(
                .attr("data-label", page.text(.outcomeLabel)),
                .text(outcome(row, page))),
            .td(.attr("data-label", page.text(.decisionReason)), .text(row.decision?.reason ?? "")),
            .td(.attr("data-label", page.text(.appliedInLabel)), .text(applied(row.decision, page))))
    }
}
