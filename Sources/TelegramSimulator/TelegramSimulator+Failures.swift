package import OpenClawTelegram
import Synchronization

extension TelegramSimulator {
    /// Answers the next `count` calls of `method` (made with the right token) with `status` and
    /// Telegram's error envelope, as a Bot API outage or a gateway in front of it would.
    package func failNextCalls(_ method: TelegramMethod, count: Int = 1, status: Int = 502) {
        guard count > 0 else { return }
        state.withLock { $0.methodFailures[method.rawValue] = .init(remaining: count, status: status) }
    }

    /// Ends every failure set by `failNextCalls`.
    package func clearCallFailures() {
        state.withLock { $0.methodFailures.removeAll() }
    }

    /// The secret token the webhook is currently registered with, if any.
    package var webhookSecretToken: String? { state.withLock { $0.webhook?.secretToken } }

    /// The scripted failure for this call of `method`, counted as used.
    func takeScriptedFailure(_ method: String) -> Refusal? {
        state.withLock { state -> Refusal? in
            guard var plan = state.methodFailures[method], plan.remaining > 0 else { return nil }
            plan.remaining -= 1
            state.methodFailures[method] = plan.remaining > 0 ? plan : nil
            return Refusal(code: plan.status, description: "Simulated failure \(plan.status)")
        }
    }
}
