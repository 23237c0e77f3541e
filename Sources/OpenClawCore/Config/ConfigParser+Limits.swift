extension ConfigParser {
    static func parseLimits(_ top: ConfigObject) -> LimitsConfig {
        let defaults = LimitsConfig.defaults
        guard let section = top.object("limits") else { return defaults }
        let pairing = section.object("pairingReplies")
        return LimitsConfig(
            perUser: section.rateRule("perUser", default: defaults.perUser),
            perChat: section.rateRule("perChat", default: defaults.perChat),
            global: section.rateRule("global", default: defaults.global),
            pairingReplies: LimitsConfig.PairingReplies(
                perSender: pairing?.rateRule("perSender", default: defaults.pairingReplies.perSender) ?? defaults.pairingReplies.perSender,
                global: pairing?.rateRule("global", default: defaults.pairingReplies.global) ?? defaults.pairingReplies.global
            ),
            maxInputChars: section.int("maxInputChars", default: defaults.maxInputChars, range: 1...65_536),
            maxConcurrentModelCalls: section.int("maxConcurrentModelCalls", default: defaults.maxConcurrentModelCalls, range: 1...1_024),
            maxQueuedPerUser: section.int("maxQueuedPerUser", default: defaults.maxQueuedPerUser, range: 0...100),
            budgets: parseBudgets(section) ?? defaults.budgets,
            costSpike: parseCostSpike(section) ?? defaults.costSpike
        )
    }

    private static func parseBudgets(_ section: ConfigObject) -> BudgetLimits? {
        guard let budgets = section.object("budgets") else { return nil }
        return BudgetLimits(
            perUserDailyUsd: budgets.positiveUsd("perUserDailyUsd"),
            perUserMonthlyUsd: budgets.positiveUsd("perUserMonthlyUsd"),
            globalDailyUsd: budgets.positiveUsd("globalDailyUsd"),
            globalMonthlyUsd: budgets.positiveUsd("globalMonthlyUsd"),
            alertAtPercent: budgets.int("alertAtPercent", default: 80, range: 1...100),
            ownersExempt: budgets.bool("ownersExempt", default: false)
        )
    }

    private static func parseCostSpike(_ section: ConfigObject) -> CostSpikeRule? {
        guard let spike = section.object("costSpike") else { return nil }
        let defaults = CostSpikeRule()
        return CostSpikeRule(
            factor: spike.double("factor", default: defaults.factor, range: 1...1_000_000),
            floorUsd: spike.double("floorUsd", default: defaults.floorUsd, range: 0...BudgetLimits.maxUsd),
            windowMinutes: spike.int("windowMinutes", default: defaults.windowMinutes, range: 1...1_440)
        )
    }
}

extension ConfigObject {
    /// `{ "rate": "10/1m", "burst": 5 }`; a missing key, or a missing member, takes the default.
    func rateRule(_ key: String, default defaultValue: RateRule) -> RateRule {
        guard has(key), let rule = object(key) else { return defaultValue }
        var rate = defaultValue.rate
        if let text = rule.string("rate") {
            do {
                rate = try RateSpec(parsing: text)
            } catch {
                issues.add(rule.keyPath("rate"), error.description)
            }
        }
        return RateRule(rate: rate, burst: rule.int("burst", default: defaultValue.burst, range: RateRule.burstRange))
    }

    /// A USD amount that must be greater than zero; missing or null means "no limit".
    func positiveUsd(_ key: String) -> Double? {
        guard has(key) else { return nil }
        let value = double(key, default: .nan, range: -.greatestFiniteMagnitude ... .greatestFiniteMagnitude)
        guard !value.isNaN else { return nil }
        guard value > 0, value <= BudgetLimits.maxUsd else {
            issues.add(keyPath(key), "must be greater than 0 USD (and at most 1000000000); leave the key out for no limit")
            return nil
        }
        return value
    }
}
