import Configuration
import OpenClawCore

/// The scalar settings an environment variable may override, e.g.
/// `OPENCLAW_CHANNELS_TELEGRAM_DM_POLICY=allowlist` or `OPENCLAW_GATEWAY_PORT=18790`.
/// Secrets are not among them: a secret is always a reference to a file or variable.
package enum ConfigOverrides {
    enum Kind {
        case string
        case integer
        case number
        case boolean
        case list

        init(_ type: ConfigSchema.ValueType) {
            switch type {
            case .string, .rate, .oneOf, .secretReference: self = .string
            case .integer: self = .integer
            case .number, .positiveNumber: self = .number
            case .boolean: self = .boolean
            case .userIds, .strings: self = .list
            }
        }
    }

    /// The keys `ConfigSchema` marks `environment`, each with its variable and how its text is read.
    static let keys: [(path: [String], variable: String, kind: Kind)] = ConfigSchema.keys.filter(\.environment).map { key in
        (key.components, variableName(for: key.components), Kind(key.type))
    }

    /// The key paths that a variable in `environment` sets, whatever the file says.
    static func paths(setBy environment: [String: String]) -> [[String]] {
        keys.filter { environment[$0.variable] != nil }.map(\.path)
    }

    /// The environment variable name for a key path (`OPENCLAW_` + swift-configuration's encoding).
    package static func variableName(for path: [String]) -> String {
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

    /// Sets in `document` each key whose variable `environment` holds, read through swift-configuration.
    /// Only those are looked up: encoding a key for the lookup costs more than the rest of a load.
    static func apply(_ environment: [String: String], to document: inout JSONValue) throws(ConfigError) {
        let reader = ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: environment).prefixKeys(with: ["openclaw"]))
        for (path, variable, kind) in keys where environment[variable] != nil {
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
