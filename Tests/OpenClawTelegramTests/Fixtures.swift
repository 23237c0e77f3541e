import OpenClawTelegram

import Foundation

enum Fixtures {
    static let botId: Int64 = 7_000_000_001
    static let botUsername = "OpenClaw_Test_Bot"
    static let bot = TelegramUser(id: botId, isBot: true, firstName: "Bot", username: botUsername)
    static let alice = TelegramUser(id: 1001, firstName: "Alice", username: "alice")
    static let otherBot = TelegramUser(id: 9001, isBot: true, firstName: "Other", username: "other_bot")
    static let group = TelegramChat(id: -100_123, type: .supergroup, title: "Group")
    static let forum = TelegramChat(id: -100_456, type: .supergroup, title: "Forum", isForum: true)

    static func decodeUpdate(_ json: String) throws -> Update {
        try JSONDecoder().decode(Update.self, from: Data(json.utf8))
    }

    /// A group message from Alice with `text` and the given entities.
    static func groupUpdate(
        _ text: String?,
        entities: [MessageEntity]? = nil,
        caption: String? = nil,
        captionEntities: [MessageEntity]? = nil,
        chat: TelegramChat = group,
        threadId: Int64? = nil,
        isTopicMessage: Bool? = nil,
        replyTo: TelegramMessage? = nil
    ) -> Update {
        Update(
            updateId: 1,
            message: TelegramMessage(
                messageId: 50,
                messageThreadId: threadId,
                from: alice,
                chat: chat,
                date: 1_700_000_000,
                text: text,
                caption: caption,
                entities: entities,
                captionEntities: captionEntities,
                replyToMessage: replyTo,
                isTopicMessage: isTopicMessage
            )
        )
    }

    /// The entity covering the first occurrence of `word` in `text`, in UTF-16 units.
    static func entity(_ type: MessageEntity.EntityType, _ word: String, in text: String, user: TelegramUser? = nil) -> MessageEntity {
        let range = text.range(of: word)!
        let offset = text.utf16.distance(from: text.utf16.startIndex, to: range.lowerBound)
        return MessageEntity(type: type, offset: offset, length: word.utf16.count, user: user)
    }
}
