#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
package import OpenClawCore

/// Reads secret values on demand from `secrets.dir` or the environment.
///
/// A value is read each time it is asked for, so a rotated file is picked up without a restart.
/// Errors name the key path and the file, never the value.
package struct SecretReader: Sendable {
    package var directory: String
    package var environment: [String: String]

    package init(directory: String, environment: [String: String]) {
        self.directory = directory
        self.environment = environment
    }

    package func path(of reference: SecretRef) -> String {
        directory.hasSuffix("/") ? directory + reference.id : directory + "/" + reference.id
    }

    /// The secret's value with surrounding whitespace (a trailing newline from `echo`) removed.
    package func read(_ reference: SecretRef, for keyPath: String) throws(ConfigError) -> String {
        switch reference.source {
        case .env:
            guard let value = environment[reference.id].map({ String($0.trimmingWhitespace()) }), !value.isEmpty else {
                throw ConfigError(path: keyPath, "environment variable \(reference.id) is not set or empty")
            }
            return value
        case .file:
            let file = path(of: reference)
            let manager = FileManager.default
            guard manager.fileExists(atPath: file) else {
                throw ConfigError(path: keyPath, "secret file \(file) is missing (create it with mode 0600)")
            }
            if let mode = (try? manager.attributesOfItem(atPath: file))?[.posixPermissions] as? Int, mode & 0o004 != 0 {
                throw ConfigError(path: keyPath, "secret file \(file) is world-readable; run: chmod 600 \(file)")
            }
            guard let data = FileContents.read(atPath: file) else {
                throw ConfigError(path: keyPath, "secret file \(file) cannot be read")
            }
            let value = String(String(decoding: data, as: UTF8.self).trimmingWhitespace())
            guard !value.isEmpty else {
                throw ConfigError(path: keyPath, "secret file \(file) is empty")
            }
            return value
        }
    }

    /// Checks every secret the configuration refers to, reporting each problem.
    package func checkAll(in config: OpenClawConfig) throws(ConfigError) {
        _ = try readAll(in: config)
    }

    /// Every secret the configuration refers to, by key path, each checked against the format of
    /// the role it fills (wherever it comes from); every problem found (missing, empty,
    /// world-readable, malformed) is reported together.
    package func readAll(in config: OpenClawConfig) throws(ConfigError) -> [String: String] {
        var values: [String: String] = [:]
        var issues: [ConfigIssue] = []
        for use in config.secretUses {
            do {
                let value = try read(use.reference, for: use.keyPath)
                if let problem = use.formatProblem(value) {
                    issues.append(ConfigIssue(path: use.keyPath, message: problem))
                }
                values[use.keyPath] = value
            } catch {
                issues += error.issues
            }
        }
        if !issues.isEmpty { throw ConfigError(issues) }
        return values
    }
}
