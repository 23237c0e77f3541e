public import Foundation

/// A security-relevant fact worth keeping: who was let in, refused, paired, approved.
///
/// `details` holds identifiers and reasons only, never message text or secret values.
public struct AuditEvent: Sendable, Equatable {
    public var id: Int64?
    public var time: Date
    public var kind: AuditKind
    /// The Telegram user the event is about, when there is one.
    public var userId: Int64?
    public var chatId: Int64?
    public var details: [String: String]

    public init(
        id: Int64? = nil,
        time: Date,
        kind: AuditKind,
        userId: Int64? = nil,
        chatId: Int64? = nil,
        details: [String: String] = [:]
    ) {
        self.id = id
        self.time = time
        self.kind = kind
        self.userId = userId
        self.chatId = chatId
        self.details = details
    }
}
