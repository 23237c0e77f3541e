package import OpenClawTelegram
import Synchronization

extension TelegramSimulator {
    /// Queues `update` for `getUpdates` (or the webhook, when one is set).
    package func inject(_ update: Update) {
        state.withLock { state in
            if let chat = update.anyMessage?.chat { state.chats[chat.id] = chat }
            state.nextUpdateId = max(state.nextUpdateId, update.updateId + 1)
            state.pending.append(update)
        }
        changes.notify()
    }

    /// A direct message from `user` to the bot (chat id = user id), with fresh update and message ids.
    /// A direct message that is a bot command (`/whoami`), with the entity Telegram adds.
    package func privateCommand(from user: TelegramUser, _ text: String) -> Update {
        let length = text.split(separator: " ", maxSplits: 1).first.map { $0.utf16.count } ?? 0
        return privateMessage(from: user, text: text, entities: [MessageEntity(type: .botCommand, offset: 0, length: length)])
    }

    package func privateMessage(
        from user: TelegramUser,
        text: String,
        entities: [MessageEntity]? = nil,
        replyTo: TelegramMessage? = nil
    ) -> Update {
        let chat = TelegramChat(id: user.id, type: .private, username: user.username)
        return update(chat: chat, from: user, text: text, entities: entities, replyTo: replyTo, threadId: nil)
    }

    /// A message in a supergroup; `mentionBot` prefixes `@botname ` with a correct mention entity.
    package func groupMessage(
        chatId: Int64,
        title: String = "Test group",
        from user: TelegramUser,
        text: String,
        entities: [MessageEntity]? = nil,
        replyTo: TelegramMessage? = nil,
        threadId: Int64? = nil,
        isForum: Bool = false,
        mentionBot: Bool = false
    ) -> Update {
        let chat = TelegramChat(id: chatId, type: .supergroup, title: title, isForum: isForum ? true : nil)
        var text = text
        var entities = entities
        if mentionBot {
            let mention = mentioningBot(text)
            let shift = mention.text.utf16.count - text.utf16.count
            entities = mention.entities + (entities ?? []).map { entity in
                var moved = entity
                moved.offset += shift
                return moved
            }
            text = mention.text
        }
        return update(chat: chat, from: user, text: text, entities: entities, replyTo: replyTo, threadId: threadId)
    }

    /// `"@botname " + text` with the `mention` entity Telegram would attach.
    package func mentioningBot(_ text: String) -> (text: String, entities: [MessageEntity]) {
        let mention = "@\(bot.username ?? "")"
        let entity = MessageEntity(type: .mention, offset: 0, length: mention.utf16.count)
        return ("\(mention) \(text)", [entity])
    }

    /// An update as a user in `chat` would produce it, with fresh update and message ids.
    package func update(
        chat: TelegramChat,
        from user: TelegramUser?,
        text: String?,
        entities: [MessageEntity]? = nil,
        replyTo: TelegramMessage? = nil,
        threadId: Int64? = nil
    ) -> Update {
        let (updateId, messageId) = state.withLock { ($0.takeUpdateId(), $0.takeMessageId()) }
        let message = TelegramMessage(
            messageId: messageId,
            messageThreadId: threadId,
            from: user,
            chat: chat,
            date: Self.unixTime(),
            text: text,
            entities: entities,
            replyToMessage: replyTo,
            isTopicMessage: threadId != nil && chat.isForum == true ? true : nil
        )
        return Update(updateId: updateId, message: message)
    }

    /// Answers the next `count` `sendMessage` calls to `chatId` with 429 and `retry_after`.
    package func failNextSendMessages(chatId: Int64, count: Int = 1, retryAfter: Int = 1) {
        state.withLock { $0.failures[chatId] = .init(remaining: count, retryAfter: retryAfter) }
    }
}
