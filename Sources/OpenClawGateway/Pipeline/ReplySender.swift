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
                _ = try await runtime.pacer.send(chatId: message.chatId, isGroup: isGroup) { [telegram = runtime.telegram] in
                    try await telegram.sendMessage(
                        chatId: message.chatId, text: chunk, replyToMessageId: replyTo, messageThreadId: message.threadId
                    )
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
