import FortschrittDomain
import SQLKit

/// Accounts, their audit log and sign-in failure counters on SQLite or PostgreSQL.
public struct SQLAccountRepository: AccountRepository {
    public let database: Database
    let now: @Sendable () -> RecordedTime

    public init(database: Database, now: @escaping @Sendable () -> RecordedTime = { .now() }) {
        self.database = database
        self.now = now
    }

    public func accounts() async throws -> [Account] {
        try await database.read { db in try await Self.accounts(where: nil, db).map(\.account) }
    }

    public func account(id: Account.ID) async throws -> Account? {
        try await database.read { db in
            try await Self.accounts(where: SQLQueryString("a.id = \(bind: id)"), db).first?.account
        }
    }

    public func credentials(email: String) async throws -> (account: Account, passwordHash: String)? {
        let email = NewAccount.normalised(email: email)
        return try await database.read { db in
            try await Self.accounts(where: SQLQueryString("a.email = \(bind: email)"), db).first
        }
    }

    public func create(_ new: NewAccount, passwordHash: String, actor: String) async throws -> Account {
        let time = now()
        return try await database.write(.keys(["accounts"])) { db in
            let known = try await db.raw("SELECT code FROM departments").all().map {
                try $0.decode(column: "code", as: String.self)
            }
            let new = try new.checked(knownDepartments: known)
            if try await db.raw("SELECT id FROM accounts WHERE email = \(bind: new.email)").first() != nil {
                throw RuleViolation("email", .accountExists(new.email))
            }
            let row = try await db.raw(
                """
                INSERT INTO accounts (email, name, role, password_hash, active, created_at)
                VALUES (\(bind: new.email), \(bind: new.name), \(bind: new.role.rawValue), \(bind: passwordHash), 1,\
                 \(bind: time.iso))
                RETURNING id
                """
            ).first()
            let account = Account(
                id: try row.required().decode(column: "id", as: Int64.self), email: new.email, name: new.name,
                role: new.role, departments: new.departments, passwordTag: Account.passwordTag(of: passwordHash))
            try await Self.saveDepartments(of: account, db)
            try await Self.log(
                actor: actor, account: account.email, action: "created as \(Self.describe(account))", at: time, db)
            return account
        }
    }

    public func update(_ account: Account, actor: String) async throws {
        let time = now()
        try await database.write(.keys(["accounts"])) { db in
            let known = try await db.raw("SELECT code FROM departments").all().map {
                try $0.decode(column: "code", as: String.self)
            }
            var account = account
            account.name = account.name.trimmingCharacters(in: .whitespaces)
            if account.name.isEmpty { throw RuleViolation("name", .accountNeedsName) }
            account.departments = try NewAccount.check(
                role: account.role, departments: account.departments, known: known)
            guard
                let before = try await Self.accounts(where: SQLQueryString("a.id = \(bind: account.id)"), db).first?
                    .account
            else {
                throw RuleViolation("account", .noAccount("\(account.id)"))
            }
            if before.role == .admin, account.role != .admin || !account.active,
                try await db.raw("SELECT COUNT(*) AS n FROM accounts WHERE role = 'admin' AND active = 1").first()
                    .required().decode(column: "n", as: Int.self) <= 1
            {
                throw RuleViolation("role", .lastAdmin(before.email))
            }
            try await db.raw(
                """
                UPDATE accounts SET name = \(bind: account.name), role = \(bind: account.role.rawValue), active =\
                 \(bind: account.active ? 1 : 0)
                WHERE id = \(bind: account.id)
                """
            ).run()
            try await db.raw("DELETE FROM account_departments WHERE account_id = \(bind: account.id)").run()
            try await Self.saveDepartments(of: account, db)
            if before.active && !account.active { try await SQLSessionStore.endSessions(of: account.id, at: time, db) }
            if before != account {
                try await Self.log(
                    actor: actor, account: account.email, action: "changed to \(Self.describe(account))", at: time, db)
            }
        }
    }

