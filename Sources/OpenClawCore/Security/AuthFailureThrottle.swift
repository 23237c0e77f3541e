import Synchronization

/// Throttles sources that fail authentication and counts their attempts for one log line per
/// source and interval, safe to call from many tasks at once.
///
/// Each source's failures run through a GCRA (`rule`): up to `burst` failures at once, then one
/// per `rule` interval; a source past its allowance is refused (429) before its secret is even
/// compared, so guessing is bounded to the rule's rate. Only failures are charged: a source that
/// presents the right secret never gets an entry.
///
/// Memory is bounded: at most `maxSources` entries. An entry whose allowance has recovered and
/// whose counts were reported is dropped by `drainSummaries` (and by a sweep, at most once a
/// second, when a new source meets a full table). Sources arriving while the table is still full
/// are not throttled — refusing them would let an address flood lock everybody out — but are
/// counted together and reported as one summary without a source.
public final class AuthFailureThrottle<Instant: InstantProtocol>: Sendable where Instant.Duration == Duration {
    /// 10 failures at once, then one every 6 seconds.
    public static var defaultRule: RateRule { RateRule("10/1m", burst: 10) }
    public static var defaultMaxSources: Int { 10_000 }

    private struct Entry {
        var tat: Int64
        var failures: Int
        var throttled: Int
    }

    private struct State {
        var entries: [IPNetwork: Entry] = [:]
        var overflowFailures = 0
        var nextSweepAllowed = Int64.min
    }

    private let rule: RateRule
    private let maxSources: Int
    private let origin: Instant
    private let state = Mutex(State())

    public init(rule: RateRule = defaultRule, maxSources: Int = defaultMaxSources, origin: Instant) {
        self.rule = rule
        self.maxSources = max(1, maxSources)
        self.origin = origin
    }

    /// Nil when `source` may make an attempt now; otherwise how long it must wait (the attempt is
    /// counted as throttled).
    public func refusal(_ source: IPNetwork, now: Instant) -> Duration? {
        let nanos = nanoseconds(now)
        return state.withLock { state -> Duration? in
            guard let entry = state.entries[source] else { return nil }
            let allowFrom = entry.tat &- rule.tolerance
            guard nanos < allowFrom else { return nil }
            state.entries[source]?.throttled += 1
            return .nanoseconds(allowFrom - nanos)
        }
    }

    /// Charges one failed authentication to `source`.
    public func recordFailure(_ source: IPNetwork, now: Instant) {
        let nanos = nanoseconds(now)
        state.withLock { state in
            if let entry = state.entries[source] {
                state.entries[source] = Entry(tat: max(entry.tat, nanos) &+ rule.interval, failures: entry.failures + 1, throttled: entry.throttled)
                return
            }
            if state.entries.count >= maxSources, nanos >= state.nextSweepAllowed {
                state.nextSweepAllowed = nanos &+ 1_000_000_000
                Self.sweep(&state, now: nanos)
            }
            guard state.entries.count < maxSources else {
                state.overflowFailures += 1
                return
            }
            state.entries[source] = Entry(tat: nanos &+ rule.interval, failures: 1, throttled: 0)
        }
    }

    /// The attempts counted since the last call, one summary per source (by address), then the
    /// sources without anything left to limit or report are forgotten.
    public func drainSummaries(now: Instant) -> [AuthFailureSummary] {
        let nanos = nanoseconds(now)
        let summaries = state.withLock { state -> [AuthFailureSummary] in
            var summaries: [AuthFailureSummary] = []
            for (source, entry) in state.entries where entry.failures + entry.throttled > 0 {
                summaries.append(AuthFailureSummary(source: source, failures: entry.failures, throttled: entry.throttled))
                state.entries[source]?.failures = 0
                state.entries[source]?.throttled = 0
            }
            if state.overflowFailures > 0 {
                summaries.append(AuthFailureSummary(source: nil, failures: state.overflowFailures, throttled: 0))
                state.overflowFailures = 0
            }
            Self.sweep(&state, now: nanos)
            return summaries
        }
        return summaries.sorted { left, right in
            switch (left.source, right.source) {
            case (nil, _): false
            case (_, nil): true
            case (let left?, let right?): left.address.bytes.lexicographicallyPrecedes(right.address.bytes)
            }
        }
    }

    /// Sources currently held (for tests and a gauge).
    public var trackedSources: Int {
        state.withLock { $0.entries.count }
    }

    private static func sweep(_ state: inout State, now: Int64) {
        state.entries = state.entries.filter { $0.value.tat > now || $0.value.failures + $0.value.throttled > 0 }
    }

    private func nanoseconds(_ now: Instant) -> Int64 {
        RateLimiter<Instant>.nanoseconds(origin.duration(to: now))
    }
}
