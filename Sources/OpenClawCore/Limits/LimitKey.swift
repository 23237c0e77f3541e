/// One rate-limited subject: a scope and, for per-sender and per-chat scopes, the Telegram id.
public struct LimitKey: Sendable, Hashable {
    public var scope: LimitScope
    /// The user or chat id; 0 for the global scopes.
    public var id: Int64

    public init(scope: LimitScope, id: Int64) {
        self.scope = scope
        self.id = id
    }

    /// Messages from one Telegram user.
    public static func user(_ id: Int64) -> LimitKey { LimitKey(scope: .user, id: id) }
    /// Messages in one chat (a group counts as one).
    public static func chat(_ id: Int64) -> LimitKey { LimitKey(scope: .chat, id: id) }
    /// Every message the bot answers.
    public static let global = LimitKey(scope: .global, id: 0)
    /// Pairing replies to one stranger.
    public static func pairingSender(_ id: Int64) -> LimitKey { LimitKey(scope: .pairingSender, id: id) }
    /// Pairing replies to all strangers together.
    public static let pairingGlobal = LimitKey(scope: .pairingGlobal, id: 0)
}
