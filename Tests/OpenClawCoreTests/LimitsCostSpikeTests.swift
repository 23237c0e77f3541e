import Foundation
import OpenClawCore
import Testing

@Suite struct LimitsCostSpikeTests {
    let now = try! Date("2026-11-25T14:37:00Z", strategy: .iso8601)
    let detector = CostSpikeDetector(rule: CostSpikeRule(factor: 5, floorUsd: 1.0, windowMinutes: 60))

    @Test func spendAboveFactorTimesTheHourlyAverageIsASpike() {
        // 24 USD over the trailing day: 1 USD per hour is usual.
        let spike = detector.evaluate(recentUsd: 5.5, baselineUsd: 24, now: now)
        #expect(spike == CostSpike(recentUsd: 5.5, expectedUsd: 1.0, key: "cost-spike:2026-11-25T14:00Z"))
        #expect(detector.evaluate(recentUsd: 4.9, baselineUsd: 24, now: now) == nil)
    }

    @Test func theFloorKeepsSmallSpendQuiet() {
        #expect(detector.evaluate(recentUsd: 0.9, baselineUsd: 0, now: now) == nil, "no history, but below the floor")
        #expect(detector.evaluate(recentUsd: 1.1, baselineUsd: 0, now: now) != nil)
        let highFloor = CostSpikeDetector(rule: CostSpikeRule(factor: 5, floorUsd: 10, windowMinutes: 60))
        #expect(highFloor.evaluate(recentUsd: 9, baselineUsd: 24, now: now) == nil, "9× usual but under the floor")
    }

    @Test func shorterWindowsScaleTheExpectation() throws {
        let quarter = CostSpikeDetector(rule: CostSpikeRule(factor: 4, floorUsd: 0.1, windowMinutes: 15))
        // 24 USD a day is 0.25 USD per 15 minutes; 4× that is 1 USD.
        #expect(quarter.evaluate(recentUsd: 0.99, baselineUsd: 24, now: now) == nil)
        let spike = try #require(quarter.evaluate(recentUsd: 1.01, baselineUsd: 24, now: now))
        #expect(spike.key == "cost-spike:2026-11-25T14:30Z")
    }

    @Test func rangesAreTheWindowAndTheDayBeforeIt() throws {
        let (recent, baseline) = detector.ranges(now: now)
        let windowStart = try Date("2026-11-25T13:37:00Z", strategy: .iso8601)
        #expect(recent == windowStart..<now)
        #expect(baseline == (try Date("2026-11-24T13:37:00Z", strategy: .iso8601))..<windowStart)
    }
}
