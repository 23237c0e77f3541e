import Logging
import OpenClawCore

/// Applies the per-user, per-chat and global rate limits to an allowed message, before anything
/// that costs money; a limited sender is told once per window when to try again.
struct RateGuard: Sendable {
    let runtime: GatewayRuntime

    /// True when the message may go on.
    func admit(_ message: InboundMessage, sender: Int64) async -> Bool {
        let decision = runtime.limiter.decide([.user(sender), .chat(message.chatId), .global], now: .now)
        switch decision {
        case .allowed:
            return true
        case .limited(let scope, let retryAfter, let notify):
            runtime.metrics.rateLimited(scope: scope.rawValue)
            runtime.logger.notice("rate limited", metadata: ["scope": "\(scope.rawValue)", "update": "\(message.updateId)"])
            if notify {
                let seconds = max(1, Int(retryAfter.inSeconds.rounded(.up)))
                await ReplySender(runtime: runtime).send(Self.notice(scope: scope, seconds: seconds), replyingTo: message)
            }
            return false
        case .overCapacity(let scope):
            runtime.metrics.rateLimited(scope: scope.rawValue)
            runtime.logger.warning("rate limiter full: message dropped", metadata: ["scope": "\(scope.rawValue)"])
            return false
        }
    }

    /// Pairing replies to strangers: their own, stricter limits, so a flood cannot make the bot spam.
    func admitPairingReply(sender: Int64) -> Bool {
        switch runtime.limiter.decide([.pairingSender(sender), .pairingGlobal], now: .now) {
        case .allowed:
            return true
        case .limited(let scope, _, _), .overCapacity(let scope):
            runtime.metrics.rateLimited(scope: scope.rawValue)
            return false
        }
    }

    static func notice(scope: LimitScope, seconds: Int) -> String {
        switch scope {
        case .global: "The bot is busy right now. Please try again in \(seconds) s."
        default: "You are sending messages too fast. Please try again in \(seconds) s."
        }
    }
}
