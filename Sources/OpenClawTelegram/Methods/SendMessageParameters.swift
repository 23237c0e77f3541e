/// Body of `sendMessage`; plain text only (no `parse_mode`), so model output is never parsed as markup.
public struct SendMessageParameters: Codable, Sendable, Hashable {
    public var chatId: Int64
    public var text: String
    public var messageThreadId: Int64?
    public var replyParameters: ReplyParameters?
    /// The pre-7.0 spelling of `reply_parameters.message_id`; read by the simulator, never sent.
    public var replyToMessageId: Int64?

    public init(
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
    public var replyTarget: Int64? {
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
