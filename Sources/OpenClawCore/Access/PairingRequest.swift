package import Foundation

/// A stranger's request for DM access, waiting for an operator's approval.
package struct PairingRequest: Sendable, Equatable {
    package var channel: String
    package var code: PairingCode
    package var userId: Int64
    /// Display only; usernames are mutable and never used as identity.
    package var username: String?
    package var createdAt: Date
    package var expiresAt: Date

    package static let lifetime: TimeInterval = 3600
    package static let maxPendingPerChannel = 3

    package init(channel: String, code: PairingCode, userId: Int64, username: String?, createdAt: Date) {
        self.channel = channel
        self.code = code
        self.userId = userId
        self.username = username
        self.createdAt = createdAt
        self.expiresAt = createdAt.addingTimeInterval(Self.lifetime)
    }

    package func isExpired(at now: Date) -> Bool {
        now >= expiresAt
    }
}
