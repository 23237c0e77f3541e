import ArgumentParser
import Foundation
import OpenClawCore
import OpenClawFiles
import OpenClawGateway

/// `--config`, `--dir` and the hidden `--now` shared by the `secrets` commands.
struct SecretsOptions: ParsableArguments {
    @Option(name: .long, help: "Configuration file (default: $OPENCLAW_CONFIG or config/openclaw.json).")
    var config: String?

    @Option(name: .long, help: "Secrets directory; overrides secrets.dir and works before a configuration exists.")
    var dir: String?

    /// Test seam: the time the commands take as now (ISO 8601), so expiry can be tested without waiting.
    @Option(name: .long, help: .hidden)
    var now: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// Loads the configuration (secrets not checked: these commands fix them) and resolves the directory.
    func context() throws -> SecretsContext {
        let path = ConfigLoader.resolvePath(config, environment: environment)
        var loaded: OpenClawConfig?
        // `--dir` alone means "no configuration": the default config file is only read when no directory is given.
        let explicit = config != nil || environment["OPENCLAW_CONFIG"] != nil
        if explicit || (dir == nil && FileManager.default.fileExists(atPath: path)) {
            do {
                loaded = try ConfigLoader.load(path: path, environment: environment, checkSecrets: false)
            } catch {
                printError("\(path): \(error)")
                throw ExitCode(1)
            }
        }
        guard let directory = dir ?? loaded?.secrets.dir else {
            printError("no configuration at \(path): pass --config PATH or --dir PATH")
            throw ExitCode(1)
        }
        return SecretsContext(
            config: loaded,
            directory: SecretDirectory(path: directory),
            policy: loaded.map { SecretPolicy($0.secrets) } ?? SecretPolicy(),
            now: try clock()
        )
    }

    private func clock() throws -> Date {
        guard let now else { return Date() }
        guard let date = try? Date(now, strategy: .iso8601) else {
            throw ValidationError("--now must be an ISO 8601 date such as 2025-01-31T12:00:00Z")
        }
        return date
    }
}
