/// One budget: a user's or the whole bot's spend over a UTC day or month.
///
/// The raw value is the `scope` label of `openclaw_budget_spent_usd`; it never holds an id.
package enum BudgetScope: String, Sendable, CaseIterable, Hashable {
    case userDay = "user_day"
    case userMonth = "user_month"
    case globalDay = "global_day"
    case globalMonth = "global_month"

    var isPerUser: Bool { self == .userDay || self == .userMonth }
    var isDaily: Bool { self == .userDay || self == .globalDay }
}
