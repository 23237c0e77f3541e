import OpenClawCore
import Testing

/// New rules from a configuration reload: they decide the next message, and what the limiter knows
/// about each sender carries over.
@Suite struct LimitsRateLimiterUpdateTests {
    let t0 = ContinuousClock.now

    func limiter() -> RateLimiter<ContinuousClock.Instant> {
        RateLimiter(rules: [.user: RateRule("1/1h", burst: 1), .chat: RateRule("1000/1s", burst: 1000)], origin: t0)
    }

    @Test func aLooserRuleLetsTheNextMessageThrough() {
        let limiter = limiter()
        #expect(limiter.decide(.user(1), now: t0) == .allowed)
        #expect(!limiter.decide(.user(1), now: t0 + .seconds(1)).isAllowed)
        limiter.update(rules: [.user: RateRule("100/1s", burst: 100)], now: t0 + .seconds(2))
        #expect(limiter.rules[.user] == RateRule("100/1s", burst: 100))
        #expect(limiter.decide(.user(1), now: t0 + .seconds(3)) == .allowed)
    }

    @Test func aStricterRuleKeepsALimitedSenderLimited() {
        let limiter = RateLimiter(rules: [.user: RateRule("10/1m", burst: 5)], origin: t0)
        for _ in 0..<5 { #expect(limiter.decide(.user(1), now: t0) == .allowed) }
        limiter.update(rules: [.user: RateRule("1/1m", burst: 2)], now: t0)
        #expect(!limiter.decide(.user(1), now: t0 + .seconds(1)).isAllowed, "no fresh burst under the new rule")
        #expect(limiter.decide(.user(2), now: t0 + .seconds(1)) == .allowed)
    }

    /// Without carrying over, the stricter rule above would hand the flooding sender a fresh burst.
    @Test func aFreshLimiterWouldHaveLetTheSenderThrough() {
        let fresh = RateLimiter(rules: [.user: RateRule("1/1m", burst: 2)], origin: t0)
        #expect(fresh.decide(.user(1), now: t0 + .seconds(1)) == .allowed)
    }

    @Test func anUnchangedRuleKeepsItsState() {
        let limiter = limiter()
        for _ in 0..<1000 { _ = limiter.decide(.chat(9), now: t0) }
        #expect(!limiter.decide(.chat(9), now: t0).isAllowed)
        limiter.update(rules: [.user: RateRule("5/1m", burst: 5), .chat: RateRule("1000/1s", burst: 1000)], now: t0)
        #expect(!limiter.decide(.chat(9), now: t0).isAllowed, "the chat scope's rule did not change, nor its state")
        #expect(limiter.trackedKeys(.chat) > 0)
    }
}
