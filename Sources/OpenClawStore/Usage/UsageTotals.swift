/// Sums over the usage ledger.
package struct UsageTotals: Sendable, Equatable {
    package var calls: Int
    package var inputTokens: Int
    package var outputTokens: Int
    package var cacheReadTokens: Int
    package var cacheWriteTokens: Int
    package var costUsd: Double

    /// All tokens of every kind.
    package var tokens: Int { inputTokens + outputTokens + cacheReadTokens + cacheWriteTokens }

    package init(calls: Int, inputTokens: Int, outputTokens: Int, cacheReadTokens: Int, cacheWriteTokens: Int, costUsd: Double) {
        self.calls = calls
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.cacheReadTokens = cacheReadTokens
        self.cacheWriteTokens = cacheWriteTokens
        self.costUsd = costUsd
    }
}
