#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// Decides from ledger sums whether a sender's next model call fits the USD budgets.
///
/// Pure: the caller sums spend for the periods of `UTCPeriod(containing: now)` and passes it in.
package struct BudgetPolicy: Sendable {
    package var limits: BudgetLimits

    /// Sums of floating-point costs drift by tiny amounts; within this many USD counts as reached.
    static let tolerance = 1e-9

    package init(limits: BudgetLimits) {
        self.limits = limits
    }

    /// Refuses when spend plus `estimatedCostUsd` would pass any cap (checked user day, user month,
    /// global day, global month, in that order), unless the sender is an owner and owners are exempt.
    /// A refusal raises that cap's 100 % alert even when spend is short of it: calls stop there.
    package func decide(userId: Int64, isOwner: Bool, spend: BudgetSpend, estimatedCostUsd: Double = 0, now: Date) -> BudgetDecision {
        var alerts = alerts(userId: userId, spend: spend, now: now)
        guard !(isOwner && limits.ownersExempt) else { return BudgetDecision(verdict: .allowed, alerts: alerts) }
        let next = max(0, estimatedCostUsd)
        for scope in BudgetScope.allCases {
            guard let limit = limits.limit(scope) else { continue }
            let spent = spend[scope]
            if spent >= limit - Self.tolerance || spent + next > limit + Self.tolerance {
                let exhausted = alert(scope, percent: 100, spent: spent, limit: limit, userId: userId, period: UTCPeriod(containing: now))
                if !alerts.contains(where: { $0.key == exhausted.key }) { alerts.append(exhausted) }
                return BudgetDecision(verdict: .exhausted(scope), alerts: alerts)
            }
        }
        return BudgetDecision(verdict: .allowed, alerts: alerts)
    }

    /// Thresholds (`alertAtPercent`, then 100) that `spend` has reached, for every capped scope.
    package func alerts(userId: Int64, spend: BudgetSpend, now: Date) -> [BudgetAlert] {
        let period = UTCPeriod(containing: now)
        let thresholds = Array(Set([min(100, max(1, limits.alertAtPercent)), 100])).sorted()
        var alerts: [BudgetAlert] = []
        for scope in BudgetScope.allCases {
            guard let limit = limits.limit(scope) else { continue }
            let spent = spend[scope]
            for percent in thresholds where spent * 100 >= limit * Double(percent) - Self.tolerance * 100 {
                alerts.append(alert(scope, percent: percent, spent: spent, limit: limit, userId: userId, period: period))
            }
        }
        return alerts
    }

    /// One alert per scope, percent and period: its key is what makes it fire once.
    private func alert(_ scope: BudgetScope, percent: Int, spent: Double, limit: Double, userId: Int64, period: UTCPeriod) -> BudgetAlert {
        let subject = scope.isPerUser ? "user:\(userId)" : "global"
        let window = scope.isDaily ? "day:\(period.dayName)" : "month:\(period.monthName)"
        return BudgetAlert(scope: scope, percent: percent, spentUsd: spent, limitUsd: limit, key: "budget:\(subject):\(window):\(percent)")
    }

    /// USD left under `scope`'s cap (never negative), nil when unlimited; for `/usage`.
    package func remaining(_ scope: BudgetScope, spend: BudgetSpend) -> Double? {
        limits.limit(scope).map { max(0, $0 - spend[scope]) }
    }
}
