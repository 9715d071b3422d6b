import FortschrittDomain
import Foundation

/// Recorded times under the test's control: each reading moves one second on, unless set.
public final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = RecordedTime(RecordedTime("2021-01-01T00:00:00Z")!.date)

    public init() {}

    public var now: RecordedTime {
        lock.withLock {
            current = RecordedTime(microseconds: current.microseconds + 1_000_000)
            return current
        }
    }

    public func set(_ iso: String) {
        lock.withLock { current = RecordedTime(iso)! }
    }
}
