/// Whether a model call may proceed under the budgets, and which thresholds current spend has reached.
public struct BudgetDecision: Sendable, Equatable {
    public enum Verdict: Sendable, Equatable {
        case allowed
        /// The cap for `scope` is spent (or the next call's estimate would pass it): do not call the model.
        case exhausted(BudgetScope)
    }

    public var verdict: Verdict
    /// Every threshold reached so far this period; fire those whose `key` has not fired yet.
    public var alerts: [BudgetAlert]

    public init(verdict: Verdict, alerts: [BudgetAlert]) {
        self.verdict = verdict
        self.alerts = alerts
    }
}
