public import OpenClawCore

extension ProviderAPI {
    /// The translator for this wire API.
    public var provider: any ChatProvider {
        switch self {
        case .anthropicMessages: AnthropicMessagesProvider()
        case .openAICompletions: OpenAICompletionsProvider()
        }
    }
}
