import OpenClawCore

/// Third stage: the per-user, per-chat and global rate limits and the input length cap, after
/// access and before anything that costs money. A limited sender is told once per window.
struct LimitsStage: Sendable {
    let limiter: RateLimiter<ContinuousClock.Instant>
    let maxInputChars: Int
    let denials: DenialRecorder
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

    /// Pairing replies to strangers have their own, stricter limits, so a flood cannot make the bot
    /// spam. Nil when a reply may go out; otherwise the refusal, logged and audited once per sender
    /// and hour (so `grep pairing` on the log shows a stranger who keeps trying).
    func pairingReplyRefusal(to message: InboundMessage, sender: Int64) -> Outcome? {
        let scope: LimitScope
        switch limiter.decide([.pairingSender(sender), .pairingGlobal], now: instant()) {
        case .allowed: return nil
        case .limited(let limited, _, _), .overCapacity(let limited): scope = limited
        }
        var outcome = Outcome.event(.pairingReplyLimited(scope))
        let key = DenialRecorder.Key(sender: sender, kind: .pairingWithheld, reason: scope.rawValue)
        guard case .record(let repeats) = denials.observe(key) else { return outcome }
        outcome.record(.pairingReplyWithheld(scope, updateId: message.updateId))
        var details = ["scope": scope.rawValue]
        if repeats > 0 { details["repeatsBefore"] = String(repeats) }
        outcome.audit(.pairingWithheld, userId: sender, chatId: message.chatId, details)
        return outcome
    }

    static func notice(scope: LimitScope, seconds: Int) -> String {
        switch scope {
        case .global: "The bot is busy right now. Please try again in \(seconds) s."
        default: "You are sending messages too fast. Please try again in \(seconds) s."
        }
    }
}
