/// `channels.telegram.pacing`: how fast replies go out. The defaults are Telegram's flood limits;
/// a bot with paid broadcasts may send up to 1000 messages a second in all.
package struct TelegramPacing: Sendable, Equatable {
    /// Least time between two messages to one chat, in milliseconds (0: no spacing).
    package var perChatIntervalMs: Int
    /// Messages per rolling minute to one group.
    package var perGroupPerMinute: Int
    /// Messages per rolling second across all chats.
    package var globalPerSecond: Int

    package static let perChatIntervalMsRange = 0...60_000
    package static let perGroupPerMinuteRange = 1...1000
    package static let globalPerSecondRange = 1...1000

    /// Telegram's limits: about one message a second per chat, 20 a minute per group, 30 a second overall.
    package static let telegram = TelegramPacing(perChatIntervalMs: 1000, perGroupPerMinute: 20, globalPerSecond: 30)

    package init(perChatIntervalMs: Int, perGroupPerMinute: Int, globalPerSecond: Int) {
        self.perChatIntervalMs = perChatIntervalMs
        self.perGroupPerMinute = perGroupPerMinute
        self.globalPerSecond = globalPerSecond
    }
}
