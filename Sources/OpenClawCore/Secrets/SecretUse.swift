/// One secret the configuration needs: the key that refers to it, where its value lives, and
/// the role that decides its format.
package struct SecretUse: Sendable, Hashable {
    /// `gateway.auth.token`, `models.providers.anthropic.apiKey`, …
    package var keyPath: String
    package var reference: SecretRef
    package var role: SecretRole

    package init(keyPath: String, reference: SecretRef, role: SecretRole) {
        self.keyPath = keyPath
        self.reference = reference
        self.role = role
    }

    /// The rule the value breaks, naming the role and the reference, never any part of the value.
    package func formatProblem(_ value: String) -> String? {
        guard case .invalid(let error) = role.check(value, secretId: reference.id) else { return nil }
        let source = reference.source == .env ? "environment variable \(reference.id)" : "secret file \(reference.id)"
        return error.code == .empty
            ? "the \(role.summary) (\(source)) is empty"
            : "the \(role.summary) (\(source)) does not have the expected format: \(error.rule)"
    }
}

extension OpenClawConfig {
    /// Every secret the configuration uses, with the key path that holds it and its role.
    package var secretUses: [SecretUse] {
        var uses = [SecretUse(keyPath: "channels.telegram.botToken", reference: telegram.botToken, role: .telegramBotToken)]
        if let secret = telegram.webhookSecret, telegram.webhookUrl != nil {
            uses.append(SecretUse(keyPath: "channels.telegram.webhookSecret", reference: secret, role: .telegramWebhookSecret))
        }
        if let token = gateway.authToken {
            uses.append(SecretUse(keyPath: "gateway.auth.token", reference: token, role: .gatewayToken))
        }
        if privacy.encryptAtRest {
            uses.append(SecretUse(keyPath: "privacy.encryptionKey", reference: privacy.encryptionKey, role: .storageEncryptionKey))
        }
        uses.append(SecretUse(keyPath: "audit.signingKey", reference: audit.signingKey, role: .auditSigningKey))
        if let postgres = state.postgres {
            uses.append(SecretUse(keyPath: "state.postgres.url", reference: postgres.url, role: .postgresURL))
        }
        for provider in providers.values.sorted(by: { $0.id < $1.id }) {
            if let key = provider.apiKey {
                uses.append(SecretUse(keyPath: "models.providers.\(provider.id).apiKey", reference: key, role: .apiKey(of: provider)))
            }
        }
        return uses
    }

    /// Every secret reference with the key path that holds it.
    package var secretReferences: [(String, SecretRef)] {
        secretUses.map { ($0.keyPath, $0.reference) }
    }

    /// The roles a secret file fills, for the `secrets` commands that work by file id.
    package func roles(ofFile id: String) -> [SecretRole] {
        secretUses.filter { $0.reference == .file(id) }.map(\.role)
    }
}
