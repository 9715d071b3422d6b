import ArgumentParser
import FortschrittDomain
import FortschrittServer
import FortschrittStore

/// Accounts for staff and council. There is no default account: the first admin is made here.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Add, list and change accounts (admin, editor, reader).",
        subcommands: [Add.self, List.self, SetPassword.self, Change.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Add an account; asks for its password (at least 12 characters), or reads it from standard input.",
            discussion:
                "Example: fortschritt user add amt15@mannheim.de --name \"Amt 15\" --role editor --department 15"
        )

        @OptionGroup var common: CommonOptions
        @Argument(help: "E-mail address; it is also the sign-in name.") var email: String
        @Option(help: "The person's name.") var name: String
        @Option(help: "admin, editor, reader, moderator or expert.") var role: Role
        @Option(name: .customLong("department"), help: "For editors: a department code they act for (repeatable).")
        var departments: [String] = []

        func run() async throws {
            let password = try readPassword()
            let account = try await withAccounts(common) { accounts in
                try await accounts.create(
                    NewAccount(email: email, name: name, role: role, departments: departments),
                    passwordHash: try await BcryptPasswordHasher().hash(password), actor: common.actorName)
            }
            let codes = account.departments.isEmpty ? "" : ": " + account.departments.joined(separator: ", ")
            say("Account \(account.email) (\(account.role.rawValue)\(codes)) added.")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the accounts.", discussion: "Example: fortschritt user list")
        @OptionGroup var common: CommonOptions

        func run() async throws {
            for account in try await withAccounts(common, { try await $0.accounts() }) {
                say(
                    [
                        account.email, account.name, account.role.rawValue, account.departments.joined(separator: ","),
                        account.active ? "active" : "deactivated",
                    ]
                    .joined(separator: "\t"))
            }
        }
    }

    struct SetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-password", abstract: "Set an account's password.",
            discussion: "Example: fortschritt user set-password amt15@mannheim.de")
        @OptionGroup var common: CommonOptions
        @Argument(help: "E-mail address.") var email: String

        func run() async throws {
            let password = try readPassword()
            try await withAccounts(common) { accounts in
                guard let account = try await accounts.credentials(email: email)?.account else {
                    throw CommandFailure("no account \(email)")
                }
                try await accounts.setPassword(
                    of: account.id, hash: try await BcryptPasswordHasher().hash(password), actor: common.actorName)
            }
            say("Password of \(email) set.")
        }
    }

    struct Change: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change an account's role, departments or whether it is active.",
            discussion: "Example: fortschritt user change amt15@mannheim.de --department 15 --department 40")
        @OptionGroup var common: CommonOptions
        @Argument(help: "E-mail address.") var email: String
        @Option(help: "admin, editor, reader, moderator or expert.") var role: Role?
        @Option(name: .customLong("department"), help: "Replaces the departments (repeatable).") var departments:
            [String] = []
        @Flag(inversion: .prefixedEnableDisable, help: "Allow or stop signing in.") var active: Bool?

        func run() async throws {
            let account = try await withAccounts(common) { accounts in
                guard var account = try await accounts.credentials(email: email)?.account else {
                    throw CommandFailure("no account \(email)")
                }
                if let role { account.role = role }
                if !departments.isEmpty { account.departments = departments }
                if let active { account.active = active }
                try await accounts.update(account, actor: common.actorName)
                return account
            }
            say("Account \(account.email): \(account.role.rawValue)\(account.active ? "" : ", deactivated").")
        }
    }
}

extension Role: ExpressibleByArgument {}

private func readPassword() throws -> String {
    guard let password = Console.current.secret("Password (at least \(PasswordRule.minimumLength) characters): ") else {
        throw CommandFailure("no password given (type it at the prompt, or pipe it to standard input)")
    }
    do { try PasswordRule.check(password) } catch { throw CommandFailure("\(error)") }
    return password
}

private func withAccounts<T>(_ common: CommonOptions, _ body: (SQLAccountRepository) async throws -> T) async throws
    -> T
{
    try await common.withRepository { catalogues in try await body(SQLAccountRepository(database: catalogues.database))
    }
}
