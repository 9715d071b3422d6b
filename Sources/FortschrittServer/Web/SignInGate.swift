/// Lets only a few sign-in attempts run at once: bcrypt is slow on purpose, and without a limit a
/// burst of attempts would take every core. (The failure count needs no gate: admitting an attempt
/// counts it in the same write, on every instance.)
actor SignInGate {
    private let limit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    func run<T: Sendable>(_ attempt: @Sendable () async throws -> T) async rethrows -> T {
        await enter()
        do {
            let result = try await attempt()
            leave()
            return result
        } catch {
            leave()
            throw error
        }
    }

    private func enter() async {
        if running < limit {
            running += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func leave() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
