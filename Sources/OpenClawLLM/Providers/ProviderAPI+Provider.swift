package import OpenClawCore

extension ProviderAPI {
    /// The translator for this wire API.
    package var provider: any ChatProvider {
        switch self {
        case .anthropicMessages: AnthropicMessagesProvider()
        case .openAICompletions: OpenAICompletionsProvider()
        }
    }
}
