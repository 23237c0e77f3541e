/// A message (Bot API `Message`), reduced to the fields the gateway reads; others are ignored on decode.
public struct TelegramMessage: Codable, Sendable, Hashable {
    public var messageId: Int64
    /// The forum topic or reply thread the message belongs to.
    public var messageThreadId: Int64?
    public var from: TelegramUser?
    /// The chat that sent the message on behalf of a user (anonymous admins, channels).
    public var senderChat: TelegramChat?
    public var chat: TelegramChat
    /// Unix time in seconds.
    public var date: Int64
    public var text: String?
    public var caption: String?
    public var entities: [MessageEntity]?
    public var captionEntities: [MessageEntity]?
    public var forwardOrigin: PresenceMarker?
    public var forwardFrom: TelegramUser?
    public var forwardDate: Int64?
    public var quote: TextQuote?
    public var isTopicMessage: Bool?
    /// Present on the service message that opened a forum topic.
    public var forumTopicCreated: PresenceMarker?
    public var newChatMembers: [TelegramUser]?
    public var leftChatMember: TelegramUser?
    public var migrateToChatId: Int64?
    public var migrateFromChatId: Int64?
    private var replyBox: IndirectBox<TelegramMessage>?

    /// The message this one replies to (in forum topics, often the topic's creation message).
    public var replyToMessage: TelegramMessage? {
        get { replyBox?.value }
        set { replyBox = newValue.map(IndirectBox.value) }
    }

    public init(
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
