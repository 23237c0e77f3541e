/// What a rate limit counts: one sender, one chat, the whole bot, or pairing replies to strangers.
///
/// The raw value is the `scope` label of `openclaw_ratelimited_total`; it never holds an id.
package enum LimitScope: String, Sendable, CaseIterable, Hashable {
    case user
    case chat
    case global
    case pairingSender = "pairing_sender"
    case pairingGlobal = "pairing_global"
}
