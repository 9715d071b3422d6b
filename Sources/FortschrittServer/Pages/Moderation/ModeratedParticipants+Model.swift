import FortschrittDomain

/// Participants as moderators see them (no addresses), to mark organisations and experts.
struct ModeratedParticipantsModel: Sendable {
    var siteName: String
    var search: String
    var participants: [ParticipantEntry]
    var notice: String?
}
