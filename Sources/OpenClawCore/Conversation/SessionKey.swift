/// Which conversation a message belongs to: one per DM peer, one per group, one per forum topic.
package struct SessionKey: Hashable, Sendable, CustomStringConvertible {
    package var rawValue: String

    package init(rawValue: String) {
        self.rawValue = rawValue
    }

    package init(for message: InboundMessage) {
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

    package var description: String { rawValue }
}
