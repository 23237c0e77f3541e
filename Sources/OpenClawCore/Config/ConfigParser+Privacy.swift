extension ConfigParser {
    static func parsePrivacy(_ top: ConfigObject) -> PrivacyConfig {
        let defaults = PrivacyConfig.defaults
        guard let section = top.object("privacy") else { return defaults }
        return PrivacyConfig(
            retentionDays: section.int("retentionDays", default: defaults.retentionDays, range: 1...3650),
            auditRetentionDays: section.int("auditRetentionDays", default: defaults.auditRetentionDays, range: 1...3650),
            encryptAtRest: section.bool("encryptAtRest", default: defaults.encryptAtRest),
            encryptionKey: section.has("encryptionKey") ? section.secretRef("encryptionKey") ?? defaults.encryptionKey : defaults.encryptionKey,
            redactUpstream: section.bool("redactUpstream", default: defaults.redactUpstream),
            redactReplies: section.oneOf("redactReplies", default: defaults.redactReplies),
            promptCanary: section.bool("promptCanary", default: defaults.promptCanary),
            replacements: parseReplacements(section)
        )
    }

    /// `{"email": "[email]", "telegram": "[bot token]"}`: kinds by their names, short one-line texts
    /// in square brackets. The redactor reads the bytes around a match as its replacement's `[` and
    /// `]`, so that its output holds nothing it would find; `<email>` or `REDACTED` can leave a phone
    /// glued to a replacement for a second pass to find.
    private static func parseReplacements(_ section: ConfigObject) -> [RedactionKind: String] {
        var replacements: [RedactionKind: String] = [:]
        for (name, value) in section.map("replacements") {
            let path = section.keyPath("replacements") + "." + name
            guard let kind = RedactionKind(rawValue: name) else {
                section.issues.add(path, "unknown kind (known: \(RedactionKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                continue
            }
            guard case .string(let text) = value, (3...64).contains(text.count), !text.contains(where: \.isNewline) else {
                section.issues.add(path, "must be a string of 3 to 64 characters on one line")
                continue
            }
            guard text.first == "[", text.last == "]" else {
                section.issues.add(path, "must start with [ and end with ] (e.g. \"[\(name)]\"), as the built-in texts do: the redactor relies on them")
                continue
            }
            replacements[kind] = text
        }
        return replacements
    }
}
