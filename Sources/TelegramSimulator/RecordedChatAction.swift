package import OpenClawTelegram

/// A `sendChatAction` the simulator accepted.
package struct RecordedChatAction: Sendable, Hashable {
    package var chatId: Int64
    package var action: ChatAction
    package var threadId: Int64?

    package init(chatId: Int64, action: ChatAction, threadId: Int64? = nil) {
        self.chatId = chatId
        self.action = action
        self.threadId = threadId
    }
}
