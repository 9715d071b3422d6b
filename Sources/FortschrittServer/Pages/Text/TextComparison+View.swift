import FortschrittDomain
import Plot

extension TextComparisonModel {
    func render(_ page: PageContext) -> String {
        let (old, new) = (diff.old.number, diff.new.number)
        let title = page.text(.comparisonTitle("\(old)", "\(new)"))
        let counts = diff.counts
        return Layout.render(
            page, title: title, siteName: siteName, feeds: FeedLink.text(strategy, page),
            .nav(
                .ariaLabel(page.text(.breadcrumb)), .class("crumbs"),
                .a(.attr("href", "/strategien"), .text(page.text(.strategies))), .text(" › "),
                .a(.attr("href", "/strategien/\(strategy.slug)/text/\(new)"), .text(strategy.title))),
            .h1(.text(title)),
            .p(
                .class("lead"),
                .text(
                    page.text(
                        .comparisonSummary(
                            "\(counts[.changed] ?? 0)", "\(counts[.added] ?? 0)", "\(counts[.removed] ?? 0)",
                            "\(diff.blocks.filter(\.moved).count)")))),
            .p(.text(page.text(.comparisonLegend))),
            .ol(.class("diff"), .forEach(diff.blocks) { block($0, page) })
        )
    }

    func block(_ block: TextDiff.Block, _ page: PageContext) -> Node<HTML.ListContext> {
        var labels = [page.text(label(block.status))]
        if block.moved { labels.append(page.text(.blockMoved)) }
        return .li(
            .class("diff-\(block.status.rawValue)"),
            .p(.class("diff-status"), .strong(.text(labels.joined(separator: ", "))), .text(" · \(block.id.text)")),
            content(block, page),
            .if(block.status != .removed && !(applied[block.id] ?? []).isEmpty, ledHere(applied[block.id] ?? [], page)))
    }

    /// The contributions and decisions that led to the block's change.
    func ledHere(_ decided: [(Contribution, Decision)], _ page: PageContext) -> Node<HTML.BodyContext> {
        .div(
            .class("led-here"),
            .p(.text(page.text(.ledToThisChange))),
            .ul(
                .forEach(decided) { contribution, decision in
                    .li(
                        .a(
                            .attr("href", "/beitraege/\(contribution.id)"),
                            .text(page.text(.contributionNumber("\(contribution.id)")))),
                        .text(" (" + page.text(.textVersion("\(contribution.anchor.version)")) + "): "),
                        ContributionParts.decision(decision, strategy: strategy.slug, page))
                }))
    }

    func label(_ status: TextDiff.Block.Status) -> Text {
        switch status {
        case .unchanged: return .blockUnchanged
        case .changed: return .blockChanged
        case .added: return .blockAdded
        case .removed: return .blockRemoved
        }
    }

    func content(_ block: TextDiff.Block, _ page: PageContext) -> Node<HTML.BodyContext> {
        switch block.status {
        case .unchanged: return .p(.text(block.new?.text ?? ""))
        case .added: return .p(.ins(.span(.class("mark"), .text(page.text(.inserted))), .text(block.new?.text ?? "")))
        case .removed: return .p(.del(.span(.class("mark"), .text(page.text(.deleted))), .text(block.old?.text ?? "")))
        case .changed:
            return .p(
                .forEach(block.words) { change in
                    switch change.kind {
                    case .same: return .text(change.text)
                    case .inserted: return .ins(.span(.class("mark"), .text(page.text(.inserted))), .text(change.text))
                    case .deleted: return .del(.span(.class("mark"), .text(page.text(.deleted))), .text(change.text))
                    }
                })
        }
    }
}
