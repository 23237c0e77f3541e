/// A secret openclaw knows by id: what it is for, its format, and whether we can generate it.
package struct KnownSecret: Sendable {
    package var id: String
    /// One line for prompts and docs.
    package var summary: String
    package var format: SecretFormat
    /// nil when only the issuer can make one (@BotFather, a provider's console, your mail host).
    package var generator: SecretGenerator?

    package var isGeneratable: Bool { generator != nil }

    /// Every secret openclaw knows, in the order `secrets init` asks for them.
    package static let all: [KnownSecret] = [
        KnownSecret(id: "telegram_bot_token", summary: "Telegram bot token from @BotFather", format: .telegramBotToken),
        KnownSecret(
            id: "telegram_webhook_secret", summary: "Telegram webhook secret_token",
            format: .telegramWebhookSecret, generator: .urlSafe(length: 48)
        ),
        KnownSecret(
            id: "gateway_token", summary: "bearer token for /metrics and admin routes",
            format: .gatewayToken, generator: .hex(bytes: 24)
        ),
        KnownSecret(id: "anthropic_api_key", summary: "Anthropic API key", format: .anthropicAPIKey),
        KnownSecret(id: "openai_api_key", summary: "OpenAI API key", format: .openAIAPIKey),
        KnownSecret(
            id: "storage_encryption_key", summary: "key for encrypting stored messages at rest",
            format: .storageEncryptionKey, generator: .base64(bytes: 32)
        ),
        KnownSecret(
            id: "audit_signing_key", summary: "Ed25519 key that signs audit checkpoints",
            format: .storageEncryptionKey, generator: .base64(bytes: 32)
        ),
        KnownSecret(
            id: "backup_encryption_key", summary: "key that encrypts and authenticates openclaw backup files",
            format: .storageEncryptionKey, generator: .base64(bytes: 32)
        ),
        KnownSecret(
            id: "grafana_admin_password", summary: "Grafana admin password",
            format: .strongPassword, generator: .password(length: 24)
        ),
        KnownSecret(id: "smtp_password", summary: "SMTP password for alert mail", format: .nonEmpty),
    ]

    /// The known secret with this id, nil for an id we do not validate.
    package static func named(_ id: String) -> KnownSecret? {
        all.first { $0.id == id }
    }
}
