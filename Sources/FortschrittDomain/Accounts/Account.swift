/// What a signed-in person may do. Citizens have no account: they are `nil` where an account is asked for.
public enum Role: String, CaseIterable, Hashable, Sendable, Codable {
    /// The strategy office: everything, including users, statuses, fields, departments and reports.
    case admin
    /// Department staff: edit the measures their departments lead.
    case editor
    /// Council members: see everything, including internal notes; change nothing.
    case reader
    /// Moderators of the discussion: answer reports, hide and show contributions, mark
    /// organisations and experts. Nothing of the catalogue beyond what the public sees.
    case moderator
    /// Invited experts: rate a version's acceptance and practicality, per block or as a whole. Their
    /// reviews stay internal until the strategy office publishes them; nothing else beyond the public.
    case expert
}

/// A person who signs in. The password hash never leaves the store except to be verified.
public struct Account: Hashable, Sendable, Codable {
    public typealias ID = Int64

    public var id: ID
    public var email: String
    public var name: String
    public var role: Role
    /// Department codes an editor acts for; empty for the other roles.
    public var departments: [String]
    public var active: Bool
    /// Changes whenever the password does: a session carries the tag it began with, so a new password
    /// ends also a session whose sign-in was checked against the old one a moment before.
    public var passwordTag: String

    public init(
        id: ID, email: String, name: String, role: Role, departments: [String] = [], active: Bool = true,
        passwordTag: String = ""
    ) {
        self.id = id
        self.email = email
        self.name = name
        self.role = role
        self.departments = departments
        self.active = active
        self.passwordTag = passwordTag
    }

    /// The tag of a password hash: its last characters, part of the hash's digest.
    public static func passwordTag(of hash: String) -> String { String(hash.suffix(16)) }

    /// How the account signs its changes in a measure's history.
    public var actorName: String { email }
}

/// The account rules: who sees internal notes, who may edit which measure. Deny by default:
/// anything not granted here is refused.
public enum Access {
    public static func seesInternalNotes(_ account: Account?) -> Bool {
        guard let account, account.active else { return false }
        switch account.role {
        case .admin, .editor, .reader: return true
        case .moderator, .expert: return false
        }
    }

    /// An editor edits only measures whose lead department is one of theirs; an admin edits all.
    public static func mayEdit(_ measure: Measure, by account: Account?) -> Bool {
        guard let account, account.active else { return false }
        switch account.role {
        case .admin: return true
        case .editor: return account.departments.contains(measure.details.leadDepartment)
        case .reader, .moderator, .expert: return false
        }
    }

    /// Admins prepare decisions on any block; an editor on blocks serving a measure one of their
    /// departments leads (`leads`: each measure's lead department). Only admins publish them.
    public static func mayPrepareDecision(
        on block: TextBlock, leads: [MeasureNumber: String], by account: Account?
    ) -> Bool {
        guard let account, account.active else { return false }
        switch account.role {
        case .admin: return true
        case .editor: return block.measures.contains { leads[$0].map(account.departments.contains) == true }
        case .reader, .moderator, .expert: return false
        }
    }

    /// Admins keep every dataset; an editor those one of their departments publishes.
    public static func mayEditDataset(of department: String, by account: Account?) -> Bool {
        guard let account, account.active else { return false }
        switch account.role {
        case .admin: return true
        case .editor: return account.departments.contains(department)
        case .reader, .moderator, .expert: return false
        }
    }

    /// Only invited experts review; the strategy office reads every review and publishes them.
    public static func mayReview(_ account: Account?) -> Bool {
        account?.active == true && account?.role == .expert
    }

    public static func mayModerate(_ account: Account?) -> Bool {
        account?.active == true && (account?.role == .admin || account?.role == .moderator)
    }

    public static func mayAdminister(_ account: Account?) -> Bool {
        account?.active == true && account?.role == .admin
    }
}
