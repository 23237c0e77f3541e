import OpenClawCore

/// Third stage: the per-user, per-chat and global rate limits and the input length cap, after
/// access and before anything that costs money. A limited sender is told once per window.
///
/// With `shared` (several replicas on PostgreSQL) the three rate limits are decided against the
/// store; should the store fail, this replica's own limiter decides meanwhile. The pairing-reply
/// limits stay in memory, per replica.
struct LimitsStage: Sendable {
    let limiter: RateLimiter<ContinuousClock.Instant>
    var shared: SharedRateLimits? = nil
    let maxInputChars: Int
    let denials: DenialRecorder
    let instant: @Sendable () -> ContinuousClock.Instant

    enum Verdict: Sendable {
        /// The message goes on, with what deciding noted (a store failure).
        case passed(Outcome)
        /// What refusing it does.
        case refused(Outcome)
    }

    func check(_ admitted: AdmittedMessage) async -> Verdict {
        let message = admitted.message
        var notes = Outcome()
        let keys: [LimitKey] = [.user(admitted.sender), .chat(message.chatId), .global]
        let decision: RateDecision
        if let shared {
            do {
                decision = try await shared.decide(keys)
            } catch {
                notes.record(.storeFailed(operation: "decide rate limits", error: "\(type(of: error))"))
                decision = limiter.decide(keys, now: instant())
            }
        } else {
            decision = limiter.decide(keys, now: instant())
        }
        switch decision {
        case .allowed:
            break
        case .limited(let scope, let retryAfter, let notify):
            var outcome = notes.merging(.event(.rateLimited(scope, updateId: message.updateId)))
            if notify {
                let seconds = max(1, Int(min(retryAfter, .seconds(86_400)).inSeconds.rounded(.up)))
                outcome.reply(Self.notice(scope: scope, seconds: seconds), to: message)
            }
            return .refused(outcome)
        case .overCapacity(let scope):
            return .refused(notes.merging(.event(.limiterFull(scope))))
        }
        guard message.text.count <= maxInputChars else {
            var outcome = notes.merging(.event(.inputTooLong))
            outcome.reply(
                "Your message is too long (\(message.text.count) characters; the limit is \(maxInputChars)). Please shorten it.", to: message
            )
            return .refused(outcome)
        }
        return .passed(notes)
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
