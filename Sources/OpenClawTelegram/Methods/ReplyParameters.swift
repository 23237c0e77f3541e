/// Which message a sent message replies to (Bot API `ReplyParameters`).
public struct ReplyParameters: Codable, Sendable, Hashable {
    public var messageId: Int64
    /// Send anyway when the replied-to message was deleted meanwhile.
    public var allowSendingWithoutReply: Bool?

    public init(messageId: Int64, allowSendingWithoutReply: Bool? = true) {
        self.messageId = messageId
        self.allowSendingWithoutReply = allowSendingWithoutReply
    }

    enum CodingKeys: String, CodingKey {
        case messageId = "message_id"
        case allowSendingWithoutReply = "allow_sending_without_reply"
    }
}
