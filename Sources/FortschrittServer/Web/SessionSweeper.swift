import FortschrittDomain
import Logging
import ServiceLifecycle

/// Deletes expired sessions and registrations never confirmed now and then; runs beside the server
/// and stops with it.
struct SessionSweeper: Service {
    let sessions: any SessionStore
    let participants: any ParticipantRepository
    let logger: Logger
    var interval: Duration = .seconds(600)

    func run() async throws {
        while !Task.isCancelledOrShuttingDown {
            do {
                let swept = try await sessions.sweep()
                if swept > 0 { logger.debug("swept expired sessions", metadata: ["count": .stringConvertible(swept)]) }
                let expired = try await participants.expireUnconfirmed(at: .now())
                if expired > 0 {
                    logger.info("removed unconfirmed registrations", metadata: ["count": .stringConvertible(expired)])
                }
            } catch {
                logger.warning("could not sweep sessions", metadata: ["error": .string(String(describing: error))])
            }
            // Shutting down ends the wait at once.
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }
}

extension Task where Success == Never, Failure == Never {
    static var isCancelledOrShuttingDown: Bool { Task.isCancelled || Task.isShuttingDownGracefully }
}
