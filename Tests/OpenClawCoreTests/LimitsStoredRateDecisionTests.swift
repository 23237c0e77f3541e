import OpenClawCore
import Testing

/// `StoredRateDecision` decides as `RateLimiter` does, on state handed in and written back.
@Suite struct LimitsStoredRateDecisionTests {
    let rules: [LimitScope: RateRule] = [.user: RateRule("10/1m", burst: 5), .chat: RateRule("1000/1s", burst: 2), .global: RateRule("1000/1s", burst: 1000)]
    let second: Int64 = 1_000_000_000

    /// Sends one message per arrival (nanoseconds) for `keys`, keeping the state as a store would.
    func run(_ keys: [LimitKey], arrivals: [Int64]) -> [RateDecision] {
        var state: [LimitKey: StoredRate] = [:]
        return arrivals.map { now in
            let decided = StoredRateDecision(keys: keys, stored: state, rules: rules, now: now)
            state.merge(decided.changed) { $1 }
            return decided.decision
        }
    }

    @Test func aFloodGetsTheSameAnswersAsTheInMemoryLimiter() {
        let origin = ContinuousClock.now
        let limiter = RateLimiter(rules: rules, origin: origin)
        let arrivals = (0..<100).map { Int64($0) * 600_000_000 }
        let stored = run([.user(1)], arrivals: arrivals)
        let inMemory = arrivals.map { limiter.decide(.user(1), now: origin + .nanoseconds($0)) }
        #expect(stored == inMemory)
        #expect(stored.filter(\.isAllowed).count == 14, "burst 5 plus 10/min over 59.4 s")
        #expect(stored.filter { if case .limited(_, _, true) = $0 { true } else { false } }.count == 1, "one notice within the minute")
    }

    @Test func aRefusalByOneScopeSpendsNothingInTheOthers() {
        let keys: [LimitKey] = [.user(1), .chat(9), .global]
        var state: [LimitKey: StoredRate] = [:]
        for _ in 0..<2 { state.merge(StoredRateDecision(keys: [.chat(9)], stored: state, rules: rules, now: 0).changed) { $1 } }
        let refused = StoredRateDecision(keys: keys, stored: state, rules: rules, now: 0)
        guard case .limited(.chat, _, true) = refused.decision else {
            Issue.record("the chat's burst of 2 is spent: \(refused.decision)")
            return
        }
        #expect(Set(refused.changed.keys) == [.chat(9)], "only the chat's notice time is written")
        #expect(refused.changed[.chat(9)]?.tat == state[.chat(9)]?.tat)
    }

    @Test func aScopeWithoutARuleIsNotLimited() {
        let decisions = (0..<3).map { _ in StoredRateDecision(keys: [.pairingSender(5)], stored: [:], rules: rules, now: second).decision }
        #expect(decisions.allSatisfy { $0.isAllowed })
    }

    @Test func aChangedRuleDecidesTheNextMessageAsTheInMemoryLimiterDoes() {
        let strict: [LimitScope: RateRule] = [.user: RateRule("1/1h", burst: 1)]
        let loose: [LimitScope: RateRule] = [.user: RateRule("1000/1s", burst: 1000)]
        var state: [LimitKey: StoredRate] = [:]
        for now in [0, second] {
            state.merge(StoredRateDecision(keys: [.user(1)], stored: state, rules: strict, now: now).changed) { $1 }
        }
        #expect(!StoredRateDecision(keys: [.user(1)], stored: state, rules: strict, now: 2 * second).decision.isAllowed, "limited for an hour")
        // The reload rescales the stored rows (`OpenClawStore.rescaleRateLimits`); a millisecond later:
        let reloaded = state.mapValues { $0.under(RateRule("1000/1s", burst: 1000), now: 2 * second) }
        #expect(
            StoredRateDecision(keys: [.user(1)], stored: reloaded, rules: loose, now: 2 * second + second / 1000).decision.isAllowed,
            "under the looser rule the next one waits at most one new interval"
        )
        let stricter: [LimitScope: RateRule] = [.user: RateRule("1/1d", burst: 1)]
        #expect(!StoredRateDecision(keys: [.user(1)], stored: state, rules: stricter, now: 3 * second).decision.isAllowed, "a spent allowance stays spent under a stricter rule")
    }
}
