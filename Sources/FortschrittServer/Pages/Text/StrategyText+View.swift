import FortschrittDomain
import Plot

extension StrategyTextModel {
    func render(_ page: PageContext) -> String {
        Layout.render(
            page, title: "\(version.title) (\(page.text(.textVersion("\(version.number)"))))", siteName: siteName,
            feeds: FeedLink.text(strategy, page),
            .nav(
                .ariaLabel(page.text(.breadcrumb)), .class("crumbs"),
                .a(.attr("href", "/strategien"), .text(page.text(.strategies))), .text(" › "),
                .text(strategy.title)),
            .h1(.text(version.title)),
            .p(.class("lead"), .text(page.text(.textVersionOf("\(version.number)", "\(published.count)")))),
            phase(page),
            FollowParts.form(.strategy(slug: strategy.slug), page),
            .unwrap(adoptedOn) {
                .p(.class("adopted"), .strong(.text(page.text(.adoptedOn))), Components.date($0, page))
            },
            .if(!version.note.isEmpty, .p(.text(page.text(.textVersionNote)), .text(version.note))),
            .p(
                .a(
                    .attr("href", "/strategien/\(strategy.slug)/text/\(version.number)/abwaegung"),
                    .text(page.text(.decisionTable)))),
            versions(page),
            .if(!events.isEmpty, eventList(page)),
            .article(.class("strategy-text"), .forEach(groups) { group(group: $0, page) }),
            .unwrap(figures) { FigureParts.section($0, page) },
            .if(
                !reviews.isEmpty,
                .section(
                    .h2(.text(page.text(.expertReviewsHeading))),
                    .ul(
                        .class("comments"),
                        .forEach(reviews) { .li(.class("comment"), ReviewsModel.review($0, page, state: false)) })))
        )
    }

    /// The discussions held elsewhere on this version, each with its minutes.
    func eventList(_ page: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(page.text(.eventsHeading))),
            .ul(
                .forEach(events) { event in
                    .li(
                        Components.date(event.heldOn, page),
                        .text(
                            ": " + page.text(.eventFormat(event.format)) + ", " + event.place + ", "
                                + page.text(.attendeesCount("\(event.attendees)"))),
                        .if(
                            event.correctedAt != nil,
                            .p(
                                .class("meta"), .text(page.text(.eventCorrected)),
                                Components.time(event.correctedAt ?? .earliest, page),
                                .text(": " + (event.correctionReason ?? "")))),
                        .if(
                            !event.minutes.isEmpty,
                            .details(
                                .summary(.text(page.text(.eventMinutes))),
                                .forEach(event.minutes.components(separatedBy: "\n\n")) { paragraph in
                                    .p(.raw(InlineMarkdown.html(paragraph)))
                                })))
                }))
    }

    func phase(_ page: PageContext) -> Node<HTML.BodyContext> {
        var parts: [Node<HTML.BodyContext>] = []
        if let published = version.publishedAt {
            parts += [.text(page.text(.textPublishedOn)), Components.time(published, page), .text(". ")]
        }
        if let opens = version.opensOn, let closes = version.closesOn {
            let key: Text =
                version.isOpen(on: today) ? .discussionOpen : today < opens ? .discussionUpcoming : .discussionClosed
            parts += [
                .text(page.text(key)), Components.date(opens, page), .text(" – "), Components.date(closes, page),
                .text("."),
            ]
        }
        return .p(.class("phase"), .group(parts))
    }

    func versions(_ page: PageContext) -> Node<HTML.BodyContext> {
        .if(
            published.count > 1,
            .section(
                .attr("aria-labelledby", "fassungen"),
                .h2(.id("fassungen"), .text(page.text(.textVersions))),
                .ul(
                    .forEach(published) { other in
                        .li(
                            other.number == version.number
                                ? .strong(.text(page.text(.textVersion("\(other.number)"))))
                                : .a(
                                    .attr("href", "/strategien/\(strategy.slug)/text/\(other.number)"),
                                    .text(page.text(.textVersion("\(other.number)")))),
                            .text(" – \(other.title)"))
                    }),
                compareForm(page)))
    }

    func compareForm(_ page: PageContext) -> Node<HTML.BodyContext> {
        let numbers = published.map(\.number)
        let from = numbers.last { $0 < version.number } ?? numbers.first ?? 1
        func select(_ name: String, _ label: String, selected: Int) -> Node<HTML.BodyContext> {
            .div(
                .class("field"),
                .label(.attr("for", name), .text(label)),
                .selectTag(
                    .attr("id", name), .attr("name", name),
                    .forEach(numbers) { number in
                        .optionTag("\(number)", selected: number == selected, page.text(.textVersion("\(number)")))
                    }))
        }
        return .formTag(
            .class("compare"), .attr("method", "get"), .attr("action", "/strategien/\(strategy.slug)/vergleich"),
            select("von", page.text(.compareFrom), selected: from),
            select("zu", page.text(.compareTo), selected: version.number),
            .button(.type(.submit), .text(page.text(.compare))))
    }

    func group(group: Group, _ page: PageContext) -> Node<HTML.BodyContext> {
        switch group {
        case .block(let block): return self.block(block, page)
        case .list(let items): return .ul(.forEach(items) { item in .li(self.block(item, page)) })
        }
    }

    func block(_ block: TextBlock, _ page: PageContext) -> Node<HTML.BodyContext> {
        let anchor = "abschnitt-\(block.id.text)"
        let content: Node<HTML.BodyContext> = .raw(InlineMarkdown.html(block.text))
        let permalink: Node<HTML.BodyContext> = .a(
            .class("permalink"), .attr("href", "#\(anchor)"),
            .attr("aria-label", page.text(.linkToSection(block.id.text))), .text("¶"))
        let body: Node<HTML.BodyContext>
        switch block.kind {
        case .heading:
            // The page's h1 is the title: the text's headings start one level lower.
            let level = min(max(block.level + 1, 2), 6)
            body = .element(named: "h\(level)", nodes: [.attr("id", anchor), content, .text(" "), permalink])
        case .paragraph, .item:
            body = .div(.attr("id", anchor), .class("block"), .p(content, .text(" "), permalink))
        }
        let counts = discussion[block.id] ?? BlockTally()
        // The link's name begins with its visible text (WCAG 2.5.3) and names the block.
        let action = page.text(version.isOpen(on: today) ? .commentOn : .readComments)
        return .group(
            body,
            .p(
                .class("discuss"),
                .a(
                    .class("button"),
                    .attr("href", "/strategien/\(strategy.slug)/text/\(version.number)/abschnitt/\(block.id.text)"),
                    .attr("aria-label", page.text(.commentOnSection(action, block.id.text))),
                    .text(action)),
                .text(
                    " "
                        + page.text(
                            .blockCounts("\(counts.comments)", "\(counts.agree)", "\(counts.disagree)"))
                        + (counts.earlier > 0 ? " · " + page.text(.earlierCount("\(counts.earlier)")) : ""))),
            .if(
                !block.measures.isEmpty,
                .p(
                    .class("serves"), .text(page.text(.servesMeasures)),
                    .forEach(Array(block.measures.enumerated())) { index, number in
                        .group(
                            .if(index > 0, .text(", ")),
                            version.catalogueIsPortal(portalStrategy)
                                ? .a(.attr("href", "/massnahmen/\(number.text)"), .text(number.text))
                                : .text(number.text))
                    })))
    }
}

extension TextVersion {
    /// Whether the measures this text names are the ones `/massnahmen` shows.
    func catalogueIsPortal(_ portal: Strategy.ID?) -> Bool { portal == catalogue }
}
