import OpenClawCore
import Testing

@Suite struct AuthFailureThrottleTests {
    let t0 = ContinuousClock.now
    let attacker = IPNetwork("203.0.113.7")!
    let telegram = IPNetwork("149.154.167.220")!

    func throttle(maxSources: Int = 100) -> AuthFailureThrottle<ContinuousClock.Instant> {
        AuthFailureThrottle(rule: RateRule("10/1m", burst: 10), maxSources: maxSources, origin: t0)
    }

    @Test func aBurstOfFailuresIsAnsweredThenTheSourceWaits() {
        let throttle = throttle()
        for _ in 0..<10 {
            #expect(throttle.recordFailure(attacker, now: t0) == nil, "within the burst: 401")
        }
        #expect(throttle.recordFailure(attacker, now: t0) == .seconds(6), "past it: 429, retry in 6 s")
        #expect(throttle.recordFailure(attacker, now: t0 + .seconds(5)) == .seconds(1))
        #expect(throttle.recordFailure(attacker, now: t0 + .seconds(6)) == nil, "one more failure per 6 s")
        #expect(throttle.recordFailure(attacker, now: t0 + .seconds(6)) == .seconds(6))
        // Another source has its own allowance.
        #expect(throttle.recordFailure(telegram, now: t0) == nil)
    }

    @Test func summariesCountEachSourceOncePerIntervalThenReset() {
        let throttle = throttle()
        for _ in 0..<12 { _ = throttle.recordFailure(attacker, now: t0) }
        _ = throttle.recordFailure(telegram, now: t0)
        #expect(throttle.drainSummaries(now: t0 + .seconds(1)) == [
            AuthFailureSummary(source: telegram, failures: 1, throttled: 0),
            AuthFailureSummary(source: attacker, failures: 10, throttled: 2),
        ], "ordered by address")
        #expect(throttle.drainSummaries(now: t0 + .seconds(2)).isEmpty)
    }

    @Test func quietSourcesAreForgottenAfterTheyRecover() {
        let throttle = throttle()
        _ = throttle.recordFailure(attacker, now: t0)
        _ = throttle.drainSummaries(now: t0)
        #expect(throttle.trackedSources == 1, "still inside its 6 s interval")
        _ = throttle.drainSummaries(now: t0 + .seconds(7))
        #expect(throttle.trackedSources == 0)
    }

    @Test func aFullTableCountsNewSourcesTogether() {
        let throttle = throttle(maxSources: 3)
        for host in 1...3 { _ = throttle.recordFailure(IPNetwork("198.51.100.\(host)")!, now: t0) }
        for _ in 0..<20 { #expect(throttle.recordFailure(attacker, now: t0) == nil) }
        #expect(throttle.trackedSources == 3)
        let summaries = throttle.drainSummaries(now: t0)
        #expect(summaries.last == AuthFailureSummary(source: nil, failures: 20, throttled: 0))
        // After the tracked ones recover, the table has room again.
        _ = throttle.drainSummaries(now: t0 + .seconds(7))
        _ = throttle.recordFailure(attacker, now: t0 + .seconds(7))
        #expect(throttle.drainSummaries(now: t0 + .seconds(8)) == [AuthFailureSummary(source: attacker, failures: 1, throttled: 0)])
    }

    @Test func aFloodOfAddressesKeepsTheTableBounded() {
        let throttle = throttle(maxSources: 1_000)
        for index in 0..<100_000 {
            _ = throttle.recordFailure(IPNetwork("10.\(index >> 16 & 255).\(index >> 8 & 255).\(index & 255)")!, now: t0 + .milliseconds(index))
        }
        #expect(throttle.trackedSources <= 1_000)
    }
}
