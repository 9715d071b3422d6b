import FortschrittDomain
import FortschrittExchange

/// The Abwägungstabelle of a version, as the council reads it: one numbered row per contribution
/// (in the order of the text; a contribution cut into segments is followed by a row per segment,
/// numbered 3.1, 3.2, …, which carry the decisions), with channel and date, where it points (version, section, quoted
/// words), the contribution, who wrote it, and the city's published decision with its reason and
/// where it was applied. Variants: without the contributions' text; anonymised (no names of
/// private persons: only organisations keep theirs).
struct DecisionTableModel: Sendable {
    struct Row: Sendable {
        var number: String
        var contribution: Contribution
        var decision: Decision?
        /// How many segments it was cut into (their rows follow it).
        var segments = 0
    }

    var siteName: String
    var strategy: Strategy
    var version: TextVersion
    var rows: [Row]
    var withText: Bool
    var anonymised: Bool
    /// The table as laid before the council, once it was.
    var published: PublishedDecisionTable?

    var path: String { "/strategien/\(strategy.slug)/text/\(version.number)/abwaegung" }

    static func load(
        _ strategy: Strategy, number: Int, texts: any TextRepository, contributions: any ContributionRepository,
        decisions: any DecisionRepository, council: any CouncilRepository, siteName: String, withText: Bool,
        anonymised: Bool
    ) async throws -> DecisionTableModel? {
        guard let version = try await texts.version(number: number, of: strategy), version.state == .published
        else { return nil }
        let discussion = try await contributions.contributions(to: version)
        let published = try await decisions.published(on: [version])
        let listed = version.blocks.flatMap { discussion[$0.id]?.comments ?? [] }
        return DecisionTableModel(
            siteName: siteName, strategy: strategy, version: version,
            rows: listed.enumerated().flatMap { offset, contribution in
                let number = "\(offset + 1)"
                let parts = discussion[contribution.anchor.block]?.segments[contribution.id] ?? []
                return [
                    Row(
                        number: number, contribution: contribution,
                        decision: parts.isEmpty ? published[contribution.id] : nil, segments: parts.count)
                ]
                    + parts.enumerated().map {
                        Row(
                            number: "\(number).\($0.offset + 1)", contribution: $0.element,
                            decision: published[$0.element.id])
                    }
            },
            withText: withText, anonymised: anonymised,
            published: try await council.publishedDecisionTables().first {
                $0.strategy == strategy.id && $0.version == number
            })
    }

    /// The name shown in the table: none for private persons in the anonymised variant.
    func author(_ contribution: Contribution, _ page: PageContext) -> String {
        if anonymised, contribution.authorBadge != .organisation { return page.text(.privatePerson) }
        return ContributionParts.authorName(contribution, page)
    }

    func text(_ contribution: Contribution, _ page: PageContext) -> String {
        switch contribution.state {
        case .visible: contribution.text
        // A moderator's reason may name someone: the anonymised table says only that it was hidden.
        case .hidden:
            anonymised ? page.text(.stateHidden) : page.text(.hiddenByModeration(contribution.hiddenReason ?? ""))
        case .withdrawn, .pending: page.text(.withdrawnByAuthor)
        }
    }

    /// The channel, with the source of a contribution staff entered.
    func channel(_ contribution: Contribution, _ page: PageContext) -> String {
        let name = page.text(.channelName(contribution.channel))
        return source(contribution).map { "\(name) (\($0))" } ?? name
    }

    /// The source staff described; typed by hand, it may name a private person, so the anonymised
    /// table keeps it only for an organisation's contribution.
    func source(_ contribution: Contribution) -> String? {
        guard let source = contribution.source?.source else { return nil }
        return anonymised && contribution.authorBadge != .organisation ? nil : source
    }

    /// The decision's outcome; for a contribution cut into segments, where its decisions are.
    func outcome(_ row: Row, _ page: PageContext) -> String {
        guard row.segments > 0 else { return page.text(.outcome(row.decision?.outcome ?? .open)) }
        return page.text(.decidedInSegments("\(row.number).1–\(row.number).\(row.segments)"))
    }

    func applied(_ decision: Decision?, _ page: PageContext) -> String {
        decision?.appliedIn.map { page.text(.placeLabel("\($0.version)", $0.block.text)) } ?? ""
    }

    /// The same table as CSV (the one writer, cells defused), CRLF as spreadsheets expect.
    func csv(_ page: PageContext) -> String {
        var header = [
            page.text(.rowNumber), page.text(.channel), page.text(.sourceLabel), page.text(.date),
            page.text(.textVersionColumn),
            page.text(.blockID), page.text(.quotedWords),
        ]
        if withText { header.append(page.text(.contributionColumn)) }
        header += [
            page.text(.author), page.text(.outcomeLabel), page.text(.decisionReason), page.text(.appliedInLabel),
        ]
        let lines = rows.map { row in
            var cells = [
                row.number, page.text(.channelName(row.contribution.channel)),
                source(row.contribution) ?? "",
                row.contribution.receivedOn.iso,
                "\(row.contribution.anchor.version)", row.contribution.anchor.block.text,
                row.contribution.anchor.quote ?? "",
            ]
            if withText { cells.append(text(row.contribution, page)) }
            cells += [
                author(row.contribution, page), outcome(row, page),
                row.decision?.reason ?? "", applied(row.decision, page),
            ]
            return cells
        }
        return CSVTable.format([header] + lines, lineEnd: "\r\n")
    }
}
