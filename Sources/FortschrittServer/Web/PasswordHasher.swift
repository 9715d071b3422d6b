import Dispatch
import HummingbirdBcrypt

/// Hashes and checks passwords. bcrypt is slow on purpose; it runs off the server's threads.
public protocol PasswordHasher: Sendable {
    func hash(_ password: String) async -> String
    func verify(_ password: String, hash: String) async -> Bool
}

public struct BcryptPasswordHasher: PasswordHasher {
    /// 12 in production; tests lower it to keep the suite fast.
    public let cost: UInt8

    public init(cost: UInt8 = 12) {
        self.cost = cost
    }

    public func hash(_ password: String) async -> String {
        let cost = self.cost
        return await offload { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, hash: String) async -> Bool {
        await offload { Bcrypt.verify(password, hash: hash) }
    }

    private func offload<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }
}
