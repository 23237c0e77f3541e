/// What is kept, for how long, and what leaves the gateway (`privacy` in the config).
package struct PrivacyConfig: Sendable, Equatable {
    /// What model replies are cleaned of before they are sent.
    package enum ReplyRedaction: String, Sendable, CaseIterable {
        /// Our own secrets and anything key-shaped.
        case secrets
        /// Secrets and personal data (emails, phone numbers, cards, IBANs, …).
        case all
    }

    /// Message bodies, sessions and per-user usage detail older than this are pruned.
    package var retentionDays: Int
    /// Audit events older than this are deleted.
    package var auditRetentionDays: Int
    /// Message bodies and queued updates are sealed with AES-GCM under `encryptionKey`.
    package var encryptAtRest: Bool
    package var encryptionKey: SecretRef
    /// Personal data in prompts is replaced with placeholders before it leaves for the provider.
    package var redactUpstream: Bool
    package var redactReplies: ReplyRedaction
    /// A random marker in the system prompt; a reply that contains it is blocked as a prompt leak.
    package var promptCanary: Bool
    /// Replacement text per kind (`"email": "<email>"`), for logs, prompts, replies and `openclaw redact`.
    package var replacements: [RedactionKind: String]

    package static let defaults = PrivacyConfig(
        retentionDays: 30,
        auditRetentionDays: 365,
        encryptAtRest: true,
        encryptionKey: .file("storage_encryption_key"),
        redactUpstream: false,
        redactReplies: .secrets,
        promptCanary: true,
        replacements: [:]
    )

    package init(
        retentionDays: Int, auditRetentionDays: Int, encryptAtRest: Bool, encryptionKey: SecretRef,
        redactUpstream: Bool, redactReplies: ReplyRedaction, promptCanary: Bool, replacements: [RedactionKind: String]
    ) {
        self.replacements = replacements
        self.retentionDays = retentionDays
        self.auditRetentionDays = auditRetentionDays
        self.encryptAtRest = encryptAtRest
        self.encryptionKey = encryptionKey
        self.redactUpstream = redactUpstream
        self.redactReplies = redactReplies
        self.promptCanary = promptCanary
    }

    /// `base` (which kinds) with the configured replacement texts.
    package func redaction(_ base: RedactionConfig) -> RedactionConfig {
        RedactionConfig(enabled: base.enabled, replacements: base.replacements.merging(replacements) { _, configured in configured })
    }
}
