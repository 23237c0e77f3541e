package import Foundation

/// Tokens one model call used, as the provider reported them.
package struct TokenUsage: Sendable, Equatable, Codable {
    package var input: Int
    package var output: Int
    package var cacheRead: Int
    package var cacheWrite: Int
    /// True when the provider sent no usage and the figures were estimated from characters.
    package var estimated: Bool

    package init(input: Int, output: Int, cacheRead: Int = 0, cacheWrite: Int = 0, estimated: Bool = false) {
        self.input = input
        self.output = output
        self.cacheRead = cacheRead
        self.cacheWrite = cacheWrite
        self.estimated = estimated
    }
}

/// One line of the usage ledger.
package struct UsageRecord: Sendable, Equatable {
    package var time: Date
    package var userId: Int64?
    package var chatId: Int64
    package var provider: String
    package var model: String
    package var tokens: TokenUsage
    package var costUsd: Double

    package init(time: Date, userId: Int64?, chatId: Int64, provider: String, model: String, tokens: TokenUsage, costUsd: Double) {
        self.time = time
        self.userId = userId
        self.chatId = chatId
        self.provider = provider
        self.model = model
        self.tokens = tokens
        self.costUsd = costUsd
    }
}
