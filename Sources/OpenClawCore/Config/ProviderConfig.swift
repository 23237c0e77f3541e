/// `models.providers.<id>`.
public struct ProviderConfig: Sendable {
    public var id: String
    public var api: ProviderAPI
    public var baseUrl: String
    /// Optional: local OpenAI-compatible servers (Ollama) need none.
    public var apiKey: SecretRef?
    public var models: [ModelEntry]
    public var timeoutSeconds: Int
    /// The operator accepts plain `http://` to a host that is not loopback (an Ollama box on the LAN).
    public var allowInsecureHttp: Bool

    public func model(_ id: String) -> ModelEntry? {
        models.first { $0.id == id }
    }
}

/// One model a provider offers, with its price.
public struct ModelEntry: Sendable, Equatable {
    public var id: String
    /// Nil when the configuration gives no price: such a model cannot be counted against a budget.
    public var cost: ModelCost?

    public init(id: String, cost: ModelCost?) {
        self.id = id
        self.cost = cost
    }
}

/// USD per one million tokens, by token type.
public struct ModelCost: Sendable, Equatable {
    /// What a configured price may be: up to one dollar per token, so sums stay finite.
    public static let perMillionRange = 0.0...1_000_000.0

    public var input: Double
    public var output: Double
    public var cacheRead: Double
    public var cacheWrite: Double

    public init(input: Double = 0, output: Double = 0, cacheRead: Double = 0, cacheWrite: Double = 0) {
        self.input = input
        self.output = output
        self.cacheRead = cacheRead
        self.cacheWrite = cacheWrite
    }

    public func usd(for usage: TokenUsage) -> Double {
        let perToken = 1.0 / 1_000_000
        return (Double(usage.input) * input + Double(usage.output) * output
            + Double(usage.cacheRead) * cacheRead + Double(usage.cacheWrite) * cacheWrite) * perToken
    }
}

/// `agents.defaults`.
public struct AgentDefaults: Sendable {
    public var model: ModelRef
    public var fallbacks: [ModelRef]
    public var systemPrompt: String?
    public var maxTokens: Int
    public var historyLimit: Int
}