    public func setPassword(of id: Account.ID, hash: String, actor: String) async throws {
        let time = now()
        try await database.write(.keys(["accounts"])) { db in
            guard let row = try await db.raw("SELECT email FROM accounts WHERE id = \(bind: id)").first() else {
                throw RuleViolation("account", .noAccount("\(id)"))
            }
            try await db.raw("UPDATE accounts SET password_hash = \(bind: hash) WHERE id = \(bind: id)").run()
            try await SQLSessionStore.endSessions(of: id, at: time, db)
            try await Self.log(
                actor: actor, account: try row.decode(column: "email", as: String.self), action: "password set",
                at: time, db)
        }
    }

    public func accountLog(limit: Int) async throws -> [AccountLogEntry] {
        try await database.read { db in
            try await db.raw("SELECT * FROM account_log ORDER BY id DESC LIMIT \(bind: limit)").all().map { row in
                AccountLogEntry(
                    recordedAt: try row.decode(text: "recorded_at", as: RecordedTime.self),
                    actor: try row.decode(column: "actor", as: String.self),
                    account: try row.decode(column: "account", as: String.self),
                    action: try row.decode(column: "action", as: String.self))
            }
        }
    }

    public func loginFailures(key: String) async throws -> (failures: Int, lastFailure: Int64)? {
        try await database.read { db in
            guard
                let row = try await db.raw(
                    "SELECT failures, last_failure_at FROM login_failures WHERE key = \(bind: key)"
                ).first()
            else { return nil }
            return (
                try row.decode(column: "failures", as: Int.self),
                try row.decode(column: "last_failure_at", as: Int64.self)
            )
        }
    }

    public func admitSignIn(keys: [String], throttle: LoginThrottle, at now: Int64, lockNotice: MailMessage?)
        async throws -> LoginThrottle.Verdict
    {
        try await database.write(.keys(keys)) { db in
            var counts: [String: (failures: Int, last: Int64)] = [:]
            for key in keys {
                guard
                    let row = try await db.raw(
                        "SELECT failures, last_failure_at FROM login_failures WHERE key = \(bind: key)"
                    ).first()
                else { continue }
                let count = (
                    try row.decode(column: "failures", as: Int.self),
                    try row.decode(column: "last_failure_at", as: Int64.self)
                )
                let verdict = throttle.verdict(failures: count.0, lastFailure: count.1, now: now)
                if verdict != .allowed { return verdict }
                counts[key] = count
            }
            if let lockNotice, let first = keys.first {
                let restart = counts[first].map { throttle.restarts(lastFailure: $0.last, now: now) } ?? true
                if (restart ? 1 : (counts[first]?.failures ?? 0) + 1) == throttle.lockAfter {
                    try await SQLMailOutbox.enqueue(lockNotice, db)
                }
            }
            for key in keys {
                let restart = counts[key].map { throttle.restarts(lastFailure: $0.last, now: now) } ?? true
                try await db.raw(
                    """
                    INSERT INTO login_failures (key, failures, last_failure_at) VALUES (\(bind: key), 1, \(bind: now))
                    ON CONFLICT (key) DO UPDATE SET failures =\
                     \(unsafeRaw: restart ? "1" : "login_failures.failures + 1"),
                        previous_failure_at = \(unsafeRaw: restart ? "NULL" : "login_failures.last_failure_at"),
                        last_failure_at = excluded.last_failure_at
                    """
                ).run()
            }
            return .allowed
        }
    }

