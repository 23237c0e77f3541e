/// One rate-limited subject: a scope and, for per-sender and per-chat scopes, the Telegram id.
package struct LimitKey: Sendable, Hashable {
    package var scope: LimitScope
    /// The user or chat id; 0 for the global scopes.
    package var id: Int64

    package init(scope: LimitScope, id: Int64) {
        self.scope = scope
        self.id = id
    }

    /// Messages from one Telegram user.
    package static func user(_ id: Int64) -> LimitKey { LimitKey(scope: .user, id: id) }
    /// Messages in one chat (a group counts as one).
    package static func chat(_ id: Int64) -> LimitKey { LimitKey(scope: .chat, id: id) }
    /// Every message the bot answers.
    package static let global = LimitKey(scope: .global, id: 0)
    /// Pairing replies to one stranger.
    package static func pairingSender(_ id: Int64) -> LimitKey { LimitKey(scope: .pairingSender, id: id) }
    /// Pairing replies to all strangers together.
    package static let pairingGlobal = LimitKey(scope: .pairingGlobal, id: 0)
}
