package import OpenClawCore
package import OpenClawTelegram

extension PacingLimits {
    /// The pacer's limits for `channels.telegram.pacing`.
    package init(_ pacing: TelegramPacing) {
        self.init(
            perChatInterval: .milliseconds(pacing.perChatIntervalMs),
            perGroupPerMinute: pacing.perGroupPerMinute,
            globalPerSecond: pacing.globalPerSecond
        )
    }
}
