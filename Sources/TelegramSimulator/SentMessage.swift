public import OpenClawTelegram

/// A `sendMessage` the simulator accepted.
public struct SentMessage: Sendable, Hashable {
    public var chatId: Int64
    public var text: String
    public var replyTo: Int64?
    public var threadId: Int64?
    /// The message as returned to the bot, with its new `message_id`.
    public var message: TelegramMessage
    /// When the simulator received it (for pacing assertions).
    public var time: ContinuousClock.Instant
}
