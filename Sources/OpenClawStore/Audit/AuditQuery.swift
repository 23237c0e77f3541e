#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// Which audit records `searchAudit` returns: every condition given must hold.
public struct AuditQuery: Sendable {
    /// Kinds starting with this text (`secret.` or `secret.expired`).
    public var kindPrefix: String?
    public var since: Date?
    /// Events about this Telegram user, or in their direct chat.
    public var userId: Int64?
    /// Only records after this sequence number (for following the tail).
    public var afterSeq: Int64?
    public var limit: Int

    public init(kindPrefix: String? = nil, since: Date? = nil, userId: Int64? = nil, afterSeq: Int64? = nil, limit: Int = 100) {
        self.kindPrefix = kindPrefix
        self.since = since
        self.userId = userId
        self.afterSeq = afterSeq
        self.limit = limit
    }
}
