/// Body of `sendChatAction`.
public struct SendChatActionParameters: Codable, Sendable, Hashable {
    public var chatId: Int64
    public var action: ChatAction
    public var messageThreadId: Int64?

    public init(chatId: Int64, action: ChatAction, messageThreadId: Int64? = nil) {
        self.chatId = chatId
        self.action = action
        self.messageThreadId = messageThreadId
    }

    enum CodingKeys: String, CodingKey {
        case chatId = "chat_id"
        case action
        case messageThreadId = "message_thread_id"
    }
}
