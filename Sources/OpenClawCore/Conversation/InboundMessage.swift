/// A Telegram update reduced to what the gateway's policy needs to decide about it.
///
/// Built by the Telegram module (`Update.inbound(bot:)`); everything downstream of
/// normalisation works on this value only, so the policy never sees raw Bot API JSON.
package struct InboundMessage: Sendable, Equatable {
    package enum ChatKind: String, Sendable, Codable {
        case direct
        case group
        case channel
    }

    package enum Kind: String, Sendable, Codable {
        /// A new message (text or captioned media).
        case message
        /// An edit of an earlier message.
        case edited
        /// A post in a channel.
        case channelPost
        /// A service message (members joined, title changed, migration, ...): no user content.
        case service
    }

    package var updateId: Int64
    package var kind: Kind
    package var chatId: Int64
    package var chatKind: ChatKind
    /// The forum topic (`message_thread_id`) when the chat is a forum, else nil.
    package var threadId: Int64?
    package var messageId: Int64
    /// Numeric Telegram user id of the sender; nil for anonymous channel posts.
    package var senderId: Int64?
    package var senderIsBot: Bool
    /// Mutable and not an identity: for display in pairing replies and `/whoami` only.
    package var senderUsername: String?
    /// Text of the message, or the caption of media; empty when there is neither.
    package var text: String
    /// True when the message addresses this bot: an `@mention`, a `text_mention` of the bot,
    /// a `/command@thisbot`, or a genuine reply to one of the bot's messages.
    package var addressesBot: Bool
    /// A leading bot command addressed to us (or to no bot in particular), lowercased, without
    /// the `@botname` suffix: `"/new"`. Nil when the message is not a command for this bot.
    package var command: String?
    /// Set on the service message that announces a group's move to a supergroup.
    package var migrateToChatId: Int64?
    /// Set on the service message a supergroup receives about the group it was before.
    package var migrateFromChatId: Int64?
    /// Forwarded from elsewhere: the text is untrusted content the sender did not write.
    package var isForwarded: Bool
    /// Someone else's text the message quotes or replies to: untrusted, shown to the model as such.
    package var quotedText: String?

    package init(
        updateId: Int64,
        kind: Kind = .message,
        chatId: Int64,
        chatKind: ChatKind,
        threadId: Int64? = nil,
        messageId: Int64,
        senderId: Int64?,
        senderIsBot: Bool = false,
        senderUsername: String? = nil,
        text: String,
        addressesBot: Bool = false,
        command: String? = nil,
        migrateToChatId: Int64? = nil,
        migrateFromChatId: Int64? = nil,
        isForwarded: Bool = false,
        quotedText: String? = nil
    ) {
        self.updateId = updateId
        self.kind = kind
        self.chatId = chatId
        self.chatKind = chatKind
        self.threadId = threadId
        self.messageId = messageId
        self.senderId = senderId
        self.senderIsBot = senderIsBot
        self.senderUsername = senderUsername
        self.text = text
        self.addressesBot = addressesBot
        self.command = command
        self.migrateToChatId = migrateToChatId
        self.migrateFromChatId = migrateFromChatId
        self.isForwarded = isForwarded
        self.quotedText = quotedText
    }
}
