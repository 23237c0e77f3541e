package import OpenClawTelegram

/// A `sendMessage` the simulator accepted.
package struct SentMessage: Sendable, Hashable {
    package var chatId: Int64
    package var text: String
    package var replyTo: Int64?
    package var threadId: Int64?
    /// The message as returned to the bot, with its new `message_id`.
    package var message: TelegramMessage
    /// When the simulator received it (for pacing assertions).
    package var time: ContinuousClock.Instant
}
