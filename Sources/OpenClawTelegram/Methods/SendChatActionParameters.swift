/// Body of `sendChatAction`.
package struct SendChatActionParameters: Codable, Sendable, Hashable {
    package var chatId: Int64
    package var action: ChatAction
    package var messageThreadId: Int64?

    package init(chatId: Int64, action: ChatAction, messageThreadId: Int64? = nil) {
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
