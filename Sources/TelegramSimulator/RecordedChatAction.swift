public import OpenClawTelegram

/// A `sendChatAction` the simulator accepted.
public struct RecordedChatAction: Sendable, Hashable {
    public var chatId: Int64
    public var action: ChatAction
    public var threadId: Int64?

    public init(chatId: Int64, action: ChatAction, threadId: Int64? = nil) {
        self.chatId = chatId
        self.action = action
        self.threadId = threadId
    }
}
