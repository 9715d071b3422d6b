import HummingbirdBcrypt
import NIOPosix

/// Hashes and checks passwords. bcrypt is slow on purpose; it runs on NIO's thread pool for blocking
/// work, off the event loops and off Swift's cooperative threads.
public protocol PasswordHasher: Sendable {
    func hash(_ password: String) async throws -> String
    func verify(_ password: String, hash: String) async throws -> Bool
}

public struct BcryptPasswordHasher: PasswordHasher {
    /// 12 in production; tests lower it to keep the suite fast.
    public let cost: UInt8

    public init(cost: UInt8 = 12) {
        self.cost = cost
    }

    public func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }
}
