/// Repeated failed sign-ins are first slowed, then locked for a while, separately for the account
/// and for the address they come from, so that neither guessing one password nor trying many
/// accounts from one place gets far.
public struct LoginThrottle: Sendable, Equatable {
    /// Failures after which each further attempt waits.
    public var slowAfter = 3
    /// Failures after which the key is locked.
    public var lockAfter = 10
    /// How long a lock lasts, in seconds.
    public var lockSeconds: Int64 = 15 * 60
    /// Failures older than this, in seconds, no longer count.
    public var window: Int64 = 15 * 60

    public init() {}

    public enum Verdict: Sendable, Equatable {
        case allowed
        /// Try again after this many seconds.
        case wait(seconds: Int64)
        case locked(untilMicroseconds: Int64)
    }

    /// The verdict for a key with `failures` recent failures, the last at `lastFailure` (µs), at `now` (µs).
    public func verdict(failures: Int, lastFailure: Int64, now: Int64) -> Verdict {
        let elapsed = (now - lastFailure) / 1_000_000
        if elapsed >= window { return .allowed }
        if failures >= lockAfter {
            let until = lastFailure + lockSeconds * 1_000_000
            return now < until ? .locked(untilMicroseconds: until) : .allowed
        }
        if failures >= slowAfter {
            // 2, 4, 8 … seconds between attempts, at most a minute.
            let pause = min(Int64(60), Int64(1) << Int64(min(failures - slowAfter + 1, 6)))
            return elapsed < pause ? .wait(seconds: pause - elapsed) : .allowed
        }
        return .allowed
    }

    /// Whether the failure count starts afresh (the window passed since the last failure).
    public func restarts(lastFailure: Int64, now: Int64) -> Bool {
        (now - lastFailure) / 1_000_000 >= window
    }
}
