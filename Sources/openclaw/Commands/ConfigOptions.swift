import ArgumentParser
import Foundation
import Logging
import OpenClawCore
import OpenClawFiles
import OpenClawGateway
import OpenClawStore

/// `--config PATH`, shared by every command that reads the configuration.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: "Configuration file (default: $OPENCLAW_CONFIG or config/openclaw.json).")
    var config: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    var path: String { ConfigLoader.resolvePath(config, environment: environment) }

    /// Loads and validates; on failure prints every issue and exits 1.
    func load(checkSecrets: Bool = true) throws -> OpenClawConfig {
        do {
            return try ConfigLoader.load(path: path, environment: environment, checkSecrets: checkSecrets)
        } catch {
            printError("\(path): \(error)")
            throw ExitCode(1)
        }
    }

    /// Runs `body` against the gateway's store (shared with running gateways through SQLite's WAL,
    /// or the PostgreSQL database).
    func withAdmin<T: Sendable>(_ config: OpenClawConfig, _ body: (PairingAdmin) async throws -> T) async throws -> T {
        do {
            return try await PairingAdmin.withStore(config: config, environment: environment, logger: cliLogger(), body)
        } catch let error as ConfigError {
            printError("\(path): \(error)")
            throw ExitCode(1)
        }
    }

    /// Like `withAdmin`, with the storage key loaded so sealed message text can be read.
    func withPrivacyAdmin<T: Sendable>(_ config: OpenClawConfig, _ body: (PrivacyAdmin) async throws -> T) async throws -> T {
        do {
            return try await PrivacyAdmin.withStore(config: config, environment: environment, logger: cliLogger(), body)
        } catch let error as ConfigError {
            printError("\(path): \(error)")
            throw ExitCode(1)
        }
    }
}

/// The store `config` names, its secret references read from `secretsDir`; on failure prints the
/// problem against the config file at `path` and exits 1.
func configuredStore(_ config: OpenClawConfig, secretsDir: String, environment: [String: String], path: String) throws -> StoreLocation {
    do {
        return try StoreLocation.configured(config, reader: SecretReader(directory: secretsDir, environment: environment))
    } catch {
        printError("\(path): \(error)")
        throw ExitCode(1)
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

func cliLogger(level: Logger.Level = .warning) -> Logger {
    var logger = Logger(label: "openclaw") { label in JSONLogHandler(label: label, level: level) }
    logger.logLevel = level
    return logger
}
