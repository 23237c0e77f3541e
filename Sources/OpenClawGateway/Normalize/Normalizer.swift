import OpenClawCore
import OpenClawTelegram

/// First stage: a Telegram update as the policy sees it (chat kind, sender, text or caption,
/// whether it addresses the bot, a command, quoted and forwarded content); nil for update kinds
/// the gateway does not handle.
struct Normalizer: Sendable {
    let bot: BotIdentity

    func message(from update: Update) -> InboundMessage? {
        update.inbound(bot: bot)
    }
}
