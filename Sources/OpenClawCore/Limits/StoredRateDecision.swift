/// `RateLimiter.decide` over state held elsewhere: the same GCRA, the same rule that a message is
/// counted against every key only when every key allows it, and the same one notice per key and
/// period, decided on states the caller read (and locked) and then writes back.
package struct StoredRateDecision: Sendable, Equatable {
    package var decision: RateDecision
    /// The keys whose state changed, with their new state; nothing else is to be written.
    package var changed: [LimitKey: StoredRate]

    /// Decides one message for `keys` at `now` (nanoseconds); a key absent from `stored` is idle.
    /// A scope without a rule in `rules` is not limited.
    package init(keys: [LimitKey], stored: [LimitKey: StoredRate], rules: [LimitScope: RateRule], now: Int64) {
        var allowed: [LimitKey: StoredRate] = [:]
        var refused: LimitKey?
        var longestWait: Int64 = 0
        for key in keys {
            guard let rule = rules[key.scope] else { continue }
            let state = (stored[key] ?? StoredRate(tat: now, noticeTAT: now, allowance: rule.allowance)).under(rule, now: now)
            switch rule.conformance(tat: state.tat, now: now) {
            case .allow(let newTAT):
                allowed[key] = StoredRate(tat: newTAT, noticeTAT: state.noticeTAT, allowance: rule.allowance)
            case .wait(let wait):
                longestWait = max(longestWait, wait)
                if refused == nil { refused = key }
            }
        }
        guard let refused, let rule = rules[refused.scope] else {
            decision = .allowed
            changed = allowed
            return
        }
        var state = (stored[refused] ?? StoredRate(tat: now, noticeTAT: now, allowance: rule.allowance)).under(rule, now: now)
        var notify = false
        if case .allow(let newNoticeTAT) = rule.noticeRule.conformance(tat: state.noticeTAT, now: now) {
            notify = true
            state.noticeTAT = newNoticeTAT
        }
        decision = .limited(scope: refused.scope, retryAfter: .nanoseconds(longestWait), notify: notify)
        // A rescaled state is written back too, so the next decision starts from it.
        changed = notify || stored[refused] != state ? [refused: state] : [:]
    }
}

extension StoredRate {
    /// The state under `rule` at `now`: as `GCRATable.applying` does for the in-memory limiter, a
    /// key written under another rule keeps the share of its allowance it used (a spent burst stays
    /// spent under a stricter rule; under a looser one it waits at most one new interval), and its
    /// next notice is at most one new period away.
    package func under(_ rule: RateRule, now: Int64) -> StoredRate {
        guard allowance != rule.allowance else { return self }
        var state = self
        state.allowance = rule.allowance
        if tat > now, allowance > 0 {
            let used = min(1, Double(tat - now) / Double(allowance))
            state.tat = now &+ Int64(min(used * Double(rule.allowance), Double(Int64(1) << 62)))
        }
        state.noticeTAT = min(noticeTAT, now &+ rule.noticeRule.interval)
        return state
    }
}
