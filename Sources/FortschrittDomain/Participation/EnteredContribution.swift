/// How a contribution reached the city: online on the platform, or by letter, e-mail, at an event
/// or from the data platform — those entered by staff, each channel counted on its own.
public enum ContributionChannel: String, Hashable, Sendable, CaseIterable, Codable {
    case online
    case letter
    case email
    case event
    case dataPlatform = "data-platform"

    /// The channels staff enter by hand.
    public static let enteredByStaff: [ContributionChannel] = [.letter, .email, .event]
}

/// Where a contribution came from, when staff entered it: the channel, a public description of the
/// source without names of private persons ("Brief vom 3. März"), the day it arrived, and the event
/// it was made at.
public struct ContributionSource: Hashable, Sendable {
    public var channel: ContributionChannel
    public var source: String
    public var receivedOn: CalendarDate
    public var event: DiscussionEvent.ID?

    public init(
        channel: ContributionChannel, source: String, receivedOn: CalendarDate, event: DiscussionEvent.ID? = nil
    ) {
        self.channel = channel
        self.source = source
        self.receivedOn = receivedOn
        self.event = event
    }
}

/// A contribution that arrived by letter, e-mail or at an event, as staff enter it: anchored to a
/// block like an online comment, decided like one. A sender is named only if it is an organisation;
/// private persons stay without name, and no address is kept.
public struct EnteredContribution: Hashable, Sendable {
    public var source: ContributionSource
    public var anchor: QuoteAnchor
    public var text: String
    /// The organisation that sent it, shown with its badge; nil for a private person.
    public var organisation: String?

    public init(source: ContributionSource, anchor: QuoteAnchor, text: String, organisation: String?) {
        self.source = source
        self.anchor = anchor
        self.text = text
        self.organisation = organisation
    }

    /// The entry checked against the version it is on and the version's events: a published
    /// version with the block; a channel staff enter; a source of 1–300 characters on one line; a
    /// day between the version's publication (or the opening of its discussion) and today, for an
    /// event's contribution the event's day; a text of 1–5,000 characters; an organisation's name of
    /// at most 200 characters.
    public func checked(
        version: TextVersion, events: [DiscussionEvent], today: CalendarDate,
        channels: [ContributionChannel] = ContributionChannel.enteredByStaff
    ) throws(RuleViolation) -> EnteredContribution {
        // The earliest day a contribution to it can have come: its publication, or the opening of its
        // discussion if that was set earlier (a version published after the fact).
        guard version.state == .published,
            let earliest = [version.opensOn, version.publishedAt?.day].compactMap({ $0 }).min()
        else { throw RuleViolation("version", .versionNotPublished("\(version.number)")) }
        guard version.block(anchor.block) != nil, anchor.version == version.number else {
            throw RuleViolation("abschnitt", .noSuchBlock(anchor.block.text))
        }
        guard channels.contains(source.channel) else {
            throw RuleViolation(
                "kanal", .notOneOf(source.channel.rawValue, options: channels.map(\.rawValue).joined(separator: ", ")))
        }
        var checked = self
        checked.source.source = try Input.text(source.source.trimmingCharacters(in: .whitespaces), "quelle", limit: 300)
        if checked.source.source.isEmpty { throw RuleViolation("quelle", .entryNeedsSource) }
        if source.channel == .event {
            guard let id = source.event,
                let event = events.first(where: { $0.id == id && $0.version == version.number })
            else { throw RuleViolation("veranstaltung", .entryNeedsEvent) }
            checked.source.receivedOn = event.heldOn
        } else if source.event != nil {
            throw RuleViolation("veranstaltung", .entryNeedsEvent)
        }
        guard earliest <= checked.source.receivedOn, checked.source.receivedOn <= today else {
            throw RuleViolation(
                "eingang",
                .outOfRange(value: checked.source.receivedOn.iso, lower: earliest.iso, upper: today.iso))
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw RuleViolation("text", .contributionNeedsText) }
        checked.text = try Input.text(trimmed, "text", limit: ContributionRules.maximumLength, multiline: true)
        let name = try Input.text(
            (organisation ?? "").trimmingCharacters(in: .whitespaces), "organisation", limit: 200)
        checked.organisation = name.isEmpty ? nil : name
        return checked
    }
}
