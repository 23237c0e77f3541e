#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif
package import OpenClawCore
import OpenClawFiles

/// Loads `config/openclaw.json`, applies `OPENCLAW_…` environment overrides through
/// swift-configuration, validates the result and checks every referenced secret.
package enum ConfigLoader {
    /// The config file used when neither `--config` nor `OPENCLAW_CONFIG` names one.
    package static let defaultPath = "config/openclaw.json"

    package static func resolvePath(_ flag: String?, environment: [String: String]) -> String {
        flag ?? environment["OPENCLAW_CONFIG"] ?? defaultPath
    }

    /// - Parameter checkSecrets: false for commands that never use a secret (`pairing list`).
    package static func load(
        path: String,
        environment: [String: String],
        checkSecrets: Bool = true
    ) throws(ConfigError) -> OpenClawConfig {
        try config(from: document(from: read(path: path), environment: environment), environment: environment, checkSecrets: checkSecrets)
    }

    /// The file's bytes.
    package static func read(path: String) throws(ConfigError) -> Data {
        guard let data = FileContents.read(atPath: path) else {
            throw ConfigError(path: path, "configuration file not found or not readable")
        }
        return data
    }

    /// The file's JSON with the `OPENCLAW_…` overrides applied, not yet validated (`openclaw
    /// security audit` reads a refused file too).
    package static func document(path: String, environment: [String: String]) throws(ConfigError) -> JSONValue {
        try document(from: read(path: path), environment: environment)
    }

    /// The file's document with the `OPENCLAW_…` overrides applied: what the parser reads.
    package static func document(from data: Data, environment: [String: String]) throws(ConfigError) -> JSONValue {
        try document(ConfigParser.document(from: data), overriddenBy: environment)
    }

    /// `document` with the `OPENCLAW_…` overrides of `environment` applied.
    package static func document(_ document: JSONValue, overriddenBy environment: [String: String]) throws(ConfigError) -> JSONValue {
        var document = document
        try ConfigOverrides.apply(environment, to: &document)
        return document
    }

    /// The validated configuration of `document`, every referenced secret checked unless `checkSecrets` is false.
    package static func config(from document: JSONValue, environment: [String: String], checkSecrets: Bool = true) throws(ConfigError) -> OpenClawConfig {
        let config = try ConfigParser.parse(document)
        if checkSecrets {
            try SecretReader(directory: config.secrets.dir, environment: environment).checkAll(in: config)
        }
        return config
    }
}
