import FortschrittDomain
import Plot

/// How a contribution is shown wherever it appears: its author (name with consent, a pseudonym
/// after erasure, else without name; with a badge), and in place of the text of a hidden or
/// withdrawn one, why it is not shown.
enum ContributionParts {
    static func authorName(_ contribution: Contribution, _ page: PageContext) -> String {
        if contribution.authorErased { return page.text(.formerParticipant("\(contribution.author)")) }
        return contribution.authorName ?? page.text(.participantWithoutName)
    }

    static func author(_ contribution: Contribution, _ page: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .strong(.text(authorName(contribution, page))),
            .unwrap(contribution.authorBadge) { badge in
                .group(.text(" "), .span(.class("badge"), .text(self.badge(badge, page))))
            })
    }

    /// When (and, for one staff entered, how) it reached the city: the time it was written online, or
    /// its channel, source and day of arrival.
    static func arrival(_ contribution: Contribution, _ page: PageContext) -> Node<HTML.BodyContext> {
        guard let source = contribution.source else { return Components.time(contribution.createdAt, page) }
        return .group(
            .text(page.text(.receivedVia(page.text(.channelName(source.channel)), source.source)) + ", "),
            Components.date(source.receivedOn, page))
    }

    static func badge(_ badge: Participant.Badge, _ page: PageContext) -> String {
        switch badge {
        case .organisation: page.text(.badgeOrganisation)
        case .expert: page.text(.badgeExpert)
        }
    }

    /// The text, or the placeholder saying why it is not shown.
    static func body(_ contribution: Contribution, _ page: PageContext) -> Node<HTML.BodyContext> {
        contribution.state == .visible
            ? .p(.text(contribution.text)) : .p(.class("placeholder"), .text(text(contribution, page)))
    }

    /// The text as the public may read it: a hidden, withdrawn or waiting one's placeholder instead.
    static func text(_ contribution: Contribution, _ page: PageContext) -> String {
        switch contribution.state {
        case .visible: contribution.text
        case .hidden: page.text(.hiddenByModeration(contribution.hiddenReason ?? ""))
        case .withdrawn: page.text(.withdrawnByAuthor)
        case .pending: page.text(.awaitingApproval)
        }
    }

    /// A published decision: the outcome, its reason, and a link to where it was applied.
    static func decision(_ decision: Decision, strategy slug: String, _ page: PageContext) -> Node<HTML.BodyContext> {
        .span(
            .class("decision"),
            .strong(.text(page.text(.cityDecision(page.text(.outcome(decision.outcome)))))),
            .if(!decision.reason.isEmpty, .text(" – " + decision.reason)),
            .unwrap(decision.appliedIn) { place in
                .group(
                    .text(" · "),
                    .a(
                        .attr("href", "/strategien/\(slug)/text/\(place.version)/abschnitt/\(place.block.text)"),
                        .text(page.text(.appliedInPlace("\(place.version)", place.block.text)))))
            })
    }

    static func state(_ contribution: Contribution, _ page: PageContext) -> String {
        switch contribution.state {
        case .visible: page.text(.stateVisible)
        case .hidden: page.text(.stateHidden)
        case .withdrawn: page.text(.withdrawnByAuthor)
        case .pending: page.text(.awaitingApproval)
        }
    }
}
