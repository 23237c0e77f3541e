import Foundation
import OpenClawCore
import Testing

@Suite struct LimitsConfigTests {
    let base = ConfigParserTests()

    func limits(_ section: [String: Any]) throws(ConfigError) -> LimitsConfig {
        try base.parse(minimalWith: { $0["limits"] = section }).limits
    }

    func issues(_ section: Any) -> [ConfigIssue] {
        base.issues { $0["limits"] = section }
    }

    @Test func defaultsApplyWhenTheSectionIsMissing() throws {
        let config = try base.parse(ConfigParserTests.minimal)
        #expect(config.limits == LimitsConfig.defaults)
        #expect(config.limits.perUser == RateRule("10/1m", burst: 5))
        #expect(config.limits.perChat == RateRule("20/1m", burst: 10))
        #expect(config.limits.global == RateRule("60/1m", burst: 20))
        #expect(config.limits.pairingReplies.perSender == RateRule("1/1h", burst: 1))
        #expect(config.limits.pairingReplies.global == RateRule("20/1h", burst: 5))
        #expect(config.limits.maxInputChars == 4000)
        #expect(config.limits.maxConcurrentModelCalls == 8)
        #expect(config.limits.budgets == BudgetLimits(alertAtPercent: 80, ownersExempt: false))
        #expect(config.limits.budgets.perUserDailyUsd == nil)
        #expect(config.limits.costSpike == CostSpikeRule(factor: 5, floorUsd: 1.0, windowMinutes: 60))
    }

