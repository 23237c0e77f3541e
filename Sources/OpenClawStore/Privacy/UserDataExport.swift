#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// Everything the store holds about one Telegram user, message text decrypted.
public struct UserDataExport: Codable, Sendable, Equatable {
    public struct AccessEntry: Codable, Sendable, Equatable {
        public var channel: String
        public var scope: String
        public var addedAt: Date
        public var source: String
    }

    public struct PairingEntry: Codable, Sendable, Equatable {
        public var channel: String
        public var username: String?
        public var createdAt: Date
        public var expiresAt: Date
        public var resolution: String?
        public var resolvedAt: Date?
    }

    public struct Message: Codable, Sendable, Equatable {
        public var session: String
        public var role: String
        public var content: String
        public var createdAt: Date
    }

    public struct UsageEntry: Codable, Sendable, Equatable {
        public var time: Date
        public var chatId: Int64
        public var provider: String
        public var model: String
        public var inputTokens: Int
        public var outputTokens: Int
        public var estimated: Bool
        public var costUsd: Double
    }

    public struct AuditEntry: Codable, Sendable, Equatable {
        public var time: Date
        public var kind: String
        public var chatId: Int64?
        public var details: [String: String]
    }

    public var userId: Int64
    public var exportedAt: Date
    /// True when the user holds owner rights recorded in the store (config owners are not stored data).
    public var isOwner: Bool
    public var accessEntries: [AccessEntry]
    public var pairingRequests: [PairingEntry]
    public var messages: [Message]
    public var usage: [UsageEntry]
    public var auditEvents: [AuditEntry]
    /// Raw Telegram updates from the user not yet processed (JSON text).
    public var pendingUpdates: [String]
}
