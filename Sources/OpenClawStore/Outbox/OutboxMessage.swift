#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// One message to send to a chat: a produced reply (or one chunk of it), kept in the store until
/// Telegram accepts it, so neither a crash nor a failing Bot API loses a reply the model was paid for.
package struct OutboxMessage: Sendable, Equatable {
    /// Assigned by the store; nil before the message is queued.
    package var id: Int64?
    package var chatId: Int64
    package var threadId: Int64?
    /// The message this one quotes (groups), if any.
    package var replyTo: Int64?
    /// Whom the message answers, so erasure can remove what is still queued for them.
    package var userId: Int64?
    package var text: String
    package var createdAt: Date
    /// Failed sends so far.
    package var attempts: Int
    package var nextAttemptAt: Date

    package init(
        id: Int64? = nil, chatId: Int64, threadId: Int64? = nil, replyTo: Int64? = nil, userId: Int64? = nil, text: String,
        createdAt: Date, attempts: Int = 0, nextAttemptAt: Date? = nil
    ) {
        self.id = id
        self.chatId = chatId
        self.threadId = threadId
        self.replyTo = replyTo
        self.userId = userId
        self.text = text
        self.createdAt = createdAt
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt ?? createdAt
    }
}
