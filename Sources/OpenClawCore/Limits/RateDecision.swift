/// What the limiter decided for one message.
package enum RateDecision: Sendable, Equatable {
    case allowed
    /// Refused by `scope`'s rule; the next event would be allowed after `retryAfter`. `notify` is true
    /// for at most one refusal per key per rule period, so a flood earns one notice, not one per message.
    case limited(scope: LimitScope, retryAfter: Duration, notify: Bool)
    /// A key not yet tracked arrived while `scope`'s table was full: refused, with no notice.
    case overCapacity(scope: LimitScope)

    package var isAllowed: Bool {
        if case .allowed = self { return true }
        return false
    }
}
