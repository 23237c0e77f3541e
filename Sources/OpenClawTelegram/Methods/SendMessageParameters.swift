/// Body of `sendMessage`; plain text only (no `parse_mode`), so model output is never parsed as markup.
package struct SendMessageParameters: Codable, Sendable, Hashable {
    package var chatId: Int64
    package var text: String
    package var messageThreadId: Int64?
    package var replyParameters: ReplyParameters?
    /// The pre-7.0 spelling of `reply_parameters.message_id`; read by the simulator, never sent.
    package var replyToMessageId: Int64?

    package init(
        chatId: Int64,
        text: String,
        messageThreadId: Int64? = nil,
        replyParameters: ReplyParameters? = nil,
        replyToMessageId: Int64? = nil
    ) {
        self.chatId = chatId
        self.text = text
        self.messageThreadId = messageThreadId
        self.replyParameters = replyParameters
        self.replyToMessageId = replyToMessageId
    }

    /// The replied-to message id, whichever spelling carried it.
    package var replyTarget: Int64? {
        replyParameters?.messageId ?? replyToMessageId
    }

    enum CodingKeys: String, CodingKey {
        case chatId = "chat_id"
        case text
        case messageThreadId = "message_thread_id"
        case replyParameters = "reply_parameters"
        case replyToMessageId = "reply_to_message_id"
    }
}
