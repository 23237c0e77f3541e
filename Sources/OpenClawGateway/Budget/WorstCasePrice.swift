import OpenClawCore

/// The most one call can cost: every prompt token at the dearest input price (cache writes
/// included) and `maxTokens` of output at the dearest output price, over the model and its fallbacks.
struct WorstCasePrice: Sendable, Equatable {
    /// USD per million tokens.
    var inputPerMillion: Double
    var outputPerMillion: Double
    var maxOutputTokens: Int

    init(models: [ModelRef], providers: [String: ProviderConfig], maxOutputTokens: Int) {
        let costs = models.compactMap { providers[$0.provider]?.model($0.model)?.cost }
        inputPerMillion = costs.map { max($0.input, $0.cacheWrite) }.max() ?? 0
        outputPerMillion = costs.map(\.output).max() ?? 0
        self.maxOutputTokens = max(0, maxOutputTokens)
    }

    /// A prompt of `promptBytes` UTF-8 bytes counts as one token per three bytes: never fewer
    /// tokens than a tokenizer finds, for English (about four characters a token) or for scripts
    /// of three bytes a character and about a token each.
    func usd(promptBytes: Int) -> Double {
        let inputTokens = Double(max(0, promptBytes) / 3 + 1)
        return (inputTokens * inputPerMillion + Double(maxOutputTokens) * outputPerMillion) / 1_000_000
    }
}
