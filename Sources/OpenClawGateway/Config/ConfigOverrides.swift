import Configuration
import OpenClawCore

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
        (["gateway", "trustedProxies"], .list),
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
        (["logging", "authLog"], .string),
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
        (["audit", "checkpointFile"], .string),
        (["audit", "checkpointIntervalSeconds"], .integer),
        (["audit", "syslog"], .boolean),
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
                value = try parsed(reader, path, "must be a whole number") { Int($0).map { .number(Double($0)) } }
            case .number:
                value = try parsed(reader, path, "must be a number") { Double($0).flatMap { $0.isFinite ? .number($0) : nil } }
            case .boolean:
                value = try parsed(reader, path, "must be true or false") { ["true": true, "false": false][$0.lowercased()].map(JSONValue.bool) }
            }
            if let value {
                document.set(value, at: path)
            }
        }
    }

    /// The variable's text converted by `parse`; nil when unset, refused naming the variable when `parse` fails.
    private static func parsed(
        _ reader: ConfigReader, _ path: [String], _ rule: String, _ parse: (String) -> JSONValue?
    ) throws(ConfigError) -> JSONValue? {
        guard let text = reader.string(forKey: ConfigKey(path)) else { return nil }
        guard let value = parse(text) else { throw ConfigError(path: variableName(for: path), rule) }
        return value
    }
}
