import ArgumentParser
import Foundation
import OpenClawCore
import OpenClawGateway
import OpenClawOperations
import OpenClawStore

extension OpenClaw {
    struct Restore: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "restore",
            abstract: "Restore a backup after checking all of it; refuses while a gateway runs on the state folder.",
            discussion: """
                The backup is decrypted, authenticated and integrity-checked in a staging folder before anything \
                is replaced. The database it replaces is kept in <state.dir>/before-restore-<time>/; with state.backend \
                "postgres" the rows go into the configured database in one transaction, which must hold no state yet. An existing \
                configuration or secret that differs is kept; the backup's copy goes beside it as .restored.
                """
        )

        @Argument(help: "The backup file; - for standard input.") var file: String
        @Option(name: .long, help: "Where the configuration is, or is to be written (default: $OPENCLAW_CONFIG or config/openclaw.json).")
        var config: String?
        @Option(name: .customLong("state-dir"), help: "State folder to restore into (default: the configuration's state.dir).") var stateDir: String?
        @Option(name: .customLong("secrets-dir"), help: "Secrets folder (default: the configuration's secrets.dir).") var secretsDir: String?
        @Option(name: .customLong("key-file"), help: "Key file (default: backup_encryption_key in the secrets folder).") var keyFile: String?

        func run() async throws {
            let environment = ProcessInfo.processInfo.environment
            let path = ConfigLoader.resolvePath(config, environment: environment)
            var existing: OpenClawConfig?
            if FileManager.default.fileExists(atPath: path) {
                do {
                    existing = try ConfigLoader.load(path: path, environment: environment, checkSecrets: false)
                } catch {
                    printError("\(path): \(error)")
                    throw ExitCode(1)
                }
            }
            guard let state = stateDir ?? existing?.state.dir, let secrets = secretsDir ?? existing?.secrets.dir else {
                printError("no configuration at \(path): pass --state-dir and --secrets-dir (the backup's configuration is written to \(path))")
                throw ExitCode(1)
            }
            var postgres: PostgresLocation?
            if let existing, existing.state.backend == .postgres,
                case .postgres(let configured) = try configuredStore(existing, secretsDir: secrets, environment: environment, path: path)
            {
                postgres = configured
            }
            let restorer = BackupRestorer(
                file: file, postgres: postgres, keyPath: keyFile ?? secrets + "/backup_encryption_key", configPath: path, stateDir: state, secretsDir: secrets,
                logger: cliLogger()
            )
            do {
                for line in try await restorer.restore() { print(line) }
            } catch {
                printError("openclaw restore: \(error); nothing was changed")
                throw ExitCode(1)
            }
        }
    }
}
