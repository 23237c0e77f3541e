/// The wire protocol a model provider speaks.
package enum ProviderAPI: String, Sendable, CaseIterable, Codable {
    /// Anthropic's Messages API (`POST {baseUrl}/v1/messages`).
    case anthropicMessages = "anthropic-messages"
    /// OpenAI's Chat Completions API and compatible servers: Ollama, vLLM, LM Studio
    /// (`POST {baseUrl}/chat/completions`, where `baseUrl` usually ends in `/v1`).
    case openAICompletions = "openai-completions"
}
