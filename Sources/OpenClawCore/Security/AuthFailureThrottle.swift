import Synchronization

/// Throttles the failed authentications of each source and counts them for one log line per
/// source and interval, safe to call from many tasks at once.
///
/// Each source's failures run through a GCRA (`rule`): up to `burst` failures at once, then one
/// per `rule` interval; a failure beyond that allowance is answered 429 instead of 401 and not
/// charged. Only failures are throttled: the secret is compared first, so a request with the right
/// secret always passes, even from a source someone else's failures throttle (Telegram behind the
/// same proxy). Guessing gains nothing from that: the secret is 32+ random characters.
///
/// Memory is bounded: at most `maxSources` entries. An entry whose allowance has recovered and
/// whose counts were reported is dropped by `drainSummaries` (and by a sweep, at most once a
/// second, when a new source meets a full table). Sources arriving while the table is still full
/// are counted together and reported as one summary without a source.
package final class AuthFailureThrottle<Instant: InstantProtocol>: Sendable where Instant.Duration == Duration {
    /// 10 failures at once, then one every 6 seconds.
    package static var defaultRule: RateRule { RateRule("10/1m", burst: 10) }
    package static var defaultMaxSources: Int { 10_000 }

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

    package init(rule: RateRule = defaultRule, maxSources: Int = defaultMaxSources, origin: Instant) {
        self.rule = rule
        self.maxSources = max(1, maxSources)
        self.origin = origin
    }

    /// Counts one failed authentication by `source`: nil while it is within its allowance (answer
    /// 401), else how long until it is again (answer 429 with that as Retry-After).
    package func recordFailure(_ source: IPNetwork, now: Instant) -> Duration? {
        let nanos = nanoseconds(now)
        return state.withLock { state -> Duration? in
            if let entry = state.entries[source] {
                let allowFrom = entry.tat &- rule.tolerance
                guard nanos >= allowFrom else {
                    state.entries[source]?.throttled += 1
                    return .nanoseconds(allowFrom - nanos)
                }
                state.entries[source] = Entry(tat: max(entry.tat, nanos) &+ rule.interval, failures: entry.failures + 1, throttled: entry.throttled)
                return nil
            }
            if state.entries.count >= maxSources, nanos >= state.nextSweepAllowed {
                state.nextSweepAllowed = nanos &+ 1_000_000_000
                Self.sweep(&state, now: nanos)
            }
            guard state.entries.count < maxSources else {
                state.overflowFailures += 1
                return nil
            }
            state.entries[source] = Entry(tat: nanos &+ rule.interval, failures: 1, throttled: 0)
            return nil
        }
    }

    /// The attempts counted since the last call, one summary per source (by address), then the
    /// sources without anything left to limit or report are forgotten.
    package func drainSummaries(now: Instant) -> [AuthFailureSummary] {
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
    package var trackedSources: Int {
        state.withLock { $0.entries.count }
    }

    private static func sweep(_ state: inout State, now: Int64) {
        state.entries = state.entries.filter { $0.value.tat > now || $0.value.failures + $0.value.throttled > 0 }
    }

    private func nanoseconds(_ now: Instant) -> Int64 {
        RateLimiter<Instant>.nanoseconds(origin.duration(to: now))
    }
}
