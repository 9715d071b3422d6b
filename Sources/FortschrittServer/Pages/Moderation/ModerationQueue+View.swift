import FortschrittDomain
import Plot

extension ModerationQueueModel {
    func render(_ page: PageContext) -> String {
        Layout.render(
            page, title: page.text(.moderation), siteName: siteName,
            .h1(.text(page.text(.moderation))),
            .nav(
                .class("tabs"), .ariaLabel(page.text(.moderationQueues)),
                .ul(
                    .forEach(Self.queues) { value, queue, label in
                        .li(
                            .a(
                                .attr("href", "/verwaltung/moderation?zustand=\(value)"),
                                .if(queue == self.queue, .attr("aria-current", "page")), .text(page.text(label))))
                    })),
            items.isEmpty
                ? .p(.text(page.text(.queueEmpty)))
                : .ol(.class("comments"), .forEach(items) { item($0, page) })
        )
    }

    func item(_ item: ModerationItem, _ page: PageContext) -> Node<HTML.ListContext> {
        let contribution = item.contribution
        return .li(
            .class("comment"),
            .p(
                .class("meta"), .strong(.text(page.text(.contributionNumber("\(contribution.id)")))), .text(" · "),
                .text(item.authorDisplayName), .text(" · "), Components.time(contribution.createdAt, page),
                .text(" · "), .text(ContributionParts.state(contribution, page))),
            .p(.text(contribution.text)),
            .if(
                !item.reports.isEmpty,
                .ul(
                    .forEach(item.reports) { report in
                        .li(.text(page.text(.reportedBecause(report.reason))))
                    })),
            .p(
                .a(
                    .attr("href", "/verwaltung/moderation/\(contribution.id)"),
                    .text(page.text(.moderateContribution("\(contribution.id)")))))
        )
    }
}
