import FortschrittDomain

/// A participant's own account: what is kept about them, the download of all of it, and the
/// erasure of the account (with or without their contributions).
struct ParticipantAccountModel: Sendable {
    var siteName: String
    var participant: Participant
    var contributions: Int
    var follows: [Follow]
    var error: String?
}

/// The page after an erasure: nothing of the account is left to show.
struct AccountErasedModel: Sendable {
    var siteName: String
    var withdrawn: Bool
}
