/// Which conversation a message belongs to: one per DM peer, one per group, one per forum topic.
public struct SessionKey: Hashable, Sendable, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(for message: InboundMessage) {
        switch message.chatKind {
        case .direct:
            self.rawValue = "telegram:dm:\(message.senderId ?? message.chatId)"
        case .group, .channel:
            if let thread = message.threadId {
                self.rawValue = "telegram:group:\(message.chatId):topic:\(thread)"
            } else {
                self.rawValue = "telegram:group:\(message.chatId)"
            }
        }
    }

    public var description: String { rawValue }
}
