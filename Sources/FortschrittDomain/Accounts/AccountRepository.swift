/// Where accounts, their password hashes and the sign-in failure counters are kept. Every change
/// of an account is also written to an append-only audit log with actor and time.
public protocol AccountRepository: Sendable {
    func accounts() async throws -> [Account]
    func account(id: Account.ID) async throws -> Account?
    /// The account and its password hash, for signing in.
    func credentials(email: String) async throws -> (account: Account, passwordHash: String)?

    func create(_ account: NewAccount, passwordHash: String, actor: String) async throws -> Account
    func update(_ account: Account, actor: String) async throws
    /// Sets a new password and ends every session of the account (deactivating an account does too).
    func setPassword(of account: Account.ID, hash: String, actor: String) async throws
    /// The audit log of account changes, newest first.
    func accountLog(limit: Int) async throws -> [AccountLogEntry]

    /// Failures counted for a key ("account:…" or "address:…"): how many, and when the last was (µs).
    func loginFailures(key: String) async throws -> (failures: Int, lastFailure: Int64)?
    /// Admits a sign-in attempt at `now` (µs) when no key's count refuses it, and then counts it as a
    /// failure for every key until it turns out right: checking and counting are one write, so a
    /// burst of attempts on several instances is counted before any password is checked. When this
    /// attempt locks the first key, `lockNotice` is put in the outbox in the same write (once per lock).
    func admitSignIn(keys: [String], throttle: LoginThrottle, at now: Int64, lockNotice: MailMessage?) async throws
        -> LoginThrottle.Verdict
    /// The attempt admitted at `admittedAt` (µs) was right: the counts under `clearing` start afresh
    /// (the account's), those under `takingBack` take the attempt back (signing into one account must
    /// not clear what an address piled up against others), and `remembering` (account and address)
    /// is kept as a place the holder signed in from.
    func signInSucceeded(clearing: [String], takingBack: [String], remembering: String, admittedAt: Int64)
        async throws
    /// Whether account and address (`remembering` above) signed in successfully within the last 180 days.
    func signedInBefore(_ key: String, now: Int64) async throws -> Bool

    /// The secret kept under a name, shared by every server instance: the first to ask stores the
    /// one it proposes, everyone (that one included) gets the stored one.
    func serverSecret(named name: String, proposing proposed: String) async throws -> String
}

public struct AccountLogEntry: Hashable, Sendable {
    public var recordedAt: RecordedTime
    public var actor: String
    public var account: String
    public var action: String

    public init(recordedAt: RecordedTime, actor: String, account: String, action: String) {
        self.recordedAt = recordedAt
        self.actor = actor
        self.account = account
        self.action = action
    }
}
