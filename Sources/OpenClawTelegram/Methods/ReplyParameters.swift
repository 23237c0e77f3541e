/// Which message a sent message replies to (Bot API `ReplyParameters`).
package struct ReplyParameters: Codable, Sendable, Hashable {
    package var messageId: Int64
    /// Send anyway when the replied-to message was deleted meanwhile.
    package var allowSendingWithoutReply: Bool?

    package init(messageId: Int64, allowSendingWithoutReply: Bool? = true) {
        self.messageId = messageId
        self.allowSendingWithoutReply = allowSendingWithoutReply
    }

    enum CodingKeys: String, CodingKey {
        case messageId = "message_id"
        case allowSendingWithoutReply = "allow_sending_without_reply"
    }
}
