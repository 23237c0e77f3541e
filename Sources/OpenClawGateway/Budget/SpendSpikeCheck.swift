#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import OpenClawCore
import OpenClawStore

/// Looks for a spend spike (recent spend against the trailing day's average) after model calls,
/// at most every `interval`: two ledger sums are cheap once, wasteful per message. A spike raises a
/// cost alert to the owners once per window.
struct SpendSpikeCheck: Sendable {
    /// `limits.costSpike` and the owners are read from it at each look.
    let running: RunningConfig
    let store: OpenClawStore
    let grants: AccessCache
    let performer: EffectsPerformer
    let interval: TimeInterval
    let last: LastSpikeCheck
    let now: @Sendable () -> Date

    func runIfDue() async {
        let now = now()
        guard last.due(at: now, every: interval) else { return }
        let config = running.config
        let rule = config.limits.costSpike
        let detector = CostSpikeDetector(rule: rule)
        let ranges = detector.ranges(now: now)
        do {
            let recent = try await store.usageTotals(since: ranges.recent.lowerBound, userId: nil).costUsd
            let sinceBaseline = try await store.usageTotals(since: ranges.baseline.lowerBound, userId: nil).costUsd
            guard let spike = detector.evaluate(recentUsd: recent, baselineUsd: max(0, sinceBaseline - recent), now: now) else { return }
            var owners = config.commands.ownerAllowFrom
            if let stored = try await grants.current().storedOwner { owners.insert(stored) }
            var outcome = Outcome()
            outcome.costAlerts = [CostAlert(spike, windowMinutes: rule.windowMinutes, owners: owners)]
            await performer.perform(outcome, for: nil)
        } catch {
            performer.events.record(.storeFailed(operation: "spend spike check", error: "\(type(of: error))"))
        }
    }
}
