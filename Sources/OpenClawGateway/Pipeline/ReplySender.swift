import Logging
import OpenClawCore
import OpenClawTelegram

/// Delivers a reply: chunked to Telegram's limit, paced per chat and overall, 429-aware.
struct ReplySender: Sendable {
    let runtime: GatewayRuntime

    func send(_ text: String, replyingTo message: InboundMessage) async {
        let chunks = MessageChunker.chunks(of: text, limit: runtime.config.telegram.textChunkLimit)
        let isGroup = message.chatKind != .direct
        for (index, chunk) in chunks.enumerated() {
            // In groups the first chunk quotes the message it answers, so the thread stays readable.
            let replyTo = isGroup && index == 0 ? message.messageId : nil
            do {
                try await sendSurvivingTokenRotation {
                    _ = try await runtime.pacer.send(chatId: message.chatId, isGroup: isGroup) { [telegram = runtime.telegram] in
                        try await telegram.sendMessage(
                            chatId: message.chatId, text: chunk, replyToMessageId: replyTo, messageThreadId: message.threadId
                        )
                    }
                }
                runtime.metrics.messageSent()
                runtime.health.markSuccess(at: runtime.now())
            } catch {
                runtime.metrics.sendFailed()
                runtime.logger.error("telegram send failed", metadata: ["error": "\(error)", "update": "\(message.updateId)"])
                return
            }
        }
    }

    /// A bot token revoked in BotFather fails at once, while the new one reaches the gateway only
    /// when its file is rotated: on a 401, wait briefly for a new token and send once more.
    private func sendSurvivingTokenRotation(_ send: () async throws -> Void) async throws {
        let tokenBefore = runtime.live.value(LiveSecrets.botToken)
        do {
            try await send()
        } catch let error as TelegramAPIError where error.code == 401 {
            let clock = ContinuousClock()
            let deadline = clock.now + .seconds(5)
            while runtime.live.value(LiveSecrets.botToken) == tokenBefore, clock.now < deadline {
                try await Task.sleep(for: .milliseconds(100))
            }
            guard runtime.live.value(LiveSecrets.botToken) != tokenBefore else { throw error }
            try await send()
        }
    }

    /// Shows "typing…" until the returned task is cancelled (Telegram clears it after ~5 s).
    func keepTyping(in message: InboundMessage) -> Task<Void, Never> {
        Task { [telegram = runtime.telegram] in
            while !Task.isCancelled {
                try? await telegram.sendChatAction(chatId: message.chatId, action: .typing, messageThreadId: message.threadId)
                try? await Task.sleep(for: .seconds(4))
            }
        }
    }
}
