import FortschrittDomain
import Foundation
import Logging
import ServiceLifecycle

/// The mail worker: takes due messages from the outbox one at a time and hands them to the sender;
/// a failure is tried again later (`MailRetry`), a 5xx answer too (the outbox gives up after the
/// last attempt). Runs until its task is cancelled. Several instances may run on one database: a
/// message is claimed for a lease before it is sent.
public struct MailDelivery: Service {
    let outbox: any MailOutbox
    let sender: any MailSender
    let logger: Logger
    let pause: Duration
    /// Longer than a delivery may take (the sender's time limit), so that no message is claimed
    /// twice while it is being sent.
    let leaseSeconds: Int64

    public init(
        outbox: any MailOutbox, sender: any MailSender, logger: Logger, pause: Duration = .seconds(2),
        leaseSeconds: Int64 = 300
    ) {
        self.outbox = outbox
        self.sender = sender
        self.logger = logger
        self.pause = pause
        self.leaseSeconds = leaseSeconds
    }

    /// Until the server shuts down (a delivery under way is finished or cut by its time limit).
    public func run() async throws {
        await cancelWhenGracefulShutdown { await deliverUntilCancelled() }
    }

    func deliverUntilCancelled() async {
        while !Task.isCancelled {
            do {
                if try await deliverNext() { continue }
            } catch is CancellationError {
                return
            } catch {
                logger.warning("mail outbox unavailable: \(error)")
            }
            try? await Task.sleep(for: pause)
        }
    }

    /// Delivers the next due message; false when none was due.
    @discardableResult
    public func deliverNext() async throws -> Bool {
        guard let mail = try await outbox.claimNext(now: .now(), leaseSeconds: leaseSeconds) else { return false }
        let marked = AcceptedFlag()
        do {
            try await sender.send(mail) { [outbox] in
                try await outbox.delivered(mail.id, at: .now())
                marked.set()
            }
            logger.info("mail \(mail.id) (\(mail.message.kind)) delivered")
        } catch  where marked.isSet {
            // The server took it and it is marked sent; only the goodbye went wrong.
            logger.info("mail \(mail.id) (\(mail.message.kind)) delivered; after that: \(error)")
        } catch {
            try await outbox.failed(mail.id, error: String(describing: error), at: .now())
            logger.warning("mail \(mail.id) (\(mail.message.kind)) not delivered: \(error)")
        }
        return true
    }
}

/// Set from the sender's callback once the server has taken a message, read when `send` returns.
private final class AcceptedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
