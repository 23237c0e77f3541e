import OpenClawCore

/// A message access control let in, with what it learnt on the way: who sent it, whether they
/// own the bot, and the group's configuration (found through a supergroup migration too), so no
/// later stage looks any of it up again.
struct AdmittedMessage: Sendable {
    var message: InboundMessage
    var sender: Int64
    /// Every owner (config and store); alerts go to them.
    var owners: Set<Int64>
    /// The group's `groups` entry (its own, its pre-migration id's, or `"*"`); nil in DMs.
    var group: GroupConfig?

    var isOwner: Bool { owners.contains(sender) }
    var session: SessionKey { SessionKey(for: message) }
}
