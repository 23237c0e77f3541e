import OpenClawCore

/// Rate limits loose enough to be off in effect, and spending without a cap.
///
/// "Off" means: one user may send more than one message a second for long (`perUser` above 60/min
/// or a burst above 100), or the bot answers more than 10 a second overall.
struct LimitsAudit {
    let config: OpenClawConfig

    func findings() -> [AuditFinding] {
        var findings: [AuditFinding] = []
        let limits = config.limits
        if Self.perMinute(limits.perUser) > 60 || limits.perUser.burst > 100 {
            findings.append(AuditFinding(
                "limits.rate.per_user_off", .warn, target: "limits.perUser",
                "\(limits.perUser.rate) with burst \(limits.perUser.burst) lets one account drive model calls as fast as it likes",
                fix: "keep it near the default {\"rate\": \"10/1m\", \"burst\": 5}"
            ))
        }
        if Self.perMinute(limits.global) > 600 || limits.global.burst > 1000 {
            findings.append(AuditFinding(
                "limits.rate.global_off", .warn, target: "limits.global",
                "\(limits.global.rate) with burst \(limits.global.burst) puts no useful ceiling on the bot's total traffic",
                fix: "keep it near the default {\"rate\": \"60/1m\", \"burst\": 20}"
            ))
        }
        let budgets = limits.budgets
        let capped = [budgets.perUserDailyUsd, budgets.perUserMonthlyUsd, budgets.globalDailyUsd, budgets.globalMonthlyUsd].contains { $0 != nil }
        // A model without a price under a budget is refused by the parser itself (config.invalid).
        if !capped {
            findings.append(AuditFinding(
                "limits.budget.none", .warn, target: "limits.budgets",
                "no USD budget is set: a stolen account or a runaway loop can spend without limit",
                fix: "set limits.budgets.globalDailyUsd (and perUserDailyUsd) to what you are willing to lose in a day"
            ))
        }
        return findings
    }

    static func perMinute(_ rule: RateRule) -> Double {
        Double(rule.rate.count) * 60_000_000_000 / Double(rule.rate.periodNanoseconds)
    }
}
