import Configuration
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
public import OpenClawCore
import OpenClawFiles

/// Loads `config/openclaw.json`, applies `OPENCLAW_…` environment overrides through
/// swift-configuration, validates the result and checks every referenced secret.
public enum ConfigLoader {
    /// The config file used when neither `--config` nor `OPENCLAW_CONFIG` names one.
    public static let defaultPath = "config/openclaw.json"

    public static func resolvePath(_ flag: String?, environment: [String: String]) -> String {
        flag ?? environment["OPENCLAW_CONFIG"] ?? defaultPath
    }

    /// - Parameter checkSecrets: false for commands that never use a secret (`pairing list`).
    public static func load(
        path: String,
        environment: [String: String],
        checkSecrets: Bool = true
    ) throws(ConfigError) -> OpenClawConfig {
        let config = try ConfigParser.parse(document(path: path, environment: environment))
        if checkSecrets {
            try SecretReader(directory: config.secrets.dir, environment: environment).checkAll(in: config)
        }
        return config
    }

    /// The file's JSON with the `OPENCLAW_…` environment overrides applied, not yet validated
    /// (`openclaw security audit` reads a refused file too).
    public static func document(path: String, environment: [String: String]) throws(ConfigError) -> JSONValue {
        guard let data = FileContents.read(atPath: path) else {
            throw ConfigError(path: path, "configuration file not found or not readable")
        }
        var document = try ConfigParser.document(from: data)
        let overrides = ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: environment).prefixKeys(with: ["openclaw"]))
        try ConfigOverrides.apply(from: overrides, to: &document)
        return document
    }
}
