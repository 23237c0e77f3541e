import OpenClawCore

/// A message the gateway will send: to whom, in which thread, quoting which message.
struct Reply: Sendable, Equatable {
    var text: String
    var chatId: Int64
    var threadId: Int64?
    /// Quoted by the first chunk (group answers quote the message they answer).
    var quoting: Int64?
    /// Whom it answers, so erasure removes it while it is still queued.
    var userId: Int64?
}

extension Reply {
    /// An answer to `message`: in a group it quotes the message, so the thread stays readable.
    init(_ text: String, to message: InboundMessage) {
        self.init(
            text: text, chatId: message.chatId, threadId: message.threadId,
            quoting: message.chatKind == .direct ? nil : message.messageId, userId: message.senderId
        )
    }
}
