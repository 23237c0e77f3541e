public import Configuration
public import OpenClawCore

/// The scalar settings an environment variable may override, e.g.
/// `OPENCLAW_CHANNELS_TELEGRAM_DM_POLICY=allowlist` or `OPENCLAW_GATEWAY_PORT=18790`.
/// Secrets are not among them: a secret is always a reference to a file or variable.
public enum ConfigOverrides {
    enum Kind {
        case string
        case integer
        case number
        case boolean
        case list
    }

    static let keys: [([String], Kind)] = [
        (["gateway", "bind"], .string),
        (["gateway", "port"], .integer),
        (["state", "dir"], .string),
        (["secrets", "dir"], .string),
        (["channels", "telegram", "apiRoot"], .string),
        (["channels", "telegram", "dmPolicy"], .string),
        (["channels", "telegram", "allowFrom"], .list),
        (["channels", "telegram", "groupPolicy"], .string),
        (["channels", "telegram", "groupAllowFrom"], .list),
        (["channels", "telegram", "webhookUrl"], .string),
        (["channels", "telegram", "webhookPath"], .string),
        (["channels", "telegram", "textChunkLimit"], .integer),
        (["agents", "defaults", "model"], .string),
        (["agents", "defaults", "fallbacks"], .list),
        (["agents", "defaults", "maxTokens"], .integer),
        (["agents", "defaults", "historyLimit"], .integer),
        (["commands", "ownerAllowFrom"], .list),
        (["logging", "level"], .string),
        (["logging", "messages"], .string),
        (["limits", "perUser", "rate"], .string),
        (["limits", "perUser", "burst"], .integer),
        (["limits", "perChat", "rate"], .string),
        (["limits", "perChat", "burst"], .integer),
        (["limits", "global", "rate"], .string),
        (["limits", "global", "burst"], .integer),
        (["limits", "maxInputChars"], .integer),
        (["limits", "maxConcurrentModelCalls"], .integer),
        (["limits", "maxQueuedPerUser"], .integer),
        (["limits", "budgets", "perUserDailyUsd"], .number),
        (["limits", "budgets", "perUserMonthlyUsd"], .number),
        (["limits", "budgets", "globalDailyUsd"], .number),
        (["limits", "budgets", "globalMonthlyUsd"], .number),
        (["limits", "budgets", "alertAtPercent"], .integer),
        (["privacy", "retentionDays"], .integer),
        (["privacy", "auditRetentionDays"], .integer),
        (["privacy", "encryptAtRest"], .boolean),
        (["privacy", "redactUpstream"], .boolean),
        (["privacy", "redactReplies"], .string),
        (["privacy", "promptCanary"], .boolean),
        (["contentFilter", "action"], .string),
        (["contentFilter", "threshold"], .integer),
    ]

    /// The environment variable name for a key path (`OPENCLAW_` + swift-configuration's encoding).
    public static func variableName(for path: [String]) -> String {
        var parts = ["OPENCLAW"]
        for component in path {
            var word = ""
            var previousLower = false
            for character in component {
                if previousLower && character.isUppercase { word += "_" }
                word.append(character)
                previousLower = character.isLowercase
            }
            parts.append(word.uppercased())
        }
        return parts.joined(separator: "_")
    }

    static func apply(from reader: ConfigReader, to document: inout JSONValue) throws(ConfigError) {
        for (path, kind) in keys {
            let key = ConfigKey(path)
            let value: JSONValue?
            switch kind {
            case .string:
                value = reader.string(forKey: key).map(JSONValue.string)
            case .list:
                value = reader.stringArray(forKey: key).map { .array($0.map(JSONValue.string)) }
            case .integer:
                guard let text = reader.string(forKey: key) else { continue }
                guard let number = Int(text) else {
                    throw ConfigError(path: variableName(for: path), "must be a whole number")
                }
                value = .number(Double(number))
            case .number:
                guard let text = reader.string(forKey: key) else { continue }
                guard let number = Double(text), number.isFinite else {
                    throw ConfigError(path: variableName(for: path), "must be a number")
                }
                value = .number(number)
            case .boolean:
                guard let text = reader.string(forKey: key) else { continue }
                guard let flag = ["true": true, "false": false][text.lowercased()] else {
                    throw ConfigError(path: variableName(for: path), "must be true or false")
                }
                value = .bool(flag)
            }
            if let value {
                document.set(value, at: path)
            }
        }
    }
}