    public func signInSucceeded(clearing: [String], takingBack: [String], remembering: String, admittedAt: Int64)
        async throws
    {
        try await database.write(.keys(clearing + takingBack + [remembering])) { db in
            for key in clearing { try await db.raw("DELETE FROM login_failures WHERE key = \(bind: key)").run() }
            // When no attempt came after this one, the address's count is as it was before it,
            // time included: a right password must not keep an old count's window open.
            for key in takingBack {
                try await db.raw(
                    """
                    UPDATE login_failures SET failures = failures - 1,
                        last_failure_at = CASE WHEN last_failure_at = \(bind: admittedAt)\
                     AND previous_failure_at IS NOT NULL THEN previous_failure_at ELSE last_failure_at END
                    WHERE key = \(bind: key)
                    """
                ).run()
                try await db.raw("DELETE FROM login_failures WHERE key = \(bind: key) AND failures <= 0").run()
            }
            try await db.raw(
                """
                INSERT INTO known_sign_ins (key, last_at) VALUES (\(bind: remembering), \(bind: admittedAt))
                ON CONFLICT (key) DO UPDATE SET last_at = excluded.last_at
                """
            ).run()
        }
    }

    public func signedInBefore(_ key: String, now: Int64) async throws -> Bool {
        try await database.read { db in
            try await db.raw(
                """
                SELECT key FROM known_sign_ins WHERE key = \(bind: key)
                  AND last_at > \(bind: now - SQLAccountRepository.knownSignInLifetime)
                """
            ).first() != nil
        }
    }

    /// How long a place one signed in from stays known: 180 days, in µs.
    static let knownSignInLifetime: Int64 = 180 * 86_400_000_000

    public func serverSecret(named name: String, proposing proposed: String) async throws -> String {
        try await database.write(.statements) { db in
            try await db.raw(
                """
                INSERT INTO server_secrets (name, secret) VALUES (\(bind: name), \(bind: proposed))
                ON CONFLICT (name) DO NOTHING
                """
            ).run()
            return try await db.raw("SELECT secret FROM server_secrets WHERE name = \(bind: name)").first()
                .required().decode(column: "secret", as: String.self)
        }
    }

    // MARK: Queries

    static func accounts(where condition: SQLQueryString?, _ db: any SQLDatabase) async throws -> [(
        account: Account, passwordHash: String
    )] {
        let filter = condition.map { SQLQueryString("WHERE ") + $0 } ?? ""
        let rows = try await db.raw("SELECT a.* FROM accounts a \(filter) ORDER BY a.email").all()
        let departments = try await db.raw(
            """
            SELECT account_id, department_code FROM account_departments
            WHERE account_id IN (SELECT a.id FROM accounts a \(filter)) ORDER BY department_code
            """
        ).all()
        var byAccount: [Int64: [String]] = [:]
        for row in departments {
            byAccount[try row.decode(column: "account_id", as: Int64.self), default: []].append(
                try row.decode(column: "department_code", as: String.self))
        }
        return try rows.map { row in
            let id = try row.decode(column: "id", as: Int64.self)
            let hash = try row.decode(column: "password_hash", as: String.self)
            let account = Account(
                id: id, email: try row.decode(column: "email", as: String.self),
                name: try row.decode(column: "name", as: String.self),
                role: Role(rawValue: try row.decode(column: "role", as: String.self)) ?? .reader,
                departments: byAccount[id] ?? [], active: try row.decode(column: "active", as: Int.self) != 0,
                passwordTag: Account.passwordTag(of: hash))
            return (account, hash)
        }
    }

    static func saveDepartments(of account: Account, _ db: any SQLDatabase) async throws {
        for code in account.departments {
            try await db.raw(
                "INSERT INTO account_departments (account_id, department_code) VALUES (\(bind: account.id), "
                    + "\(bind: code))"
            ).run()
        }
    }

    static func log(actor: String, account: String, action: String, at time: RecordedTime, _ db: any SQLDatabase)
        async throws
    {
        try await db.raw(
            """
            INSERT INTO account_log (recorded_at, actor, account, action)
            VALUES (\(bind: time.iso), \(bind: actor), \(bind: account), \(bind: action))
            """
        ).run()
    }

    static func describe(_ account: Account) -> String {
        var text = account.role.rawValue
        if !account.departments.isEmpty { text += " (\(account.departments.joined(separator: ", ")))" }
        if !account.active { text += ", deactivated" }
        return text
    }
}
