import FortschrittDomain

/// A correction of a discussion event the office recorded: the event's fields as they stand, to be
/// changed, and the reason; the event as first recorded and every correction stay in the history.
struct EventCorrectionModel: Sendable, FormPage {
    var siteName: String
    var strategy: Strategy
    var version: TextVersion
    var event: DiscussionEvent
    var entered: [String: String] = [:]
    var error: String?

    var decisionsPath: String { "/verwaltung/abwaegung/\(strategy.slug)/\(version.number)" }
    var path: String { decisionsPath + "/veranstaltung/\(event.id)" }

    /// The form's values: what was entered, else the event as it stands.
    var values: [String: String] {
        [
            "datum": event.heldOn.iso, "format": event.format.rawValue, "ort": event.place,
            "teilnehmende": "\(event.attendees)", "protokoll": event.minutes,
        ].merging(entered) { $1 }
    }
}
