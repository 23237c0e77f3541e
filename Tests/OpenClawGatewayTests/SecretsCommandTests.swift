import OpenClawTesting
import Foundation
import OpenClawCore
import OpenClawFiles
import OpenClawGateway
import OpenClawStore
import Logging
import Testing

/// `openclaw secrets` run as a separate process: refusals, file modes, status exit codes, rotation.
@Suite(.serialized) struct SecretsCommandTests {
    static let token = "123456789:AAE-fixture_value_not_real_00000000"

    static func temporaryDirectory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("cli-secrets-\(UUID().uuidString)").path
    }

    static func mode(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int ?? -1
    }

    @Test func malformedValuesFromStdinAreRefusedNamingSecretAndRuleButNotTheValue() async throws {
        let root = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let dir = root + "/secrets"
        let badToken = "123456789:AAE-fixture_value_not_real_0000"
        let refused = try await OpenClawProcess.run(["secrets", "init", "--dir", dir, "--from-stdin", "telegram_bot_token"], input: Data((badToken + "\n").utf8))
        #expect(refused.status == 1)
        #expect(refused.error.contains("secret 'telegram_bot_token' does not have the expected format: <5-16 digits>:<35 characters of A-Za-z0-9_->"))
        #expect(!(refused.error + refused.output).contains("123456789"))
        #expect(!(refused.error + refused.output).contains("fixture_value"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/telegram_bot_token"))

        let shortSecret = "Qw7-Zk2_Lp9-Mx4_Rt6-Vb3_Hn8-Jd5"
        let short = try await OpenClawProcess.run(["secrets", "init", "--dir", dir, "--from-stdin", "telegram_webhook_secret"], input: Data(shortSecret.utf8))
        #expect(short.status == 1)
        #expect(short.error.contains("telegram_webhook_secret") && short.error.contains("32 to 256 characters of A-Za-z0-9_-"))
        #expect(!(short.error + short.output).contains("Qw7-"))
    }

    @Test func initWritesOwnerOnlyFilesAndMetadata() async throws {
        let root = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let dir = root + "/secrets"
        let stored = try await OpenClawProcess.run(["secrets", "init", "--dir", dir, "--from-stdin", "telegram_bot_token"], input: Data((Self.token + "\n").utf8))
        #expect(stored.status == 0, "\(stored.error)")
        let generated = try await OpenClawProcess.run(["secrets", "init", "--dir", dir, "--generate", "gateway_token"])
        #expect(generated.status == 0, "\(generated.error)")
        let refusedGenerate = try await OpenClawProcess.run(["secrets", "init", "--dir", dir, "--generate", "anthropic_api_key"])
        #expect(refusedGenerate.status == 1)
        let again = try await OpenClawProcess.run(["secrets", "init", "--dir", dir, "--generate", "gateway_token"])
        #expect(again.status == 1 && again.error.contains("secrets rotate"))

        #expect(Self.mode(dir) == 0o700)
        for file in ["telegram_bot_token", "gateway_token", ".openclaw-secrets.json"] {
            #expect(Self.mode(dir + "/" + file) == 0o600, "\(file)")
        }
        let gatewayToken = String(decoding: FileManager.default.contents(atPath: dir + "/gateway_token") ?? Data(), as: UTF8.self)
        #expect(gatewayToken.count == 48 && gatewayToken.allSatisfy(\.isHexDigit))
        let metadata = try SecretDirectory(path: dir).loadMetadata()
        #expect(metadata.secrets["gateway_token"]?.fingerprint == SecretFingerprint.of(gatewayToken))
        let sidecar = String(decoding: FileManager.default.contents(atPath: dir + "/.openclaw-secrets.json") ?? Data(), as: UTF8.self)
        #expect(!sidecar.contains(gatewayToken) && !sidecar.contains(Self.token))
        #expect(!generated.output.contains(gatewayToken))
    }

    @Test func statusExitCodesFollowTheInjectedClock() async throws {
        let root = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let dir = root + "/secrets"
        let written = "2025-01-01T00:00:00Z"
        let created = try await OpenClawProcess.run(["secrets", "init", "--dir", dir, "--generate", "gateway_token", "--now", written])
        #expect(created.status == 0, "\(created.error)")

        let fresh = try await OpenClawProcess.run(["secrets", "status", "--dir", dir, "--now", "2025-01-02T00:00:00Z"])
        #expect(fresh.status == 0, "\(fresh.output)\(fresh.error)")
        #expect(fresh.output.contains("gateway_token") && fresh.output.contains(" ok"))

        let soon = try await OpenClawProcess.run(["secrets", "status", "--dir", dir, "--now", "2025-03-25T00:00:00Z"])
        #expect(soon.status == 1)
        #expect(soon.output.contains("rotate soon"))

        let expired = try await OpenClawProcess.run(["secrets", "status", "--dir", dir, "--now", "2025-04-02T00:00:00Z", "--json"])
        #expect(expired.status == 2)
        #expect(expired.output.contains("\"state\" : \"expired\""))
        #expect(expired.output.contains("\"exitCode\" : 2"))

        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: dir + "/gateway_token")
        let exposed = try await OpenClawProcess.run(["secrets", "status", "--dir", dir, "--now", "2025-01-02T00:00:00Z"])
        #expect(exposed.status == 2 && exposed.output.contains("bad permissions"))
    }

    @Test func statusWithAConfigReportsMissingSecretsItReferences() async throws {
        try await SandboxDeployment.withSandbox(telegramAPIRoot: "http://127.0.0.1:9", botToken: Self.token, modelBaseURL: "http://127.0.0.1:9") { sandbox in
            try FileManager.default.removeItem(atPath: sandbox.secretsDir + "/anthropic_api_key")
            let status = try await OpenClawProcess.run(["secrets", "status", "--config", sandbox.configPath])
            #expect(status.status == 2)
            #expect(status.output.contains("anthropic_api_key") && status.output.contains("missing"))
        }
    }

    @Test func rotationKeepsThePreviousValueUpdatesMetadataAndAudits() async throws {
        try await SandboxDeployment.withSandbox(telegramAPIRoot: "http://127.0.0.1:9", botToken: Self.token, modelBaseURL: "http://127.0.0.1:9") { sandbox in
            let old = try #require(sandbox.readSecret("telegram_webhook_secret"))
            let rotated = try await OpenClawProcess.run([
                "secrets", "rotate", "--config", sandbox.configPath, "--secret-name", "telegram_webhook_secret", "--yes",
                "--now", "2025-06-01T00:00:00Z",
            ])
            #expect(rotated.status == 0, "\(rotated.error)")
            let new = try #require(sandbox.readSecret("telegram_webhook_secret"))
            #expect(new != old && KnownSecret.check(id: "telegram_webhook_secret", value: new) == .valid)
            let previousFile = sandbox.secretsDir + "/telegram_webhook_secret.previous"
            #expect(FileManager.default.contents(atPath: previousFile) == Data(old.utf8))
            #expect(Self.mode(previousFile) == 0o600)
            #expect(!rotated.output.contains(new) && !rotated.output.contains(old))

            let directory = SecretDirectory(path: sandbox.secretsDir)
            let entry = try #require(try directory.loadMetadata().secrets["telegram_webhook_secret"])
            let now = try Date("2025-06-01T00:00:00Z", strategy: .iso8601)
            #expect(entry.rotated == now && entry.fingerprint == SecretFingerprint.of(new))
            #expect(entry.previousFingerprint == SecretFingerprint.of(old))
            #expect(directory.previousValue("telegram_webhook_secret", now: now.addingTimeInterval(60)) == old)

            let store = try await OpenClawStore.open(sandbox.storeLocation, logger: Logger(label: "test"))
            let events = try await store.auditEvents(kindPrefix: "secret.", limit: 10)
            try await store.close()
            let event = try #require(events.first)
            #expect(event.kind == .secretRotated)
            #expect(event.details["secret"] == "telegram_webhook_secret")
            #expect(event.details["fingerprint"] == SecretFingerprint.of(new))
            #expect(!event.details.values.contains(new) && !event.details.values.contains(old))

            let refused = try await OpenClawProcess.run(
                ["secrets", "rotate", "--config", sandbox.configPath, "--secret-name", "telegram_webhook_secret", "--from-stdin", "--yes"],
                input: Data("too-short".utf8)
            )
            #expect(refused.status == 1)
            #expect(sandbox.readSecret("telegram_webhook_secret") == new, "a refused value must not replace the current one")
        }
    }
}
