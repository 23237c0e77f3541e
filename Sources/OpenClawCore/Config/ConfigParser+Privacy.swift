extension ConfigParser {
    static func parsePrivacy(_ top: ConfigObject, limits: LimitsConfig) -> PrivacyConfig {
        let defaults = PrivacyConfig.defaults
        guard let section = top.object(
            "privacy",
            knownKeys: ["retentionDays", "auditRetentionDays", "encryptAtRest", "encryptionKey", "redactUpstream", "redactReplies", "promptCanary"]
        ) else { return defaults }
        let privacy = PrivacyConfig(
            retentionDays: section.int("retentionDays", default: defaults.retentionDays, range: 1...3650),
            auditRetentionDays: section.int("auditRetentionDays", default: defaults.auditRetentionDays, range: 1...3650),
            encryptAtRest: section.bool("encryptAtRest", default: defaults.encryptAtRest),
            encryptionKey: section.has("encryptionKey") ? section.secretRef("encryptionKey") ?? defaults.encryptionKey : defaults.encryptionKey,
            redactUpstream: section.bool("redactUpstream", default: defaults.redactUpstream),
            redactReplies: section.oneOf("redactReplies", default: defaults.redactReplies),
            promptCanary: section.bool("promptCanary", default: defaults.promptCanary)
        )
        if limits.budgets.perUserMonthlyUsd != nil, privacy.retentionDays < 31 {
            section.issues.add(
                section.keyPath("retentionDays"),
                "must be at least 31 while limits.budgets.perUserMonthlyUsd is set: the monthly budget needs this month's per-user usage"
            )
        }
        return privacy
    }
}
