#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// One message to send to a chat: a produced reply (or one chunk of it), kept in the store until
/// Telegram accepts it, so neither a crash nor a failing Bot API loses a reply the model was paid for.
public struct OutboxMessage: Sendable, Equatable {
    /// Assigned by the store; nil before the message is queued.
    public var id: Int64?
    public var chatId: Int64
    public var threadId: Int64?
    /// The message this one quotes (groups), if any.
    public var replyTo: Int64?
    /// Whom the message answers, so erasure can remove what is still queued for them.
    public var userId: Int64?
    public var text: String
    public var createdAt: Date
    /// Failed sends so far.
    public var attempts: Int
    public var nextAttemptAt: Date

    public init(
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
