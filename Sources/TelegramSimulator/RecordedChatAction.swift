public import OpenClawTelegram

/// A `sendChatAction` the simulator accepted.
public struct RecordedChatAction: Sendable, Hashable {
    public var chatId: Int64
    public var action: ChatAction
    public var threadId: Int64?
}
