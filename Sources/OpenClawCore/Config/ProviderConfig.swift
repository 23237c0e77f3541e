/// `models.providers.<id>`.
package struct ProviderConfig: Sendable {
    package var id: String
    package var api: ProviderAPI
    package var baseUrl: String
    /// Optional: local OpenAI-compatible servers (Ollama) need none.
    package var apiKey: SecretRef?
    package var models: [ModelEntry]
    package var timeoutSeconds: Int
    /// The operator accepts plain `http://` to a host that is not loopback (an Ollama box on the LAN).
    package var allowInsecureHttp: Bool

    package func model(_ id: String) -> ModelEntry? {
        models.first { $0.id == id }
    }
}

/// One model a provider offers, with its price.
package struct ModelEntry: Sendable, Equatable {
    package var id: String
    /// Nil when the configuration gives no price: such a model cannot be counted against a budget.
    package var cost: ModelCost?

    package init(id: String, cost: ModelCost?) {
        self.id = id
        self.cost = cost
    }
}

/// USD per one million tokens, by token type.
package struct ModelCost: Sendable, Equatable {
    /// What a configured price may be: up to one dollar per token, so sums stay finite.
    package static let perMillionRange = 0.0...1_000_000.0

    package var input: Double
    package var output: Double
    package var cacheRead: Double
    package var cacheWrite: Double

    package init(input: Double = 0, output: Double = 0, cacheRead: Double = 0, cacheWrite: Double = 0) {
        self.input = input
        self.output = output
        self.cacheRead = cacheRead
        self.cacheWrite = cacheWrite
    }

    package func usd(for usage: TokenUsage) -> Double {
        let perToken = 1.0 / 1_000_000
        return (Double(usage.input) * input + Double(usage.output) * output
            + Double(usage.cacheRead) * cacheRead + Double(usage.cacheWrite) * cacheWrite) * perToken
    }
}

/// `agents.defaults`.
package struct AgentDefaults: Sendable {
    package var model: ModelRef
    package var fallbacks: [ModelRef]
    package var systemPrompt: String?
    package var maxTokens: Int
    package var historyLimit: Int
}
