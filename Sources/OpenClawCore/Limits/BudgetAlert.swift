/// A budget threshold that has been reached in the current period.
package struct BudgetAlert: Sendable, Equatable {
    package var scope: BudgetScope
    /// The threshold reached: `alertAtPercent` or 100.
    package var percent: Int
    package var spentUsd: Double
    package var limitUsd: Double
    /// Stable for the scope, subject, period and threshold, e.g. `budget:user:42:day:2026-11-25:80`;
    /// the gateway stores fired keys so each alert fires once. Not a metric label (it may hold an id).
    package var key: String

    package init(scope: BudgetScope, percent: Int, spentUsd: Double, limitUsd: Double, key: String) {
        self.scope = scope
        self.percent = percent
        self.spentUsd = spentUsd
        self.limitUsd = limitUsd
        self.key = key
    }
}
