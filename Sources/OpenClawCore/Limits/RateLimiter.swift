import Synchronization

/// GCRA rate limiter for every `LimitScope`, safe to call from many tasks at once.
///
/// Time is passed in (`now`), never read here, so tests step it exactly. All state sits behind one
/// `Mutex`: per scope a table of one `Int64` per key, plus a notice table holding only keys that were
/// refused recently. See `GCRATable` for eviction and the fail-closed cap.
package final class RateLimiter<Instant: InstantProtocol>: Sendable where Instant.Duration == Duration {
    private let origin: Instant
    private let state: Mutex<State>

    struct State: Sendable {
        var tables: [GCRATable]
        /// One notice per key per rule period: a GCRA of 1/period, burst 1.
        var notices: [GCRATable]
    }

    /// Default cap on tracked keys per scope (a few MB; measured by `openclaw-bench limiter`).
    package static var defaultMaxKeysPerScope: Int { 100_000 }

    /// `rules` gives each scope its rule; times are measured from `origin`.
    package init(rules: [LimitScope: RateRule], maxKeysPerScope: Int = defaultMaxKeysPerScope, origin: Instant) {
        self.origin = origin
        let ordered = LimitScope.allCases.map { rules[$0] ?? RateRule("1000000/1s", burst: 1_000_000) }
        state = Mutex(State(
            tables: ordered.map { GCRATable(rule: $0, maxKeys: maxKeysPerScope) },
            notices: ordered.map { GCRATable(rule: $0.noticeRule, maxKeys: maxKeysPerScope) }
        ))
    }

    /// The rule of each scope in force.
    package var rules: [LimitScope: RateRule] {
        state.withLock { state in
            Dictionary(uniqueKeysWithValues: LimitScope.allCases.map { ($0, state.tables[$0.index].rule) })
        }
    }

    /// Takes new rules (a configuration reload) at `now`. A scope whose rule is unchanged keeps its
    /// state as it is; a changed one keeps each key's place (see `GCRATable.applying`) under the new rule.
    package func update(rules: [LimitScope: RateRule], now: Instant) {
        let nanos = Self.nanoseconds(origin.duration(to: now))
        state.withLock { state in
            for scope in LimitScope.allCases {
                guard let rule = rules[scope], rule != state.tables[scope.index].rule else { continue }
                state.tables[scope.index] = state.tables[scope.index].applying(rule, now: nanos)
                state.notices[scope.index] = state.notices[scope.index].applying(rule.noticeRule, now: nanos)
            }
        }
    }

    /// Decides one message for every key in `keys` together: it is allowed, and counted against each
    /// key, only when every key allows it, so a refusal by one scope spends nothing in the others.
    /// When several keys refuse, the first in `keys` names the scope and the notice; `retryAfter`
    /// is the longest wait.
    package func decide(_ keys: [LimitKey], now: Instant) -> RateDecision {
        let nanos = Self.nanoseconds(origin.duration(to: now))
        return state.withLock { state in
            var allowed: [(index: Int, id: Int64, tat: Int64)] = []
            allowed.reserveCapacity(keys.count)
            var refusal: (key: LimitKey, full: Bool)?
            var longestWait: Int64 = 0
            for key in keys {
                let index = key.scope.index
                switch state.tables[index].check(key.id, now: nanos) {
                case .allow(let newTAT):
                    allowed.append((index, key.id, newTAT))
                case .limited(let wait):
                    longestWait = max(longestWait, wait)
                    if refusal == nil { refusal = (key, false) }
                case .full:
                    if refusal == nil { refusal = (key, true) }
                }
            }
            guard let refusal else {
                for entry in allowed { state.tables[entry.index].commit(entry.id, newTAT: entry.tat) }
                return .allowed
            }
            if refusal.full { return .overCapacity(scope: refusal.key.scope) }
            let index = refusal.key.scope.index
            let notify = if case .allow = state.notices[index].decide(refusal.key.id, now: nanos) { true } else { false }
            return .limited(scope: refusal.key.scope, retryAfter: .nanoseconds(longestWait), notify: notify)
        }
    }

    /// Decides one message for a single key.
    package func decide(_ key: LimitKey, now: Instant) -> RateDecision {
        decide([key], now: now)
    }

    /// Drops idle keys in every scope; call it on a timer so memory follows current traffic.
    package func sweep(now: Instant) {
        let nanos = Self.nanoseconds(origin.duration(to: now))
        state.withLock { state in
            for index in state.tables.indices {
                state.tables[index].sweep(now: nanos)
                state.notices[index].sweep(now: nanos)
            }
        }
    }

    /// Keys currently held for `scope` (rate and notice tables), for tests and the metrics gauge.
    package func trackedKeys(_ scope: LimitScope) -> Int {
        state.withLock { $0.tables[scope.index].count + $0.notices[scope.index].count }
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        let (whole, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        guard !overflow else { return seconds < 0 ? Int64.min / 2 : Int64.max / 2 }
        return whole &+ attoseconds / 1_000_000_000
    }
}

extension LimitScope {
    var index: Int {
        switch self {
        case .user: 0
        case .chat: 1
        case .global: 2
        case .pairingSender: 3
        case .pairingGlobal: 4
        }
    }
}

extension RateSpec {
    /// One event per this rate's period: the notice rate.
    var oneEventPerPeriod: RateSpec {
        var spec = self
        spec.count = 1
        return spec
    }
}
