import Crypto
import Foundation
import ModelSimulator
import OpenClawCore
import OpenClawFiles
import OpenClawGateway
import OpenClawStore
import OpenClawTelegram
import OpenClawTesting
import TelegramSimulator
import Testing

/// `openclaw backup` / `openclaw restore` as an operator runs them: a backup taken while the
/// gateway runs, restored onto a fresh folder, serves the same conversation; a damaged backup,
/// a wrong key or a running gateway is refused and nothing is lost.
@Suite(.serialized) struct BackupRestoreTests {
    typealias H = GatewayHarness

    static func withAlice(_ body: (GatewayHarness) async throws -> Void) async throws {
        try await H.withGateway(
            secrets: ["backup_encryption_key": SecretGenerator.base64(bytes: 32).generate()], adjust: IntakeEndToEndTests.allowAlice, body
        )
    }

    static func temporaryFolder(_ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/openclaw-\(name)-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return path
    }

    static func backup(_ harness: GatewayHarness, to file: String, includeSecrets: Bool) async throws -> OpenClawProcess.Result {
        try await OpenClawProcess.run(
            ["backup", "--config", harness.sandbox.configPath, "--out", file] + (includeSecrets ? ["--include-secrets"] : [])
        )
    }

    static func restore(_ file: String, into folder: String, keyFile: String) async throws -> OpenClawProcess.Result {
        try await OpenClawProcess.run([
            "restore", file, "--config", folder + "/openclaw.json", "--state-dir", folder + "/state", "--secrets-dir", folder + "/secrets",
            "--key-file", keyFile,
        ])
    }

    static func digest(_ path: String) throws -> String {
        SHA256.hash(data: try Data(contentsOf: URL(fileURLWithPath: path))).description
    }

