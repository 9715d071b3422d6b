/// A discussion held outside the platform (a workshop, a Bürgerforum, an expert talk, an online
/// survey) on a version: when, where, how many took part (no names) and its minutes in Markdown.
public struct DiscussionEvent: Hashable, Sendable {
    public typealias ID = Int64

    public enum Format: String, Hashable, Sendable, CaseIterable {
        case workshop
        case citizensForum = "citizens-forum"
        case expertTalk = "expert-talk"
        case onlineSurvey = "online-survey"
    }

    public var id: Int64
    public var version: Int
    public var heldOn: CalendarDate
    public var format: Format
    public var place: String
    public var attendees: Int
    public var minutes: String
    /// When the event was last corrected, and why; nil as first recorded.
    public var correctedAt: RecordedTime?
    public var correctionReason: String?

    public init(
        id: Int64, version: Int, heldOn: CalendarDate, format: Format, place: String, attendees: Int, minutes: String
    ) {
        self.id = id
        self.version = version
        self.heldOn = heldOn
        self.format = format
        self.place = place
        self.attendees = attendees
        self.minutes = minutes
    }

    /// The event as entered, checked: a place of at most 200 characters on one line, 0 to 100,000
    /// attendees, minutes of at most 50,000 characters.
    public func checked() throws(RuleViolation) -> DiscussionEvent {
        var checked = self
        checked.place = try Input.text(place.trimmingCharacters(in: .whitespaces), "ort", limit: 200)
        if checked.place.isEmpty { throw RuleViolation("ort", .eventNeedsPlace) }
        checked.minutes = try Input.text(
            minutes.trimmingCharacters(in: .whitespacesAndNewlines), "protokoll", limit: 50_000, multiline: true)
        guard (0...100_000).contains(attendees) else {
            throw RuleViolation("teilnehmende", .outOfRange(value: "\(attendees)", lower: "0", upper: "100000"))
        }
        return checked
    }
}

/// A correction of a recorded event: its whole new state, for a reason (required, one line).
public enum EventCorrection {
    public static func checked(_ corrected: DiscussionEvent, of recorded: DiscussionEvent, reason: String)
        throws(RuleViolation) -> (event: DiscussionEvent, reason: String)
    {
        let event = try corrected.checked()
        let reason = try Input.text(reason.trimmingCharacters(in: .whitespaces), "grund")
        if reason.isEmpty { throw RuleViolation("grund", .correctionNeedsReason) }
        let same =
            event.heldOn == recorded.heldOn && event.format == recorded.format && event.place == recorded.place
            && event.attendees == recorded.attendees && event.minutes == recorded.minutes
        if same { throw RuleViolation("grund", .nothingToChange) }
        return (event, reason)
    }
}

/// Where events are kept: recorded once each, corrected by later entries (both append-only), with
/// who recorded them.
public protocol EventRepository: Sendable {
    func record(_ event: DiscussionEvent, strategy: Strategy.ID, actor: String, at time: RecordedTime) async throws
    /// Records a correction of the strategy's event `event.id` (`EventCorrection`, checked inside
    /// the write); the contributions entered from it take its corrected day.
    func correct(
        _ event: DiscussionEvent, reason: String, strategy: Strategy.ID, actor: String, at time: RecordedTime
    ) async throws
    /// The strategy's events as last corrected, by version, oldest first.
    func events(of strategy: Strategy.ID) async throws -> [DiscussionEvent]
    /// When an event was last recorded or corrected (pages kept per state of the data).
    func lastChange() async throws -> RecordedTime?
}
