package import OpenClawTelegram
import Synchronization

extension TelegramSimulator {
    /// Every message the bot sent, in order.
    package var sentMessages: [SentMessage] { state.withLock { $0.sent } }

    /// Every successful `editMessageText`, in order, with the new text.
    package var editedMessages: [SentMessage] { state.withLock { $0.edits } }

    /// Every `sendChatAction`, in order.
    package var chatActions: [RecordedChatAction] { state.withLock { $0.chatActions } }

    /// Every webhook delivery attempt, in order.
    package var webhookDeliveries: [WebhookDelivery] { state.withLock { $0.deliveries } }

    /// The webhook URL currently set, if any.
    package var webhookURL: String? { state.withLock { $0.webhook?.url } }

    /// Updates injected but not yet confirmed or delivered.
    package var pendingUpdateCount: Int { state.withLock { $0.pending.count } }

    /// How often each method was called with the right token, by method name.
    package var methodCalls: [String: Int] { state.withLock { $0.calls } }

    /// How many calls were refused because their token was wrong or revoked.
    package var refusedTokenCallCount: Int { state.withLock { $0.refusedTokenCalls } }

    /// How often `method` was called with the right token.
    package func callCount(_ method: TelegramMethod) -> Int {
        state.withLock { $0.calls[method.rawValue] ?? 0 }
    }

    /// Waits until the bot has sent at least `count` messages; returns all of them.
    @discardableResult
    package func waitForSentMessages(count: Int, timeout: Duration = .seconds(20)) async throws -> [SentMessage] {
        try await waitUntil(timeout: timeout, "\(count) sent messages (have \(sentMessages.count))") {
            let sent = $0.sent
            return sent.count >= count ? sent : nil
        }
    }

    /// Waits for the first sent message matching `predicate`.
    package func waitForSent(
        timeout: Duration = .seconds(20),
        where predicate: @escaping @Sendable (SentMessage) -> Bool
    ) async throws -> SentMessage {
        try await waitUntil(timeout: timeout, "a matching sent message") { $0.sent.first(where: predicate) }
    }

    /// Waits until at least `count` webhook delivery attempts were made; returns all of them.
    @discardableResult
    package func waitForWebhookDeliveries(count: Int, timeout: Duration = .seconds(20)) async throws -> [WebhookDelivery] {
        try await waitUntil(timeout: timeout, "\(count) webhook deliveries") {
            $0.deliveries.count >= count ? $0.deliveries : nil
        }
    }

    /// Waits until every injected update was confirmed by `getUpdates` or delivered.
    package func waitForPendingUpdatesDrained(timeout: Duration = .seconds(20)) async throws {
        _ = try await waitUntil(timeout: timeout, "pending updates to drain") { $0.pending.isEmpty ? true : nil }
    }

    private func waitUntil<Value>(
        timeout: Duration,
        _ what: @autoclosure () -> String,
        _ check: (SimulatorState) -> Value?
    ) async throws -> Value {
        let deadline = ContinuousClock.now + timeout
        while true {
            let observed = changes.generation
            if let value = state.withLock({ check($0) }) { return value }
            if ContinuousClock.now >= deadline || Task.isCancelled {
                throw TelegramSimulatorError(code: .timeout, message: "waited \(timeout) for \(what())")
            }
            await changes.wait(after: observed, until: deadline)
        }
    }
}