    /// A gateway on restored state answers from the restored history and not the old message again; stopped here.
    static func expectTheLlamaRemembered(_ second: GatewayHarness) async throws {
        do {
            second.telegram.inject(second.telegram.privateMessage(from: H.alice, text: "what is the llama called?"))
            _ = try await second.telegram.waitForSent { $0.text == "echo: what is the llama called?" }
            let request = try #require(second.model.requests.last)
            #expect(request.turns.contains { $0.content.contains("the llama is called Periwinkle") }, "history came back: \(request.turns.map(\.role))")
            try await second.waitUntilIdle()
            #expect(
                second.sent(to: H.alice.id).map(\.text) == ["echo: remember: the llama is called Periwinkle", "echo: what is the llama called?"],
                "the restored gateway does not answer the old message again"
            )
            try await second.stopGateway()
        } catch {
            try? await second.stopGateway()
            throw error
        }
    }

    @Test func aBackupTakenOnlineAndRestoredOntoAFreshFolderServesTheSameConversation() async throws {
        let folder = try Self.temporaryFolder("restored")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = try Self.temporaryFolder("backups") + "/openclaw.ocbk"
        try await Self.withAlice { harness in
            harness.telegram.inject(harness.telegram.privateMessage(from: H.alice, text: "remember: the llama is called Periwinkle"))
            try await harness.waitUntilIdle()

            // While the gateway runs.
            let made = try await Self.backup(harness, to: file, includeSecrets: true)
            #expect(made.status == 0, "\(made.error)")
            #expect(made.output.contains("state/openclaw.sqlite"))
            #expect(permissions(of: file) == 0o600)
            try await harness.stopGateway()

            let restored = try await Self.restore(file, into: folder, keyFile: harness.sandbox.secretsDir + "/backup_encryption_key")
            #expect(restored.status == 0, "\(restored.error)")
            #expect(restored.output.contains("secret storage_encryption_key: restored"), "\(restored.output)")
            #expect(permissions(of: folder + "/secrets/storage_encryption_key") == 0o600)

            try await Self.expectTheLlamaRemembered(
                try await H.launch(telegram: harness.telegram, model: harness.model, sandbox: SandboxDeployment(directory: folder))
            )
        }
    }

    @Test func aDamagedTruncatedOrForeignBackupIsRefusedAndNothingIsLost() async throws {
        try await Self.withAlice { harness in
            harness.telegram.inject(harness.telegram.privateMessage(from: H.alice, text: "keep me"))
            try await harness.waitUntilIdle()
            let folder = try Self.temporaryFolder("backups")
            let file = folder + "/good.ocbk"
            #expect(try await Self.backup(harness, to: file, includeSecrets: false).status == 0)
            try await harness.stopGateway()
            let key = harness.sandbox.secretsDir + "/backup_encryption_key"
            let database = harness.sandbox.stateDir + "/" + OpenClawStore.fileName
            let before = try Self.digest(database)
            let good = try Data(contentsOf: URL(fileURLWithPath: file))

            var flipped = good
            flipped[good.count / 2] ^= 0x01
            var header = good
            header[3] ^= 0x20
            let cases: [(name: String, bytes: Data, message: String)] = [
                ("flipped", flipped, "fails authentication"),
                ("truncated", good.prefix(good.count - 40), "truncated"),
                ("header-only", good.prefix(37), "truncated"),
                ("not-a-backup", Data(repeating: 7, count: 4096), "is not an openclaw backup"),
                ("magic-changed", header, "is not an openclaw backup"),
            ]
            for damaged in cases {
                let path = folder + "/\(damaged.name).ocbk"
                try damaged.bytes.write(to: URL(fileURLWithPath: path))
                let refused = try await OpenClawProcess.run(["restore", path, "--config", harness.sandbox.configPath, "--key-file", key])
                #expect(refused.status == 1, "\(damaged.name)")
                #expect(refused.error.contains(damaged.message) && refused.error.contains("nothing was changed"), "\(damaged.name): \(refused.error)")
            }
            // A key that is not the one the backup was made with.
            let otherKey = folder + "/other_key"
            _ = FileManager.default.createFile(atPath: otherKey, contents: Data(SecretGenerator.base64(bytes: 32).generate().utf8), attributes: [.posixPermissions: 0o600])
            let wrong = try await OpenClawProcess.run(["restore", file, "--config", harness.sandbox.configPath, "--key-file", otherKey])
            #expect(wrong.status == 1 && wrong.error.contains("different backup_encryption_key"), "\(wrong.error)")

            #expect(try Self.digest(database) == before, "the live database is untouched")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: harness.sandbox.stateDir).filter { $0.hasPrefix("before-restore") }
            #expect(leftovers.isEmpty)
            let staging = try FileManager.default.contentsOfDirectory(atPath: harness.sandbox.directory).filter { $0.hasPrefix(".openclaw-restore") }
            #expect(staging.isEmpty, "staging folders are removed")

            // The good backup over the existing state: the old database is kept, not deleted.
            let restored = try await OpenClawProcess.run(["restore", file, "--config", harness.sandbox.configPath, "--key-file", key])
            #expect(restored.status == 0, "\(restored.error)")
            #expect(restored.output.contains("the previous database is kept in"))
            #expect(restored.output.contains("already matches"), "the same configuration is left alone")
        }
    }

    @Test func restoreRefusesWhileAGatewayRunsOnTheStateFolder() async throws {
        try await Self.withAlice { harness in
            let file = try Self.temporaryFolder("backups") + "/live.ocbk"
            #expect(try await Self.backup(harness, to: file, includeSecrets: false).status == 0)
            let database = harness.sandbox.stateDir + "/" + OpenClawStore.fileName
            let before = try Self.digest(database)
            let refused = try await OpenClawProcess.run([
                "restore", file, "--config", harness.sandbox.configPath, "--key-file", harness.sandbox.secretsDir + "/backup_encryption_key",
            ])
            #expect(refused.status == 1)
            #expect(refused.error.contains("a gateway is running on \(harness.sandbox.stateDir)"), "\(refused.error)")
            #expect(try Self.digest(database) == before)
            // The gateway still answers.
            harness.telegram.inject(harness.telegram.privateMessage(from: H.alice, text: "still here"))
            _ = try await harness.telegram.waitForSent { $0.text == "echo: still here" }
        }
    }

    @Test func withoutIncludeSecretsNoSecretValueIsRestoredAndTheMissingKeyIsNamed() async throws {
        let folder = try Self.temporaryFolder("restored")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await Self.withAlice { harness in
            let file = try Self.temporaryFolder("backups") + "/nosecrets.ocbk"
            #expect(try await Self.backup(harness, to: file, includeSecrets: false).status == 0)
            let restored = try await Self.restore(file, into: folder, keyFile: harness.sandbox.secretsDir + "/backup_encryption_key")
            #expect(restored.status == 0, "\(restored.error)")
            #expect(restored.output.contains("secret storage_encryption_key: MISSING"), "\(restored.output)")
            #expect(restored.output.contains("cannot be read without it"))
            let present = SecretDirectory(path: folder + "/secrets").presentIds()
            #expect(present.isEmpty, "no secret value was written: \(present)")
        }
    }

    /// On PostgreSQL: a backup taken while the gateway runs, restored into an empty database (a
    /// fresh schema), serves the same conversation with the audit chain intact; restoring it again
    /// into that database, which now holds state, is refused and changes nothing.
    /// The backup's secrets metadata names the files restore reads from the backup and writes
    /// into the secrets folder. An id `../../escaped-…` read a file beside the restore folder and
    /// wrote it beside the secrets folder's parent; such a backup is now refused before anything
    /// is replaced.
    @Test func aBackupWhoseSecretsMetadataNamesAPathOutsideIsRefusedAndNothingIsWritten() async throws {
        let folder = try Self.temporaryFolder("restored")
        let escaped = "escaped-" + UUID().uuidString
        let outside = URL(fileURLWithPath: folder).deletingLastPathComponent().path + "/" + escaped
        defer {
            try? FileManager.default.removeItem(atPath: folder)
            try? FileManager.default.removeItem(atPath: outside)
        }
        let file = try Self.temporaryFolder("backups") + "/crafted.ocbk"
        try await Self.withAlice { harness in
            try await harness.stopGateway()
            let secrets = SecretDirectory(path: harness.sandbox.secretsDir)
            var metadata = try secrets.loadMetadata()
            metadata.record(id: "../../" + escaped, value: "planted", now: Date(), maxAgeDays: 90)
            try secrets.saveMetadata(metadata)
            #expect(try await Self.backup(harness, to: file, includeSecrets: true).status == 0)
            #expect(FileManager.default.createFile(atPath: folder + "/" + escaped, contents: Data("read from beside the restore folder".utf8)))

            let refused = try await Self.restore(file, into: folder, keyFile: harness.sandbox.secretsDir + "/backup_encryption_key")
            #expect(refused.status == 1)
            #expect(refused.error.contains("secrets metadata") && refused.error.contains("nothing was changed"), "\(refused.error)")
            #expect(!FileManager.default.fileExists(atPath: outside), "nothing is written outside the secrets folder")
            #expect(!FileManager.default.fileExists(atPath: folder + "/state/" + OpenClawStore.fileName), "no database is put in place")
        }
    }

    @Test func onPostgresABackupRestoresIntoAnEmptyDatabaseAndRefusesOneHoldingState() async throws {
        try skipUnlessPostgres()
        let backupKey = SecretGenerator.base64(bytes: 32).generate()
        try await withSimulatedDeployment(postgres: true, adjust: IntakeEndToEndTests.allowAlice) { telegram, model, live in
            try live.writeSecret("backup_encryption_key", backupKey)
            let file = live.directory + "/postgres.ocbk"
            let first = try await H.launch(telegram: telegram, model: model, sandbox: live)
            do {
                first.telegram.inject(first.telegram.privateMessage(from: H.alice, text: "remember: the llama is called Periwinkle"))
                try await first.waitUntilIdle()
                let made = try await Self.backup(first, to: file, includeSecrets: false)
                #expect(made.status == 0, "\(made.error)")
                #expect(made.output.contains("state/openclaw.sqlite"))
                try await first.stopGateway()
            } catch {
                try? await first.stopGateway()
                throw error
            }

            // Another deployment on a schema of its own, holding the same storage key.
            let restored = try SandboxDeployment.create(
                telegramAPIRoot: telegram.apiRoot, botToken: telegram.token, modelBaseURL: model.baseURL, postgres: true, adjust: IntakeEndToEndTests.allowAlice
            )
            try await withTeardown {
                try restored.writeSecret("backup_encryption_key", backupKey)
                try restored.writeSecret("storage_encryption_key", String(decoding: try Data(contentsOf: URL(fileURLWithPath: live.secretsDir + "/storage_encryption_key")), as: UTF8.self))
                let schema = try #require(restored.postgresSchema)
                let done = try await OpenClawProcess.run(["restore", file, "--config", restored.configPath])
                #expect(done.status == 0, "\(done.error)")
                #expect(done.output.contains("database restored into") && done.output.contains("(schema \(schema))"), "\(done.output)")
                let verified = try await OpenClawProcess.run(["audit", "verify", "--config", restored.configPath])
                #expect(verified.status == 0 && verified.output.contains("Audit trail intact"), "\(verified.output)\(verified.error)")

                try await Self.expectTheLlamaRemembered(try await H.launch(telegram: telegram, model: model, sandbox: restored))

                let before = try await restored.databaseBytes()
                let again = try await OpenClawProcess.run(["restore", file, "--config", restored.configPath])
                #expect(again.status == 1)
                #expect(again.error.contains("already holds state") && again.error.contains("nothing was changed"), "\(again.error)")
                #expect(!again.error.contains(try #require(PostgresSandbox.url?.password)), "no credentials in the message")
                #expect(try await restored.databaseBytes() == before)
            } teardown: {
                await restored.remove()
            }
        }
    }
}
