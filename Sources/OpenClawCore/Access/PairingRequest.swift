public import Foundation

/// A stranger's request for DM access, waiting for an operator's approval.
public struct PairingRequest: Sendable, Equatable {
    public var channel: String
    public var code: PairingCode
    public var userId: Int64
    /// Display only; usernames are mutable and never used as identity.
    public var username: String?
    public var createdAt: Date
    public var expiresAt: Date

    public static let lifetime: TimeInterval = 3600
    public static let maxPendingPerChannel = 3

    public init(channel: String, code: PairingCode, userId: Int64, username: String?, createdAt: Date) {
        self.channel = channel
        self.code = code
        self.userId = userId
        self.username = username
        self.createdAt = createdAt
        self.expiresAt = createdAt.addingTimeInterval(Self.lifetime)
    }

    public func isExpired(at now: Date) -> Bool {
        now >= expiresAt
    }
}
