/// What a council report says about the discussion of a text version: its figures as they stood
/// when the report was published (frozen with the report's inputs, so that it regenerates byte
/// for byte), rendered as a section with a chart and a table.
public struct ParticipationSection: Hashable, Sendable, Codable {
    /// Kept by name only: a published report's inputs decode whatever channels come later.
    public struct ChannelRow: Hashable, Sendable, Codable {
        /// The channel's name as the report gives it.
        public var label: String
        /// Decisions by outcome, in the order of `Decision.Outcome.allCases`: a contribution counts
        /// once, or once per segment cut from it.
        public var outcomes: [Int]
        /// The channel's contributions, each once; nil in reports published before segments, where
        /// it is the sum of `outcomes`.
        public var contributions: Int?

        var counted: Int { contributions ?? outcomes.reduce(0, +) }
    }

    public var strategyTitle: String
    public var version: Int
    public var participants: Int
    public var contributions: Int
    public var channels: [ChannelRow]
    public var reviews: Int
    public var acceptanceInTenths: Int?
    public var practicalityInTenths: Int?
    /// The outcomes' names as the report gives them, in the order of `Decision.Outcome.allCases`:
    /// frozen with the figures, like the catalogue's labels.
    public var outcomeLabels: [String]

    /// `label` names channels and outcomes in the report's language (the string table's German).
    public init(
        strategyTitle: String, version: Int, figures: VersionFigures, channel: (ContributionChannel) -> String,
        outcome: (Decision.Outcome) -> String
    ) {
        outcomeLabels = Decision.Outcome.allCases.map(outcome)
        self.strategyTitle = strategyTitle
        self.version = version
        participants = figures.participants
        contributions = figures.contributions
        channels = figures.byChannel.map {
            ChannelRow(label: channel($0.channel), outcomes: $0.outcomes, contributions: $0.contributions)
        }
        reviews = figures.reviews
        acceptanceInTenths = figures.acceptance.meanInTenths
        practicalityInTenths = figures.practicality.meanInTenths
    }

    static func decimal(_ tenths: Int?) -> String {
        tenths.map { VersionFigures.decimal(tenths: $0, separator: ",") } ?? "–"
    }

    public var blocks: [ReportBlock] {
        let title = "Beteiligung: \(strategyTitle), Fassung \(version)"
        let used = channels.filter { $0.counted > 0 }
        var sentence =
            "An der Diskussion der Fassung \(version) haben sich \(German.count(participants, "Person", "Personen")) "
            + "beteiligt, mit Beiträgen oder ihrer Zustimmung; eingebracht wurden "
            + "\(German.count(contributions, "Beitrag", "Beiträge"))"
        sentence +=
            used.isEmpty
            ? "."
            : " ("
                + German.list(
                    used.map { row in
                        "\(row.counted) \(row.label)"
                    }) + ")."
        // By the kept labels, not today's outcomes: a report published earlier regenerates as it was.
        let totals = outcomeLabels.indices.map { index in
            channels.reduce(0) { $0 + ($1.outcomes.indices.contains(index) ? $1.outcomes[index] : 0) }
        }
        let decisions = totals.reduce(0, +)
        if decisions != contributions {
            sentence +=
                " Beiträge, die in Teile geteilt wurden, sind mit jedem Teil entschieden: "
                + "\(German.count(decisions, "Entscheidung", "Entscheidungen")) insgesamt."
        }
        if reviews > 0 {
            sentence +=
                " \(German.count(reviews, "veröffentlichte Bewertung", "veröffentlichte Bewertungen")) von "
                + "Expertinnen und Experten geben im Mittel Akzeptanz \(Self.decimal(acceptanceInTenths)) und "
                + "Praxistauglichkeit \(Self.decimal(practicalityInTenths)) von 5."
        }
        let outcomes = Decision.Outcome.allCases
        let chart = StatusChart(
            title: "Beiträge nach Kanal und Entscheidung",
            series: zip(outcomeLabels, outcomes).map { ($0, $1.chartKind) },
            bars: used.map { StatusChart.Bar(label: $0.label, segments: $0.outcomes) })
        let table = ReportTable(
            caption: "Beiträge zu Fassung \(version) nach Kanal und Entscheidung",
            header: ["Kanal"] + outcomeLabels + ["Summe"],
            rows: channels.map { row in
                [row.label] + row.outcomes.map(String.init) + ["\(row.outcomes.reduce(0, +))"]
            } + [["Summe"] + totals.map(String.init) + ["\(decisions)"]],
            numericColumns: Set(1...(outcomeLabels.count + 1)))
        return [.heading(level: 2, text: title), .paragraph(sentence)] + (used.isEmpty ? [] : [.chart(chart)])
            + [.table(table)]
    }
}
