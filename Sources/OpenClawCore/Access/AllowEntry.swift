public import Foundation

/// A grant stored at run time (by pairing approval or `openclaw allowlist add`), on top of the
/// config's `allowFrom`. Scope `dm` lets a user talk to the bot privately; pairing never grants
/// group access.
public struct AllowEntry: Sendable, Equatable {
    public enum Scope: String, Sendable, Codable {
        case dm
    }

    public var channel: String
    public var scope: Scope
    public var userId: Int64
    public var addedAt: Date
    /// How it was granted: `pairing` or `cli`.
    public var source: String

    public init(channel: String, scope: Scope = .dm, userId: Int64, addedAt: Date, source: String) {
        self.channel = channel
        self.scope = scope
        self.userId = userId
        self.addedAt = addedAt
        self.source = source
    }
}
