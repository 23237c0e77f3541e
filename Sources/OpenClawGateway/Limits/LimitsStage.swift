import OpenClawCore

/// Third stage: the per-user, per-chat and global rate limits and the input length cap, after
/// access and before anything that costs money. A limited sender is told once per window.
struct LimitsStage: Sendable {
    let limiter: RateLimiter<ContinuousClock.Instant>
    let maxInputChars: Int
    let instant: @Sendable () -> ContinuousClock.Instant

    /// Nil when the message may go on; otherwise what refusing it does.
    func check(_ admitted: AdmittedMessage) -> Outcome? {
        let message = admitted.message
        switch limiter.decide([.user(admitted.sender), .chat(message.chatId), .global], now: instant()) {
        case .allowed:
            break
        case .limited(let scope, let retryAfter, let notify):
            var outcome = Outcome.event(.rateLimited(scope, updateId: message.updateId))
            if notify {
                let seconds = max(1, Int(min(retryAfter, .seconds(86_400)).inSeconds.rounded(.up)))
                outcome.reply(Self.notice(scope: scope, seconds: seconds), to: message)
            }
            return outcome
        case .overCapacity(let scope):
            return .event(.limiterFull(scope))
        }
        guard message.text.count <= maxInputChars else {
            var outcome = Outcome.event(.inputTooLong)
            outcome.reply(
                "Your message is too long (\(message.text.count) characters; the limit is \(maxInputChars)). Please shorten it.", to: message
            )
            return outcome
        }
        return nil
    }

    /// Pairing replies to strangers have their own, stricter limits, so a flood cannot make the bot spam.
    func admitsPairingReply(to sender: Int64) -> PipelineEvent? {
        switch limiter.decide([.pairingSender(sender), .pairingGlobal], now: instant()) {
        case .allowed: nil
        case .limited(let scope, _, _), .overCapacity(let scope): .pairingReplyLimited(scope)
        }
    }

    static func notice(scope: LimitScope, seconds: Int) -> String {
        switch scope {
        case .global: "The bot is busy right now. Please try again in \(seconds) s."
        default: "You are sending messages too fast. Please try again in \(seconds) s."
        }
    }
}
