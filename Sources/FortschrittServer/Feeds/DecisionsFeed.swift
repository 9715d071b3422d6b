import FortschrittDomain

extension AtomFeed {
    /// The published decisions on contributions to a strategy's versions, as the public pages show
    /// them: never a prepared one, the published state of one prepared anew, and of a hidden or
    /// withdrawn contribution only why its text is not shown.
    static func decisions(
        _ strategy: Strategy, texts: any TextRepository, contributions: any ContributionRepository,
        decisions: any DecisionRepository, _ site: FeedSite
    ) async throws -> AtomFeed {
        let page = site.page
        var entries: [Entry] = []
        for version in try await texts.versions(of: strategy) where version.state == .published {
            let records = try await decisions.decisions(on: version)
            guard records.values.contains(where: { $0.published != nil }) else { continue }
            let discussion = try await contributions.contributions(to: version)
            // Each comment, then the segments cut from it, which stand on the comment's page.
            let listed = version.blocks.flatMap { block in
                (discussion[block.id]?.comments ?? []).flatMap { comment in
                    [(comment, comment.anchor.block)]
                        + (discussion[block.id]?.segments[comment.id] ?? []).map { ($0, comment.anchor.block) }
                }
            }
            for (contribution, shownAt) in listed {
                guard let record = records[contribution.id], let decision = record.published,
                    let published = record.publishedAt
                else { continue }
                let anchor = contribution.anchor
                var parts = [page.text(.contributionColumn) + ": " + ContributionParts.text(contribution, page)]
                if !decision.reason.isEmpty { parts.append(page.text(.decisionReason) + ": " + decision.reason) }
                if let place = decision.appliedIn {
                    parts.append(
                        page.text(.appliedInLabel) + ": "
                            + page.text(.placeLabel("\(place.version)", place.block.text)))
                }
                entries.append(
                    Entry(
                        id: site.ids.id("contribution/\(contribution.id)/decision"),
                        title: page.text(
                            .feedDecisionTitle(
                                "\(contribution.id)", "\(anchor.version)", anchor.block.text,
                                page.text(.outcome(decision.outcome)))),
                        updated: published,
                        page: "/strategien/\(strategy.slug)/text/\(anchor.version)/abschnitt/\(shownAt.text)"
                            + "#beitrag-\(contribution.id)",
                        content: parts.joined(separator: "\n\n")))
            }
        }
        return site.feed(
            .decisions(strategy, page), id: "strategy/\(strategy.id)/decisions", author: strategy.publisher,
            page: "/strategien/\(strategy.slug)/text", entries: entries)
    }
}
