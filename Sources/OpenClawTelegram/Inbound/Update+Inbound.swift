package import OpenClawCore

extension Update {
    /// The message this update carries, of whichever kind we handle.
    package var anyMessage: TelegramMessage? {
        message ?? editedMessage ?? channelPost ?? editedChannelPost
    }

    /// Normalises the update for the gateway's policy; nil for update kinds we do not handle.
    package func inbound(botId: Int64, botUsername: String) -> InboundMessage? {
        inbound(bot: BotIdentity(id: botId, username: botUsername))
    }

    /// Normalises the update as seen by `bot`; nil for update kinds we do not handle.
    package func inbound(bot: BotIdentity) -> InboundMessage? {
        guard let message = anyMessage else { return nil }
        let text = message.text ?? message.caption
        let kind: InboundMessage.Kind
        if editedMessage != nil || editedChannelPost != nil {
            kind = .edited
        } else if text == nil {
            kind = .service
        } else if channelPost != nil {
            kind = .channelPost
        } else {
            kind = .message
        }
        let isForumTopic = message.chat.isForum == true && message.isTopicMessage == true
        return InboundMessage(
            updateId: updateId,
            kind: kind,
            chatId: message.chat.id,
            chatKind: message.chat.type.inboundKind,
            threadId: isForumTopic ? message.messageThreadId : nil,
            messageId: message.messageId,
            senderId: message.from?.id,
            senderIsBot: message.from?.isBot ?? false,
            senderUsername: message.from?.username,
            text: text ?? "",
            addressesBot: bot.isAddressed(by: message),
            command: bot.command(in: message),
            migrateToChatId: message.migrateToChatId,
            migrateFromChatId: message.migrateFromChatId,
            isForwarded: message.isForwarded,
            quotedText: message.quotedText(bot: bot)
        )
    }
}

extension TelegramChat.ChatType {
    /// How the gateway's policy sees this chat type; unknown future types count as groups,
    /// the stricter policy.
    var inboundKind: InboundMessage.ChatKind {
        switch self {
        case .private: .direct
        case .channel: .channel
        default: .group
        }
    }
}

extension TelegramMessage {
    /// Content the sender did not write, forwarded from elsewhere.
    package var isForwarded: Bool {
        forwardOrigin != nil || forwardFrom != nil || forwardDate != nil
    }

    /// Someone else's text this message brings along: the quoted part, or else the whole message
    /// it replies to when that was not written by this bot (our replies are in the history already).
    func quotedText(bot: BotIdentity) -> String? {
        if let quote, !quote.text.isEmpty { return quote.text }
        guard let replied = replyToMessage, replied.from?.id != bot.id, replied.forumTopicCreated == nil else { return nil }
        let text = replied.text ?? replied.caption
        return text?.isEmpty == false ? text : nil
    }
}
