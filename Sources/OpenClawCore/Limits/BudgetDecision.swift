/// Whether a model call may proceed under the budgets, and which thresholds current spend has reached.
package struct BudgetDecision: Sendable, Equatable {
    package enum Verdict: Sendable, Equatable {
        case allowed
        /// The cap for `scope` is spent (or the next call's estimate would pass it): do not call the model.
        case exhausted(BudgetScope)
    }

    package var verdict: Verdict
    /// Every threshold reached so far this period; fire those whose `key` has not fired yet.
    package var alerts: [BudgetAlert]

    package init(verdict: Verdict, alerts: [BudgetAlert]) {
        self.verdict = verdict
        self.alerts = alerts
    }
}
