/// Telegram's (unpublished) flood limits the outbound pacer stays under.
package struct PacingLimits: Sendable, Hashable {
    /// Minimum spacing between two messages to the same chat (Telegram: about one per second).
    package var perChatInterval: Duration
    /// Messages per rolling minute to one group (Telegram: 20).
    package var perGroupPerMinute: Int
    /// Messages per rolling second across all chats (Telegram: about 30).
    package var globalPerSecond: Int
    /// Attempts of one message when Telegram keeps answering 429, before the error is thrown.
    package var maxAttempts: Int
    /// Longest a 429's `retry_after` holds a chat; a larger value is read as this.
    package var maxRetryAfter: Duration

    package init(
        perChatInterval: Duration = .seconds(1),
        perGroupPerMinute: Int = 20,
        globalPerSecond: Int = 30,
        maxAttempts: Int = 5,
        maxRetryAfter: Duration = .seconds(600)
    ) {
        self.perChatInterval = perChatInterval
        self.perGroupPerMinute = max(perGroupPerMinute, 1)
        self.globalPerSecond = max(globalPerSecond, 1)
        self.maxAttempts = max(maxAttempts, 1)
        self.maxRetryAfter = max(maxRetryAfter, .zero)
    }

    /// Chats tracked before the pacer first sweeps idle ones.
    static let sweepFloor = 1024

    /// Telegram's documented-by-experience limits.
    package static let telegram = PacingLimits()

    /// Effectively no pacing, for benchmarks against the simulator.
    package static let unlimited = PacingLimits(
        perChatInterval: .zero,
        perGroupPerMinute: .max,
        globalPerSecond: .max
    )
}
