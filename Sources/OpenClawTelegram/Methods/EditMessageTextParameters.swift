/// Body of `editMessageText`.
public struct EditMessageTextParameters: Codable, Sendable, Hashable {
    public var chatId: Int64
    public var messageId: Int64
    public var text: String

    public init(chatId: Int64, messageId: Int64, text: String) {
        self.chatId = chatId
        self.messageId = messageId
        self.text = text
    }

    enum CodingKeys: String, CodingKey {
        case chatId = "chat_id"
        case messageId = "message_id"
        case text
    }
}
