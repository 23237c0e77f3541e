/// A detected spend spike: what was spent in the window and what the trailing day predicted.
package struct CostSpike: Sendable, Equatable {
    package var recentUsd: Double
    /// The trailing 24 h spend scaled to one window: the "usual" spend the recent one is compared with.
    package var expectedUsd: Double
    /// Stable for one window-long time bucket, e.g. `cost-spike:2026-11-25T14:00Z`, so the gateway
    /// alerts once per bucket while the spike lasts.
    package var key: String

    package init(recentUsd: Double, expectedUsd: Double, key: String) {
        self.recentUsd = recentUsd
        self.expectedUsd = expectedUsd
        self.key = key
    }
}
