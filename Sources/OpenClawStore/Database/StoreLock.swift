/// Something a transaction reads and then writes on the strength of what it read, so that two
/// transactions naming the same one must run one after the other (see `transaction(serialising:)`).
enum StoreLock: String, Sendable, CaseIterable {
    /// Schema migrations: two processes starting at once must not both apply one.
    case migrations
    /// The audit chain: each record links to the head it read.
    case audit
    /// Budget reservations: a call reserves against the spend it read.
    case budget
    /// Pairing requests: the pending cap is checked, then a request is added.
    case pairing
    /// Inbox claims: whether an earlier update of the chat is held elsewhere is read, then a claim written.
    case inbox
    /// Adopting a dead replica's queued replies: two survivors must not both take one.
    case outbox
}
