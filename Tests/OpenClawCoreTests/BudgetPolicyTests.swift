import Foundation
import OpenClawCore
import Testing

@Suite struct BudgetPolicyTests {
    let now = try! Date("2026-11-25T14:37:00Z", strategy: .iso8601)
    let policy = BudgetPolicy(limits: BudgetLimits(perUserDailyUsd: 1.0, globalMonthlyUsd: 50, alertAtPercent: 80))

    func decide(_ spend: BudgetSpend, estimate: Double = 0, owner: Bool = false, policy: BudgetPolicy? = nil) -> BudgetDecision {
        (policy ?? self.policy).decide(userId: 42, isOwner: owner, spend: spend, estimatedCostUsd: estimate, now: now)
    }

    @Test func belowTheThresholdNoAlert() {
        #expect(decide(BudgetSpend(userDay: 0.79)) == BudgetDecision(verdict: .allowed, alerts: []))
    }

    @Test func atTheThresholdOneAlertWithAStableKey() {
        let decision = decide(BudgetSpend(userDay: 0.80))
        #expect(decision.verdict == .allowed)
        #expect(decision.alerts.map(\.key) == ["budget:user:42:day:2026-11-25:80"])
        #expect(decision.alerts.first?.scope == .userDay)
        #expect(decision.alerts.first?.limitUsd == 1.0)
    }

    @Test func atTheCapTheModelIsNotCalled() {
        let decision = decide(BudgetSpend(userDay: 1.0))
        #expect(decision.verdict == .exhausted(.userDay))
        #expect(decision.alerts.map(\.key) == ["budget:user:42:day:2026-11-25:80", "budget:user:42:day:2026-11-25:100"])
    }

    @Test func floatingPointSumsAtTheCapCountAsReached() {
        let spent = (0..<10).reduce(0.0) { sum, _ in sum + 0.1 }  // 0.9999999999999999
        #expect(spent < 1.0)
        #expect(decide(BudgetSpend(userDay: spent)).verdict == .exhausted(.userDay))
    }

    @Test func theNextCallsEstimateMayNotPassTheCap() {
        #expect(decide(BudgetSpend(userDay: 0.95), estimate: 0.04).verdict == .allowed)
        #expect(decide(BudgetSpend(userDay: 0.95), estimate: 0.10).verdict == .exhausted(.userDay))
    }

    @Test func globalMonthCapAppliesToEveryone() {
        let decision = decide(BudgetSpend(userDay: 0, globalMonth: 50))
        #expect(decision.verdict == .exhausted(.globalMonth))
        #expect(decision.alerts.map(\.key) == ["budget:global:month:2026-11:80", "budget:global:month:2026-11:100"])
    }

    @Test func ownersAreExemptOnlyWhenConfigured() {
        let spend = BudgetSpend(userDay: 1.5, globalMonth: 60)
        #expect(decide(spend, owner: true).verdict == .exhausted(.userDay))
        let exempting = BudgetPolicy(limits: BudgetLimits(perUserDailyUsd: 1.0, globalMonthlyUsd: 50, ownersExempt: true))
        let owner = decide(spend, owner: true, policy: exempting)
        #expect(owner.verdict == .allowed)
        #expect(owner.alerts.count == 4, "an owner's spend still alerts")
        #expect(decide(spend, owner: false, policy: exempting).verdict == .exhausted(.userDay))
    }

    @Test func noCapsMeansNoRefusalAndNoAlerts() {
        let open = BudgetPolicy(limits: BudgetLimits())
        #expect(decide(BudgetSpend(userDay: 1e6, userMonth: 1e6, globalDay: 1e6, globalMonth: 1e6), policy: open)
            == BudgetDecision(verdict: .allowed, alerts: []))
    }

    @Test func remainingForTheUsageCommand() {
        #expect(policy.remaining(.userDay, spend: BudgetSpend(userDay: 0.25)) == 0.75)
        #expect(policy.remaining(.userDay, spend: BudgetSpend(userDay: 3)) == 0)
        #expect(policy.remaining(.userMonth, spend: BudgetSpend()) == nil)
    }

    @Test func periodsAreUTCDaysAndCalendarMonths() throws {
        let lastSecond = UTCPeriod(containing: try Date("2026-12-31T23:59:59Z", strategy: .iso8601))
        #expect(lastSecond.dayName == "2026-12-31" && lastSecond.monthName == "2026-12")
        #expect(lastSecond.dayStart == (try Date("2026-12-31T00:00:00Z", strategy: .iso8601)))
        #expect(lastSecond.monthEnd == (try Date("2027-01-01T00:00:00Z", strategy: .iso8601)))
        let leap = UTCPeriod(containing: try Date("2028-02-29T00:00:00Z", strategy: .iso8601))
        #expect(leap.dayName == "2028-02-29")
        #expect(leap.monthStart == (try Date("2028-02-01T00:00:00Z", strategy: .iso8601)))
        #expect(leap.monthEnd == (try Date("2028-03-01T00:00:00Z", strategy: .iso8601)))
        #expect(leap.dayEnd == (try Date("2028-03-01T00:00:00Z", strategy: .iso8601)))
    }
}
