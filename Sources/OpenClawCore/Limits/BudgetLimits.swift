/// `limits.budgets`: USD caps per UTC day and month; a missing cap means no limit.
package struct BudgetLimits: Sendable, Equatable {
    /// The largest cap (and cost-spike floor) the configuration accepts, in USD.
    package static let maxUsd = 1_000_000_000.0

    package var perUserDailyUsd: Double?
    package var perUserMonthlyUsd: Double?
    package var globalDailyUsd: Double?
    package var globalMonthlyUsd: Double?
    /// Percent of a cap at which an alert fires (once per cap per period); 100 % always alerts too.
    package var alertAtPercent: Int
    /// When true, owners (`commands.ownerAllowFrom`) are never refused by a budget.
    package var ownersExempt: Bool

    package init(
        perUserDailyUsd: Double? = nil, perUserMonthlyUsd: Double? = nil,
        globalDailyUsd: Double? = nil, globalMonthlyUsd: Double? = nil,
        alertAtPercent: Int = 80, ownersExempt: Bool = false
    ) {
        self.perUserDailyUsd = perUserDailyUsd
        self.perUserMonthlyUsd = perUserMonthlyUsd
        self.globalDailyUsd = globalDailyUsd
        self.globalMonthlyUsd = globalMonthlyUsd
        self.alertAtPercent = alertAtPercent
        self.ownersExempt = ownersExempt
    }

    /// The cap for `scope`, nil when unlimited.
    package func limit(_ scope: BudgetScope) -> Double? {
        switch scope {
        case .userDay: perUserDailyUsd
        case .userMonth: perUserMonthlyUsd
        case .globalDay: globalDailyUsd
        case .globalMonth: globalMonthlyUsd
        }
    }
}
