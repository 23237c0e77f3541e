/// `limits`: rate limits, resource bounds, USD budgets and cost-spike detection.
package struct LimitsConfig: Sendable, Equatable {
    /// Messages per Telegram user.
    package var perUser: RateRule
    /// Messages per chat (a busy group shares one allowance).
    package var perChat: RateRule
    /// Messages the bot answers in total.
    package var global: RateRule
    package var pairingReplies: PairingReplies
    /// Longer messages are refused before anything else reads them.
    package var maxInputChars: Int
    /// Model calls in flight across all users.
    package var maxConcurrentModelCalls: Int
    /// Messages a user may have waiting behind their one in-flight call; more are dropped.
    package var maxQueuedPerUser: Int
    package var budgets: BudgetLimits
    package var costSpike: CostSpikeRule

    /// Replies (pairing codes) sent to strangers who are not yet allowed.
    package struct PairingReplies: Sendable, Equatable {
        package var perSender: RateRule
        package var global: RateRule

        package init(perSender: RateRule, global: RateRule) {
            self.perSender = perSender
            self.global = global
        }
    }

    package init(
        perUser: RateRule, perChat: RateRule, global: RateRule, pairingReplies: PairingReplies,
        maxInputChars: Int, maxConcurrentModelCalls: Int, maxQueuedPerUser: Int,
        budgets: BudgetLimits, costSpike: CostSpikeRule
    ) {
        self.perUser = perUser
        self.perChat = perChat
        self.global = global
        self.pairingReplies = pairingReplies
        self.maxInputChars = maxInputChars
        self.maxConcurrentModelCalls = maxConcurrentModelCalls
        self.maxQueuedPerUser = maxQueuedPerUser
        self.budgets = budgets
        self.costSpike = costSpike
    }

    /// The values used for every key the file leaves out.
    package static let defaults = LimitsConfig(
        perUser: RateRule("10/1m", burst: 5),
        perChat: RateRule("20/1m", burst: 10),
        global: RateRule("60/1m", burst: 20),
        pairingReplies: PairingReplies(perSender: RateRule("1/1h", burst: 1), global: RateRule("20/1h", burst: 5)),
        maxInputChars: 4000,
        maxConcurrentModelCalls: 8,
        maxQueuedPerUser: 2,
        budgets: BudgetLimits(),
        costSpike: CostSpikeRule()
    )

    /// The rule for each limiter scope, as `RateLimiter(rules:)` takes them.
    package var rateRules: [LimitScope: RateRule] {
        [.user: perUser, .chat: perChat, .global: global, .pairingSender: pairingReplies.perSender, .pairingGlobal: pairingReplies.global]
    }
}
