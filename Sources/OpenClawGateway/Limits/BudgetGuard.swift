#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging
import OpenClawCore
import OpenClawStore

/// USD budgets and cost-spike detection around each model call, from the usage ledger.
struct BudgetGuard: Sendable {
    let runtime: GatewayRuntime

    var policy: BudgetPolicy { BudgetPolicy(limits: runtime.config.limits.budgets) }

    /// With no cap configured there is nothing to check before a call (and four ledger sums saved).
    var hasCaps: Bool { BudgetScope.allCases.contains { runtime.config.limits.budgets.limit($0) != nil } }

    func spend(userId: Int64, at now: Date) async throws -> BudgetSpend {
        let period = UTCPeriod(containing: now)
        let store = runtime.store
        return BudgetSpend(
            userDay: try await store.usageTotals(since: period.dayStart, userId: userId).costUsd,
            userMonth: try await store.usageTotals(since: period.monthStart, userId: userId).costUsd,
            globalDay: try await store.usageTotals(since: period.dayStart, userId: nil).costUsd,
            globalMonth: try await store.usageTotals(since: period.monthStart, userId: nil).costUsd
        )
    }

    /// Nil when the call may go ahead; otherwise the message telling the user why not.
    func refusal(for message: InboundMessage, sender: Int64) async -> String? {
        guard hasCaps else { return nil }
        let now = runtime.now()
        do {
            let spend = try await spend(userId: sender, at: now)
            let isOwner = await runtime.owners().contains(sender)
            let decision = policy.decide(userId: sender, isOwner: isOwner, spend: spend, now: now)
            runtime.metrics.budget(spend: spend, limits: runtime.config.limits.budgets)
            await CostAlerts(runtime: runtime).fire(decision.alerts)
            guard case .exhausted(let scope) = decision.verdict else { return nil }
            runtime.metrics.budgetRefusal(scope: scope.rawValue)
            runtime.logger.notice("budget exhausted: model not called", metadata: ["scope": "\(scope.rawValue)"])
            return Self.refusalText(scope)
        } catch {
            // Fail closed: without the ledger nobody can tell whether the budget allows the call.
            runtime.logger.error("budget check failed; model not called", metadata: ["error": "\(type(of: error))"])
            return "The bot cannot check its budget right now. Please try again later."
        }
    }

    /// After a call was recorded: thresholds crossed by it, and spend spikes.
    func afterCall(sender: Int64?) async {
        let now = runtime.now()
        do {
            if let sender, hasCaps {
                let spend = try await spend(userId: sender, at: now)
                runtime.metrics.budget(spend: spend, limits: runtime.config.limits.budgets)
                await CostAlerts(runtime: runtime).fire(policy.alerts(userId: sender, spend: spend, now: now))
            }
            guard runtime.spikeCheckDue(at: now) else { return }
            let detector = CostSpikeDetector(rule: runtime.config.limits.costSpike)
            let ranges = detector.ranges(now: now)
            let recent = try await runtime.store.usageTotals(since: ranges.recent.lowerBound, userId: nil).costUsd
            let sinceBaseline = try await runtime.store.usageTotals(since: ranges.baseline.lowerBound, userId: nil).costUsd
            let baseline = max(0, sinceBaseline - recent)
            if let spike = detector.evaluate(recentUsd: recent, baselineUsd: baseline, now: now) {
                await CostAlerts(runtime: runtime).fireSpike(spike)
            }
        } catch {
            runtime.logger.error("budget bookkeeping failed", metadata: ["error": "\(type(of: error))"])
        }
    }

    static func refusalText(_ scope: BudgetScope) -> String {
        switch scope {
        case .userDay: "You have used today's budget for this bot. It resets at 00:00 UTC."
        case .userMonth: "You have used this month's budget for this bot. It resets on the 1st (UTC)."
        case .globalDay: "The bot has used today's budget. It resets at 00:00 UTC."
        case .globalMonth: "The bot has used this month's budget. It resets on the 1st (UTC)."
        }
    }
}
