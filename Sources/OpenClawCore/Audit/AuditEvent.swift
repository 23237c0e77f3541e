package import Foundation

/// A security-relevant fact worth keeping: who was let in, refused, paired, approved.
///
/// `details` holds identifiers and reasons only, never message text or secret values.
package struct AuditEvent: Sendable, Equatable {
    package var id: Int64?
    package var time: Date
    package var kind: AuditKind
    /// The Telegram user the event is about, when there is one.
    package var userId: Int64?
    package var chatId: Int64?
    package var details: [String: String]

    package init(
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
