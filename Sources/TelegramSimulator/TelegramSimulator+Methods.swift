import OpenClawTelegram
import Synchronization

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension TelegramSimulator {
    /// Telegram's limit on `text`, which it counts in UTF-16 code units.
    static let maxTextLength = 4096

    func getUpdates(_ parameters: GetUpdatesParameters) async throws -> [Update] {
        let limit = min(max(parameters.limit ?? 100, 1), 100)
        let deadline = ContinuousClock.now + .seconds(min(max(parameters.timeout ?? 0, 0), 60))
        while true {
            let observed = changes.generation
            let (batch, confirmed) = try state.withLock { state -> ([Update], Bool) in
                guard state.webhook == nil else {
                    throw Refusal(
                        code: 409,
                        description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"
                    )
                }
                let before = state.pending.count
                if let offset = parameters.offset, offset > 0 {
                    state.pending.removeAll { $0.updateId < offset }
                }
                return (Array(state.pending.prefix(limit)), state.pending.count != before)
            }
            // Waiters on "pending updates drained" must hear about confirmations too.
            if confirmed { changes.notify() }
            let stopping = state.withLock { $0.stopping }
            if !batch.isEmpty || ContinuousClock.now >= deadline || Task.isCancelled || stopping { return batch }
            await changes.wait(after: observed, until: deadline)
        }
    }

    func setWebhook(_ parameters: SetWebhookParameters) throws -> Bool {
        if let secret = parameters.secretToken {
            let allowed = secret.utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            }
            guard allowed, (1...256).contains(secret.utf8.count) else {
                throw Refusal(code: 400, description: "Bad Request: secret token contains unallowed characters")
            }
        }
        state.withLock { state in
            if parameters.dropPendingUpdates == true { state.pending.removeAll() }
            state.webhook = parameters.url.isEmpty ? nil : .init(url: parameters.url, secretToken: parameters.secretToken)
        }
        changes.notify()
        return true
    }

    func deleteWebhook(_ parameters: DeleteWebhookParameters) -> Bool {
        state.withLock { state in
            if parameters.dropPendingUpdates == true { state.pending.removeAll() }
            state.webhook = nil
        }
        changes.notify()
        return true
    }

    func sendMessage(_ parameters: SendMessageParameters) throws -> TelegramMessage {
        try Self.validate(text: parameters.text)
        let message = try state.withLock { state -> TelegramMessage in
            if var plan = state.failures[parameters.chatId], plan.remaining > 0 {
                plan.remaining -= 1
                state.failures[parameters.chatId] = plan.remaining > 0 ? plan : nil
                throw Refusal(
                    code: 429,
                    description: "Too Many Requests: retry after \(plan.retryAfter)",
                    parameters: ResponseParameters(retryAfter: plan.retryAfter)
                )
            }
            let message = TelegramMessage(
                messageId: state.takeMessageId(),
                messageThreadId: parameters.messageThreadId,
                from: bot,
                chat: state.chat(parameters.chatId),
                date: Self.unixTime(),
                text: parameters.text,
                isTopicMessage: parameters.messageThreadId == nil ? nil : true
            )
            state.sent.append(
                SentMessage(
                    chatId: parameters.chatId,
                    text: parameters.text,
                    replyTo: parameters.replyTarget,
                    threadId: parameters.messageThreadId,
                    message: message,
                    time: .now
                )
            )
            return message
        }
        changes.notify()
        return message
    }

    func sendChatAction(_ parameters: SendChatActionParameters) -> Bool {
        state.withLock {
            $0.chatActions.append(
                RecordedChatAction(chatId: parameters.chatId, action: parameters.action, threadId: parameters.messageThreadId)
            )
        }
        changes.notify()
        return true
    }

    func editMessageText(_ parameters: EditMessageTextParameters) throws -> TelegramMessage {
        try Self.validate(text: parameters.text)
        let edited = try state.withLock { state -> TelegramMessage in
            guard
                let original = state.sent.last(where: {
                    $0.chatId == parameters.chatId && $0.message.messageId == parameters.messageId
                })
            else { throw Refusal(code: 400, description: "Bad Request: message to edit not found") }
            let current = state.edits.last { $0.message.messageId == parameters.messageId && $0.chatId == parameters.chatId }
            guard (current ?? original).text != parameters.text else {
                throw Refusal(code: 400, description: "Bad Request: message is not modified")
            }
            var record = original
            record.text = parameters.text
            record.message.text = parameters.text
            record.time = .now
            state.edits.append(record)
            return record.message
        }
        changes.notify()
        return edited
    }

    private static func validate(text: String) throws {
        if text.allSatisfy(\.isWhitespace) {
            throw Refusal(code: 400, description: "Bad Request: message text is empty")
        }
        if text.utf16.count > maxTextLength {
            throw Refusal(code: 400, description: "Bad Request: message is too long")
        }
    }

    static func unixTime() -> Int64 {
        Int64(Date().timeIntervalSince1970)
    }
}
