/// A message (Bot API `Message`), reduced to the fields the gateway reads; others are ignored on decode.
package struct TelegramMessage: Codable, Sendable, Hashable {
    package var messageId: Int64
    /// The forum topic or reply thread the message belongs to.
    package var messageThreadId: Int64?
    package var from: TelegramUser?
    /// The chat that sent the message on behalf of a user (anonymous admins, channels).
    package var senderChat: TelegramChat?
    package var chat: TelegramChat
    /// Unix time in seconds.
    package var date: Int64
    package var text: String?
    package var caption: String?
    package var entities: [MessageEntity]?
    package var captionEntities: [MessageEntity]?
    package var forwardOrigin: PresenceMarker?
    package var forwardFrom: TelegramUser?
    package var forwardDate: Int64?
    package var quote: TextQuote?
    package var isTopicMessage: Bool?
    /// Present on the service message that opened a forum topic.
    package var forumTopicCreated: PresenceMarker?
    package var newChatMembers: [TelegramUser]?
    package var leftChatMember: TelegramUser?
    package var migrateToChatId: Int64?
    package var migrateFromChatId: Int64?
    private var replyBox: IndirectBox<TelegramMessage>?

    /// The message this one replies to (in forum topics, often the topic's creation message).
    package var replyToMessage: TelegramMessage? {
        get { replyBox?.value }
        set { replyBox = newValue.map(IndirectBox.value) }
    }

    package init(
        messageId: Int64,
        messageThreadId: Int64? = nil,
        from: TelegramUser? = nil,
        senderChat: TelegramChat? = nil,
        chat: TelegramChat,
        date: Int64,
        text: String? = nil,
        caption: String? = nil,
        entities: [MessageEntity]? = nil,
        captionEntities: [MessageEntity]? = nil,
        replyToMessage: TelegramMessage? = nil,
        forwardOrigin: PresenceMarker? = nil,
        forwardFrom: TelegramUser? = nil,
        forwardDate: Int64? = nil,
        quote: TextQuote? = nil,
        isTopicMessage: Bool? = nil,
        forumTopicCreated: PresenceMarker? = nil,
        newChatMembers: [TelegramUser]? = nil,
        leftChatMember: TelegramUser? = nil,
        migrateToChatId: Int64? = nil,
        migrateFromChatId: Int64? = nil
    ) {
        self.messageId = messageId
        self.messageThreadId = messageThreadId
        self.from = from
        self.senderChat = senderChat
        self.chat = chat
        self.date = date
        self.text = text
        self.caption = caption
        self.entities = entities
        self.captionEntities = captionEntities
        self.replyBox = replyToMessage.map(IndirectBox.value)
        self.forwardOrigin = forwardOrigin
        self.forwardFrom = forwardFrom
        self.forwardDate = forwardDate
        self.quote = quote
        self.isTopicMessage = isTopicMessage
        self.forumTopicCreated = forumTopicCreated
        self.newChatMembers = newChatMembers
        self.leftChatMember = leftChatMember
        self.migrateToChatId = migrateToChatId
        self.migrateFromChatId = migrateFromChatId
    }

    enum CodingKeys: String, CodingKey {
        case messageId = "message_id"
        case messageThreadId = "message_thread_id"
        case from
        case senderChat = "sender_chat"
        case chat, date, text, caption, entities
        case captionEntities = "caption_entities"
        case replyBox = "reply_to_message"
        case forwardOrigin = "forward_origin"
        case forwardFrom = "forward_from"
        case forwardDate = "forward_date"
        case quote
        case isTopicMessage = "is_topic_message"
        case forumTopicCreated = "forum_topic_created"
        case newChatMembers = "new_chat_members"
        case leftChatMember = "left_chat_member"
        case migrateToChatId = "migrate_to_chat_id"
        case migrateFromChatId = "migrate_from_chat_id"
    }
}
