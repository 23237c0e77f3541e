/// Body of `editMessageText`.
package struct EditMessageTextParameters: Codable, Sendable, Hashable {
    package var chatId: Int64
    package var messageId: Int64
    package var text: String

    package init(chatId: Int64, messageId: Int64, text: String) {
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
