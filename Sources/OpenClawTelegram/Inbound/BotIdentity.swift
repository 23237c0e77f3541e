/// Who "us" is when reading a message: the bot's numeric id and its username.
package struct BotIdentity: Sendable, Hashable {
    package var id: Int64
    /// Without the leading `@`.
    package var username: String

    package init(id: Int64, username: String) {
        self.id = id
        self.username = username.hasPrefix("@") ? String(username.dropFirst()) : username
    }

    /// Whether the message names the bot (mention, text mention, `/cmd@bot`) or genuinely replies to it.
    package func isAddressed(by message: TelegramMessage) -> Bool {
        let spans = [(message.text, message.entities), (message.caption, message.captionEntities)]
        for case let (text?, entities?) in spans where entities.contains(where: { names(entity: $0, in: text) }) {
            return true
        }
        return isGenuineReplyToBot(message)
    }

    /// The leading bot command for us (or for no bot in particular), lowercased, without `@bot`.
    package func command(in message: TelegramMessage) -> String? {
        let text: String
        let entities: [MessageEntity]?
        if let messageText = message.text {
            (text, entities) = (messageText, message.entities)
        } else if let caption = message.caption {
            (text, entities) = (caption, message.captionEntities)
        } else {
            return nil
        }
        guard let entity = entities?.first(where: { $0.type == .botCommand && $0.offset == 0 }),
            let word = entity.text(in: text)
        else { return nil }
        let parts = word.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
        if parts.count == 2, !isOurName(parts[1]) { return nil }
        let command = parts[0].lowercased()
        return command.count > 1 ? command : nil
    }

    private func names(entity: MessageEntity, in text: String) -> Bool {
        switch entity.type {
        case .mention:
            guard let word = entity.text(in: text), word.hasPrefix("@") else { return false }
            return isOurName(word.dropFirst())
        case .textMention:
            return entity.user?.id == id
        case .botCommand:
            guard let word = entity.text(in: text) else { return false }
            let parts = word.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
            return parts.count == 2 && isOurName(parts[1])
        default:
            return false
        }
    }

    /// In forum topics every message replies to the topic's creation message; if the bot
    /// opened the topic, that reply would address it without anyone meaning to.
    private func isGenuineReplyToBot(_ message: TelegramMessage) -> Bool {
        guard let reply = message.replyToMessage, reply.from?.id == id else { return false }
        if reply.forumTopicCreated != nil { return false }
        if let thread = message.messageThreadId, reply.messageId == thread { return false }
        return true
    }

    private func isOurName(_ name: Substring) -> Bool {
        !username.isEmpty && name.lowercased() == username.lowercased()
    }
}
