public import OpenClawCore
public import OpenClawTelegram

extension PacingLimits {
    /// The pacer's limits for `channels.telegram.pacing`.
    public init(_ pacing: TelegramPacing) {
        self.init(
            perChatInterval: .milliseconds(pacing.perChatIntervalMs),
            perGroupPerMinute: pacing.perGroupPerMinute,
            globalPerSecond: pacing.globalPerSecond
        )
    }
}
