import ArgumentParser
import Foundation
import OpenClawCore
import OpenClawGateway
import OpenClawOperations
import OpenClawStore

extension OpenClaw {
    struct Backup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Write an encrypted, authenticated backup: store snapshot (safe while gateways run; SQLite or PostgreSQL), config, secrets metadata.",
            discussion: """
                Secret values are included only with --include-secrets. The key is backup_encryption_key \
                (openclaw secrets init --generate backup_encryption_key); keep a copy of it off this host.
                """
        )

        @OptionGroup var options: ConfigOptions
        @Option(help: ArgumentHelp("The backup file to write (must not exist); - for standard output.", valueName: "FILE")) var out: String
        @Option(name: .customLong("key-file"), help: "Key file (default: backup_encryption_key in secrets.dir).") var keyFile: String?
        @Flag(name: .customLong("include-secrets"), help: "Also store the secret values (the backup then needs the care the secrets do).")
        var includeSecrets = false

        func run() async throws {
            let config = try options.load(checkSecrets: false)
            let store = try configuredStore(config, secretsDir: config.secrets.dir, environment: options.environment, path: options.path)
            let writer = BackupWriter(
                config: config, store: store, configPath: options.path, keyPath: keyFile ?? config.secrets.dir + "/backup_encryption_key",
                includeSecrets: includeSecrets, logger: cliLogger()
            )
            do {
                let summary = try await writer.write(to: out)
                // With --out - the backup itself is on standard output: the report goes to stderr.
                let report: (String) -> Void = { line in if out == "-" { printError(line) } else { print(line) } }
                for entry in summary.entries { report("  \(entry.name) (\(entry.size) bytes)") }
                report("backup written to \(summary.file)\(includeSecrets ? " (with secret values)" : " (secret values not included)")")
            } catch {
                printError("openclaw backup: \(error)")
                throw ExitCode(1)
            }
        }
    }
}
