extension ConfigParser {
    /// With any budget set, every model the agents may call needs a price: an unpriced model
    /// would be billed at $0 and no budget would ever stop it.
    static func checkPrices(_ agents: AgentDefaults?, providers: [String: ProviderConfig], budgets: BudgetLimits, issues: IssueCollector) {
        guard budgets.hasCaps, let agents else { return }
        let refs = [("agents.defaults.model", agents.model)]
            + agents.fallbacks.enumerated().map { ("agents.defaults.fallbacks[\($0.offset)]", $0.element) }
        for (path, ref) in refs where providers[ref.provider]?.model(ref.model)?.cost == nil {
            issues.add(
                path,
                "model \"\(ref)\" has no price, and limits.budgets is set: list it in models.providers.\(ref.provider).models "
                    + "with a cost {input, output} in USD per 1M tokens, or its calls would count as $0"
            )
        }
    }
}

extension BudgetLimits {
    /// Whether any USD cap is set.
    package var hasCaps: Bool {
        BudgetScope.allCases.contains { limit($0) != nil }
    }
}
