import Foundation

/// An account to create, checked before anything is stored.
public struct NewAccount: Sendable, Equatable {
    public var email: String
    public var name: String
    public var role: Role
    public var departments: [String]

    public init(email: String, name: String, role: Role, departments: [String] = []) {
        self.email = email
        self.name = name
        self.role = role
        self.departments = departments
    }

    /// E-mail addresses are compared without case and surrounding blanks.
    public static func normalised(email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    public func checked(knownDepartments: [String]) throws(RuleViolation) -> NewAccount {
        var account = self
        account.email = Self.normalised(email: email)
        account.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        try Self.check(email: account.email)
        if account.name.isEmpty { throw RuleViolation("name", .accountNeedsName) }
        account.departments = try Self.check(role: role, departments: departments, known: knownDepartments)
        return account
    }

    public static func check(email: String) throws(RuleViolation) {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix("."),
            !email.contains(where: { $0.isWhitespace })
        else {
            throw RuleViolation("email", .notAnEmailAddress(email))
        }
    }

    /// Editors need at least one known department; other roles have none.
    public static func check(role: Role, departments: [String], known: [String]) throws(RuleViolation) -> [String] {
        let codes = Array(Set(departments.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }))
            .sorted()
        switch role {
        case .editor:
            if codes.isEmpty { throw RuleViolation("departments", .editorNeedsDepartment) }
            for code in codes where !known.contains(code) {
                throw RuleViolation("departments", .unknownDepartment(code, known: known.joined(separator: ", ")))
            }
            return codes
        case .admin, .reader, .moderator, .expert:
            return []
        }
    }
}

/// Passwords: long rather than complicated, and short enough for bcrypt, which reads 72 bytes.
public enum PasswordRule {
    public static let minimumLength = 12
    public static let maximumBytes = 72

    public static func check(_ password: String) throws(RuleViolation) {
        if password.count < minimumLength {
            throw RuleViolation("password", .passwordTooShort(minimumLength))
        }
        if password.utf8.count > maximumBytes {
            throw RuleViolation("password", .passwordTooLong(bytes: maximumBytes))
        }
    }
}
