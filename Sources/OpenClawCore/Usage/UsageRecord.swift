public import Foundation

/// Tokens one model call used, as the provider reported them.
public struct TokenUsage: Sendable, Equatable, Codable {
    public var input: Int
    public var output: Int
    public var cacheRead: Int
    public var cacheWrite: Int
    /// True when the provider sent no usage and the figures were estimated from characters.
    public var estimated: Bool

    public init(input: Int, output: Int, cacheRead: Int = 0, cacheWrite: Int = 0, estimated: Bool = false) {
        self.input = input
        self.output = output
        self.cacheRead = cacheRead
        self.cacheWrite = cacheWrite
        self.estimated = estimated
    }
}

/// One line of the usage ledger.
public struct UsageRecord: Sendable, Equatable {
    public var time: Date
    public var userId: Int64?
    public var chatId: Int64
    public var provider: String
    public var model: String
    public var tokens: TokenUsage
    public var costUsd: Double

    public init(time: Date, userId: Int64?, chatId: Int64, provider: String, model: String, tokens: TokenUsage, costUsd: Double) {
        self.time = time
        self.userId = userId
        self.chatId = chatId
        self.provider = provider
        self.model = model
        self.tokens = tokens
        self.costUsd = costUsd
    }
}