    @Test func shippedConfigStatesTheDefaults() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../config/openclaw.json").standardized
        let config = try ConfigParser.parse(data: Data(contentsOf: url))
        #expect(config.limits == LimitsConfig.defaults)
    }

    @Test func readsEveryKey() throws {
        let limits = try limits([
            "perUser": ["rate": "3/1s", "burst": 2],
            "perChat": ["rate": "100/1d"],
            "global": ["burst": 50],
            "pairingReplies": ["perSender": ["rate": "2/1h", "burst": 2], "global": ["rate": "10/1h", "burst": 1]],
            "maxInputChars": 1000, "maxConcurrentModelCalls": 2, "maxQueuedPerUser": 0,
            "budgets": [
                "perUserDailyUsd": 0.5, "perUserMonthlyUsd": 5, "globalDailyUsd": 20, "globalMonthlyUsd": 300,
                "alertAtPercent": 90, "ownersExempt": true,
            ],
            "costSpike": ["factor": 3, "floorUsd": 0.25, "windowMinutes": 30],
        ])
        #expect(limits.perUser == RateRule("3/1s", burst: 2))
        #expect(limits.perChat == RateRule("100/1d", burst: 10), "a missing burst keeps the default")
        #expect(limits.global == RateRule("60/1m", burst: 50), "a missing rate keeps the default")
        #expect(limits.pairingReplies == .init(perSender: RateRule("2/1h", burst: 2), global: RateRule("10/1h", burst: 1)))
        #expect(limits.maxInputChars == 1000 && limits.maxConcurrentModelCalls == 2 && limits.maxQueuedPerUser == 0)
        #expect(limits.budgets == BudgetLimits(
            perUserDailyUsd: 0.5, perUserMonthlyUsd: 5, globalDailyUsd: 20, globalMonthlyUsd: 300, alertAtPercent: 90, ownersExempt: true
        ))
        #expect(limits.costSpike == CostSpikeRule(factor: 3, floorUsd: 0.25, windowMinutes: 30))
    }

    @Test func refusesBadInputWithKeyPathsAllAtOnce() {
        let found = issues([
            "perUser": ["rate": "10/0m", "burst": 5],
            "perChat": ["rate": "ten a minute"],
            "global": ["burst": 0],
            "pairingReplies": ["perSender": ["rate": "0/1h"], "globall": [:]],
            "maxInputChars": 0,
            "maxConcurrentModelCalls": "8",
            "budgets": ["perUserDailyUsd": 0, "globalDailyUsd": -5, "globalMonthlyUsd": "10", "alertAtPercent": 120],
            "costSpike": ["factor": 0.5, "windowMinutes": 0, "floor": 1],
            "perUsr": [:],
        ])
        let byPath = Dictionary(found.map { ($0.path, $0.message) }, uniquingKeysWith: { $0 + " | " + $1 })
        #expect(byPath["limits.perUser.rate"]?.contains("\"10/0m\": the period must be greater than zero") == true)
        #expect(byPath["limits.perChat.rate"]?.contains("not a rate") == true)
        #expect(byPath["limits.global.burst"]?.contains("whole number from 1") == true)
        #expect(byPath["limits.pairingReplies.perSender.rate"]?.contains("count must be greater than zero") == true)
        #expect(byPath["limits.pairingReplies.globall"]?.contains("unknown key") == true)
        #expect(byPath["limits.maxInputChars"]?.contains("whole number from 1 to 65536") == true)
        #expect(byPath["limits.maxConcurrentModelCalls"]?.contains("expected a number, found") == true)
        #expect(byPath["limits.budgets.perUserDailyUsd"]?.contains("must be greater than 0 USD") == true)
        #expect(byPath["limits.budgets.globalDailyUsd"]?.contains("must be greater than 0 USD") == true)
        #expect(byPath["limits.budgets.globalMonthlyUsd"]?.contains("expected a number") == true)
        #expect(byPath["limits.budgets.alertAtPercent"]?.contains("from 1 to 100") == true)
        #expect(byPath["limits.costSpike.factor"]?.contains("from 1 to 1000000") == true)
        #expect(byPath["limits.costSpike.windowMinutes"] != nil)
        #expect(byPath["limits.costSpike.floor"]?.contains("unknown key") == true)
        #expect(byPath["limits.perUsr"]?.contains("unknown key") == true)
        #expect(found.count == 15)
    }

    /// A model without `cost` used to be billed at $0, so no budget ever stopped it.
    @Test func withABudgetEveryModelTheAgentsUseNeedsAPrice() throws {
        let refused = base.issues { tree in
            tree["limits"] = ["budgets": ["globalDailyUsd": 5]]
            tree["models"] = ["providers": [
                "local": ["api": "openai-completions", "baseUrl": "http://127.0.0.1:11434/v1", "models": [["id": "llama3"]]],
                "cloud": ["api": "openai-completions", "baseUrl": "https://llm.example/v1"],
            ]]
            tree["agents"] = ["defaults": ["model": "local/llama3", "fallbacks": ["cloud/big"]]]
        }
        #expect(refused.map(\.path) == ["agents.defaults.model", "agents.defaults.fallbacks[0]"])
        #expect(refused.first?.message.contains("model \"local/llama3\" has no price") == true)
        #expect(refused.last?.message.contains("model \"cloud/big\" has no price") == true)

        // Without a budget the same models are fine; with prices the budget is too.
        #expect(base.issues { tree in
            tree["models"] = ["providers": ["local": ["api": "openai-completions", "baseUrl": "http://127.0.0.1:11434/v1", "models": [["id": "llama3"]]]]]
        }.isEmpty)
        #expect(try limits(["budgets": ["perUserMonthlyUsd": 5]]).budgets.perUserMonthlyUsd == 5)
    }

    @Test func aPriceGivesInputAndOutputWithinBounds() {
        func costIssues(_ cost: [String: Any]) -> [String] {
            base.issues { tree in
                tree["models"] = ["providers": ["local": [
                    "api": "openai-completions", "baseUrl": "http://127.0.0.1:11434/v1", "models": [["id": "llama3", "cost": cost]],
                ]]]
            }.map(\.path)
        }
        let path = "models.providers.local.models[0].cost"
        #expect(costIssues([:]) == ["\(path).input", "\(path).output"])
        #expect(costIssues(["input": 3]) == ["\(path).output"])
        #expect(costIssues(["input": 3, "output": 1e300]) == ["\(path).output"])
        #expect(costIssues(["input": -1, "output": 15]) == ["\(path).input"])
        #expect(costIssues(["input": 3, "output": 15, "cacheRead": 0.3]).isEmpty)
        #expect(issues(["budgets": ["globalDailyUsd": 1e300]]).map(\.path) == ["limits.budgets.globalDailyUsd"])
        #expect(issues(["costSpike": ["factor": 1e300, "floorUsd": 1e300]]).map(\.path).sorted() == ["limits.costSpike.factor", "limits.costSpike.floorUsd"])
    }

    @Test func refusesNonObjects() {
        #expect(issues("fast").map(\.path) == ["limits"])
        #expect(issues(["perUser": "10/1m"]).map(\.description) == ["limits.perUser: expected an object, found string"])
    }

    @Test func nullBudgetMeansNoLimit() throws {
        #expect(try limits(["budgets": ["perUserDailyUsd": NSNull()]]).budgets.perUserDailyUsd == nil)
    }
}
