#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// Everything the store holds about one Telegram user, message text decrypted.
package struct UserDataExport: Codable, Sendable, Equatable {
    package struct AccessEntry: Codable, Sendable, Equatable {
        package var channel: String
        package var scope: String
        package var addedAt: Date
        package var source: String
    }

    package struct PairingEntry: Codable, Sendable, Equatable {
        package var channel: String
        package var username: String?
        package var createdAt: Date
        package var expiresAt: Date
        package var resolution: String?
        package var resolvedAt: Date?
    }

    package struct Message: Codable, Sendable, Equatable {
        package var session: String
        package var role: String
        package var content: String
        package var createdAt: Date
    }

    package struct UsageEntry: Codable, Sendable, Equatable {
        package var time: Date
        package var chatId: Int64
        package var provider: String
        package var model: String
        package var inputTokens: Int
        package var outputTokens: Int
        package var estimated: Bool
        package var costUsd: Double
    }

    package struct AuditEntry: Codable, Sendable, Equatable {
        package var time: Date
        package var kind: String
        package var chatId: Int64?
        package var details: [String: String]
    }

    package var userId: Int64
    package var exportedAt: Date
    /// True when the user holds owner rights recorded in the store (config owners are not stored data).
    package var isOwner: Bool
    package var accessEntries: [AccessEntry]
    package var pairingRequests: [PairingEntry]
    package var messages: [Message]
    package var usage: [UsageEntry]
    package var auditEvents: [AuditEntry]
    /// Raw Telegram updates from the user not yet processed (JSON text).
    package var pendingUpdates: [String]
}
