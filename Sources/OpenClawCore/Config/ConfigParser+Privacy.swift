extension ConfigParser {
    static func parsePrivacy(_ top: ConfigObject) -> PrivacyConfig {
        let defaults = PrivacyConfig.defaults
        guard let section = top.object(
            "privacy",
            knownKeys: ["retentionDays", "auditRetentionDays", "encryptAtRest", "encryptionKey", "redactUpstream", "redactReplies", "promptCanary"]
        ) else { return defaults }
        return PrivacyConfig(
            retentionDays: section.int("retentionDays", default: defaults.retentionDays, range: 1...3650),
            auditRetentionDays: section.int("auditRetentionDays", default: defaults.auditRetentionDays, range: 1...3650),
            encryptAtRest: section.bool("encryptAtRest", default: defaults.encryptAtRest),
            encryptionKey: section.has("encryptionKey") ? section.secretRef("encryptionKey") ?? defaults.encryptionKey : defaults.encryptionKey,
            redactUpstream: section.bool("redactUpstream", default: defaults.redactUpstream),
            redactReplies: section.oneOf("redactReplies", default: defaults.redactReplies),
            promptCanary: section.bool("promptCanary", default: defaults.promptCanary)
        )
    }
}
