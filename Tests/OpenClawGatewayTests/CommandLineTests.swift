import OpenClawTesting
import Foundation
import Logging
import ModelSimulator
import OpenClawCore
import OpenClawGateway
import OpenClawTelegram
import Testing
import TelegramSimulator

/// The `openclaw` executable run as a separate process, as an operator would.
@Suite(.serialized) struct CommandLineTests {
    typealias H = GatewayHarness

    @Test func executableWasBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: OpenClawProcess.executable.path), "run `swift build` first")
    }

    @Test func validateNamesMissingSecretsAndAcceptsThemOnceProvided() async throws {
        let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../config/openclaw.json").standardized.path
        let secrets = FileManager.default.temporaryDirectory.appendingPathComponent("cli-secrets-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: secrets, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(atPath: secrets) }

        let missing = try await OpenClawProcess.run(["config", "validate", "--config", shipped], environment: ["OPENCLAW_SECRETS_DIR": secrets])
        #expect(missing.status == 1)
        #expect(missing.error.contains("channels.telegram.botToken: secret file \(secrets)/telegram_bot_token is missing"))
        #expect(missing.error.contains("models.providers.anthropic.apiKey"))
        #expect(missing.error.contains("privacy.encryptionKey"))
        #expect(missing.error.contains("audit.signingKey"))
        #expect(missing.error.contains("gateway.auth.token"))

        let token = "123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0"
        let storageKey = SecretGenerator.base64(bytes: 32).generate()
        let auditKey = SecretGenerator.base64(bytes: 32).generate()
        for (id, value) in [
            ("telegram_bot_token", token), ("anthropic_api_key", "sk-ant-api03-placeholder"), ("storage_encryption_key", storageKey),
            ("audit_signing_key", auditKey), ("gateway_token", SecretGenerator.hex(bytes: 24).generate()),
        ] {
            #expect(FileManager.default.createFile(atPath: secrets + "/" + id, contents: Data(value.utf8), attributes: [.posixPermissions: 0o644]))
        }
        let worldReadable = try await OpenClawProcess.run(["config", "validate", "--config", shipped], environment: ["OPENCLAW_SECRETS_DIR": secrets])
        #expect(worldReadable.status == 1)
        #expect(worldReadable.error.contains("world-readable"))
        #expect(!worldReadable.error.contains(token) && !worldReadable.output.contains(token))

        for id in ["telegram_bot_token", "anthropic_api_key", "storage_encryption_key", "audit_signing_key", "gateway_token"] {
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: secrets + "/" + id)
        }
        let valid = try await OpenClawProcess.run(["config", "validate", "--config", shipped], environment: ["OPENCLAW_SECRETS_DIR": secrets])
        #expect(valid.status == 0, "\(valid.error)")
        #expect(valid.output.contains("valid"))

        let overridden = try await OpenClawProcess.run(
            ["config", "validate", "--config", shipped],
            environment: ["OPENCLAW_SECRETS_DIR": secrets, "OPENCLAW_CHANNELS_TELEGRAM_DM_POLICY": "open"]
        )
        #expect(overridden.status == 1)
        #expect(overridden.error.contains("channels.telegram.dmPolicy"))
    }

    @Test func approvalFromAnotherProcessAdmitsTheNextMessage() async throws {
        try await H.withGateway { harness in
            harness.telegram.inject(harness.telegram.privateMessage(from: H.bob, text: "let me in"))
            try await harness.waitUntilIdle()

            let list = try await OpenClawProcess.run(["pairing", "list", "telegram", "--config", harness.sandbox.configPath])
            #expect(list.status == 0)
            let code = try #require(try await harness.withAdmin { try await $0.pending() }.first?.code)
            #expect(list.output.contains(code.rawValue))
            #expect(list.output.contains(String(H.bob.id)))

            let wrong = try await OpenClawProcess.run(["pairing", "approve", "telegram", "AAAA2222", "--config", harness.sandbox.configPath])
            #expect(wrong.status == 1)
            #expect(wrong.error.contains("no pending pairing request"))

            let approve = try await OpenClawProcess.run(["pairing", "approve", "telegram", code.rawValue.lowercased(), "--notify", "--config", harness.sandbox.configPath])
            #expect(approve.status == 0, "\(approve.error)")
            #expect(approve.output.contains("Approved Telegram user \(H.bob.id). They are now the owner."))
            _ = try await harness.telegram.waitForSent { $0.chatId == H.bob.id && $0.text.contains("approved") }

            // No restart and no cache lifetime to wait out: the very next message is answered, not met as a stranger's.
            let before = harness.sent(to: H.bob.id).count
            harness.telegram.inject(harness.telegram.privateMessage(from: H.bob, text: "hello after approval"))
            try await waitUntil(timeout: .seconds(30)) { harness.sent(to: H.bob.id).count > before }
            #expect(harness.sent(to: H.bob.id)[before].text == "echo: hello after approval")
        }
    }

    @Test func allowlistCommandsRefuseUsernamesAndGrantIds() async throws {
        try await H.withGateway { harness in
            let config = harness.sandbox.configPath
            let username = try await OpenClawProcess.run(["allowlist", "add", "telegram", "@alice", "--config", config])
            #expect(username.status == 1)
            #expect(username.error.contains("usernames are not identities"))

            #expect(try await OpenClawProcess.run(["allowlist", "add", "telegram", String(H.alice.id), "--config", config]).output.contains("Allowed \(H.alice.id)."))
            #expect(try await OpenClawProcess.run(["allowlist", "list", "--config", config]).output.contains(String(H.alice.id)))
            harness.telegram.inject(harness.telegram.privateMessage(from: H.alice, text: "granted by cli"))
            _ = try await harness.telegram.waitForSent { $0.text == "echo: granted by cli" }

            #expect(try await OpenClawProcess.run(["allowlist", "remove", "telegram", String(H.alice.id), "--config", config]).output.contains("Removed"))
            harness.telegram.inject(harness.telegram.privateMessage(from: H.alice, text: "removed now"))
            let pairing = try await harness.telegram.waitForSent { $0.chatId == H.alice.id && $0.text.contains("Pairing code") }
            #expect(!pairing.text.contains("removed now"))
            #expect(harness.model.requestCount == 1)
        }
    }

    @Test func removingTheRecordedOwnerTakesEveryStoredGrantAtOnce() async throws {
        try await H.withGateway { harness in
            let config = harness.sandbox.configPath
            let sim = harness.telegram
            sim.inject(sim.privateMessage(from: H.bob, text: "let me in"))
            try await harness.waitUntilIdle()
            let code = try #require(try await harness.withAdmin { try await $0.pending() }.first?.code)
            let approve = try await OpenClawProcess.run(["pairing", "approve", "telegram", code.rawValue, "--config", config])
            #expect(approve.output.contains("now the owner"))
            sim.inject(sim.privateCommand(from: H.bob, "/whoami"))
            _ = try await sim.waitForSent { $0.chatId == H.bob.id && $0.text.contains("Role: owner") }

            let listed = try await OpenClawProcess.run(["allowlist", "list", "--config", config]).output
            #expect(listed.contains("\(H.bob.id)") && listed.contains("dm") && listed.contains("owner"))
            #expect(listed.contains("first pairing approval"))

            let removed = try await OpenClawProcess.run(["allowlist", "remove", "telegram", String(H.bob.id), "--config", config])
            #expect(removed.status == 0)
            #expect(removed.output.contains("Removed \(H.bob.id): DM access and the owner role"))
            #expect(!(try await OpenClawProcess.run(["allowlist", "list", "--config", config]).output.contains(String(H.bob.id))))

            let modelCalls = harness.model.requestCount
            let sentBefore = sim.sentMessages.count
            sim.inject(sim.privateCommand(from: H.bob, "/whoami"))
            sim.inject(sim.privateMessage(from: H.bob, text: "still there?"))
            try await harness.waitUntilIdle()
            #expect(!sim.sentMessages.dropFirst(sentBefore).contains { $0.text.contains("Role: owner") || $0.text.contains("still there?") })
            #expect(harness.model.requestCount == modelCalls)

            // The next approval does not make someone else the owner by default.
            sim.inject(sim.privateMessage(from: H.alice, text: "me too"))
            try await harness.waitUntilIdle()
            let next = try #require(try await harness.withAdmin { try await $0.pending() }.first { $0.userId == H.alice.id }?.code)
            #expect(try await harness.withAdmin { try await $0.approve(code: next) }?.becameOwner == false)
        }
    }

    @Test func aGrantWrittenInTheConfigIsNotRemovedFromTheStore() async throws {
        try await H.withGateway(adjust: { document in
            document.set([.number(Double(H.alice.id))], at: ["channels", "telegram", "allowFrom"])
            document.set(["ownerAllowFrom": [.number(Double(H.alice.id))]], at: ["commands"])
        }) { harness in
            let config = harness.sandbox.configPath
            let listed = try await OpenClawProcess.run(["allowlist", "list", "--config", config]).output
            #expect(listed.contains("config  channels.telegram.allowFrom") && listed.contains("config  commands.ownerAllowFrom"))

            let removed = try await OpenClawProcess.run(["allowlist", "remove", "telegram", String(H.alice.id), "--config", config])
            #expect(removed.status == 1)
            #expect(removed.error.contains("still granted by channels.telegram.allowFrom and commands.ownerAllowFrom"))
            #expect(removed.error.contains(config))
        }
    }
}
