package import Foundation

/// A grant stored at run time (by pairing approval or `openclaw allowlist add`), on top of the
/// config's `allowFrom`. Scope `dm` lets a user talk to the bot privately; pairing never grants
/// group access.
package struct AllowEntry: Sendable, Equatable {
    package enum Scope: String, Sendable, Codable {
        case dm
    }

    package var channel: String
    package var scope: Scope
    package var userId: Int64
    package var addedAt: Date
    /// How it was granted: `pairing` or `cli`.
    package var source: String

    package init(channel: String, scope: Scope = .dm, userId: Int64, addedAt: Date, source: String) {
        self.channel = channel
        self.scope = scope
        self.userId = userId
        self.addedAt = addedAt
        self.source = source
    }
}
