#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// Detects abnormal spend from two ledger sums the store answers with one indexed range query each:
/// spend in `recent` (the last `windowMinutes`) and in `baseline` (the 24 h before that window).
///
/// The baseline excludes the window so a spike does not raise its own yardstick. With no history the
/// expectation is zero, and only `floorUsd` stands between normal first-day use and an alert.
package struct CostSpikeDetector: Sendable {
    package var rule: CostSpikeRule

    package init(rule: CostSpikeRule) {
        self.rule = rule
    }

    var window: TimeInterval { TimeInterval(max(1, rule.windowMinutes) * 60) }

    /// The two time ranges to sum spend over, ending at `now`.
    package func ranges(now: Date) -> (recent: Range<Date>, baseline: Range<Date>) {
        let windowStart = now.addingTimeInterval(-window)
        return (windowStart..<now, windowStart.addingTimeInterval(-86_400)..<windowStart)
    }

    /// A spike when `recentUsd` > factor × (baseline hourly average scaled to the window) and > floor.
    package func evaluate(recentUsd: Double, baselineUsd: Double, now: Date) -> CostSpike? {
        let expected = max(0, baselineUsd) / 24 * Double(max(1, rule.windowMinutes)) / 60
        guard recentUsd > rule.floorUsd, recentUsd > rule.factor * expected else { return nil }
        return CostSpike(recentUsd: recentUsd, expectedUsd: expected, key: "cost-spike:\(bucketName(now))")
    }

    /// The UTC start of the window-long bucket holding `now`: `2026-11-25T14:00Z`.
    func bucketName(_ now: Date) -> String {
        let seconds = Int64(now.timeIntervalSince1970.rounded(.down))
        let size = Int64(window)
        let start = seconds - ((seconds % size) + size) % size
        let day = UTCPeriod(containing: Date(timeIntervalSince1970: TimeInterval(start))).dayName
        let minuteOfDay = ((start % 86_400) + 86_400) % 86_400 / 60
        let hour = minuteOfDay / 60, minute = minuteOfDay % 60
        return "\(day)T\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)Z"
    }
}
