/// The job a secret does, which decides the format its value must have, whatever its id and
/// wherever it comes from (a file under any name, or an environment variable).
package enum SecretRole: Sendable, Hashable {
    case telegramBotToken
    case telegramWebhookSecret
    case gatewayToken
    case storageEncryptionKey
    /// The Ed25519 seed that signs audit checkpoints.
    case auditSigningKey
    /// An Anthropic key: the provider speaks `anthropic-messages` at Anthropic's own host.
    case anthropicAPIKey
    /// An OpenAI key: the provider speaks `openai-completions` at OpenAI's own host.
    case openAIAPIKey
    /// A key for any other server (Ollama, vLLM, a proxy): its format is the server's business,
    /// but it must fit in an HTTP header.
    case providerKey
    /// `postgresql://user:password@host[:port]/database` for `state.backend: "postgres"`.
    case postgresURL

    /// What the secret is, for messages: "gateway token".
    package var summary: String {
        switch self {
        case .telegramBotToken: "Telegram bot token"
        case .telegramWebhookSecret: "Telegram webhook secret"
        case .gatewayToken: "gateway token"
        case .storageEncryptionKey: "storage encryption key"
        case .auditSigningKey: "audit signing key"
        case .anthropicAPIKey: "Anthropic API key"
        case .openAIAPIKey: "OpenAI API key"
        case .providerKey: "provider API key"
        case .postgresURL: "PostgreSQL URL"
        }
    }

    package var format: SecretFormat {
        switch self {
        case .telegramBotToken: .telegramBotToken
        case .telegramWebhookSecret: .telegramWebhookSecret
        case .gatewayToken: .gatewayToken
        case .storageEncryptionKey, .auditSigningKey: .storageEncryptionKey
        case .anthropicAPIKey: .anthropicAPIKey
        case .openAIAPIKey: .openAIAPIKey
        case .providerKey: .headerSafe
        case .postgresURL: .postgresURL
        }
    }

    /// How openclaw makes a value for this role; nil when only its issuer can.
    package var generator: SecretGenerator? {
        switch self {
        case .telegramWebhookSecret: .urlSafe(length: 48)
        case .gatewayToken: .hex(bytes: 24)
        case .storageEncryptionKey, .auditSigningKey: .base64(bytes: 32)
        default: nil
        }
    }

    /// The key format of a provider, read from its wire API and host.
    package static func apiKey(of provider: ProviderConfig) -> SecretRole {
        switch (provider.api, EndpointURL(provider.baseUrl)?.host) {
        case (.anthropicMessages, "api.anthropic.com"): .anthropicAPIKey
        case (.openAICompletions, "api.openai.com"): .openAIAPIKey
        default: .providerKey
        }
    }

    /// Checks `value` (trimmed) against this role's format; the error names `secretId` and the rule.
    package func check(_ value: String, secretId: String) -> SecretCheck {
        guard !value.isEmpty else {
            return .invalid(SecretFormatError(code: .empty, secretId: secretId, rule: SecretFormat.nonEmpty.rule))
        }
        return format.matches(value) ? .valid : .invalid(SecretFormatError(code: .invalidFormat, secretId: secretId, rule: format.rule))
    }
}
