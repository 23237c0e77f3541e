#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// Which audit records `searchAudit` returns: every condition given must hold.
package struct AuditQuery: Sendable {
    /// Kinds starting with this text (`secret.` or `secret.expired`).
    package var kindPrefix: String?
    package var since: Date?
    /// Events about this Telegram user, or in their direct chat.
    package var userId: Int64?
    /// Only records after this sequence number (for following the tail).
    package var afterSeq: Int64?
    package var limit: Int

    package init(kindPrefix: String? = nil, since: Date? = nil, userId: Int64? = nil, afterSeq: Int64? = nil, limit: Int = 100) {
        self.kindPrefix = kindPrefix
        self.since = since
        self.userId = userId
        self.afterSeq = afterSeq
        self.limit = limit
    }
}
