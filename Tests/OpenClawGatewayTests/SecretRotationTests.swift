import Foundation
import Logging
import ModelSimulator
import OpenClawCore
import OpenClawGateway
import OpenClawStore
import OpenClawTelegram
import Testing
import TelegramSimulator

/// Rotating each secret under continuous traffic loses and fails no request.
@Suite(.serialized) struct SecretRotationTests {
    typealias H = GatewayHarness

    @Test func rotatingWebhookSecretBotTokenAndProviderKeyUnderTrafficLosesNothing() async throws {
        let harness = try await H.start(webhook: true) { document in
            document.set([.number(Double(H.alice.id))], at: ["channels", "telegram", "allowFrom"])
            document.set("cloud/claude-sim", at: ["agents", "defaults", "model"])
            document.set([], at: ["agents", "defaults", "fallbacks"])
        }
        defer { Task { await harness.stop() } }
        let sim = harness.telegram
        let oldKey = try #require(harness.sandbox.readSecret("anthropic_api_key"))
        harness.model.setAcceptedKeys([oldKey])

        let traffic = Task {
            var sent = 0
            while !Task.isCancelled {
                sim.inject(sim.privateMessage(from: H.alice, text: "msg \(sent)"))
                sent += 1
                try? await Task.sleep(for: .milliseconds(40))
            }
            return sent
        }
        try await Task.sleep(for: .milliseconds(300))

        // 1. Webhook secret: a new file; the old one stays accepted while Telegram catches up.
        let oldWebhookSecret = try #require(harness.sandbox.readSecret("telegram_webhook_secret"))
        let newWebhookSecret = "rotated-webhook-secret-" + String(repeating: "x", count: 24)
        try harness.sandbox.writeSecret("telegram_webhook_secret", newWebhookSecret)
        try await waitUntil { sim.webhookDeliveries.last?.secretToken == newWebhookSecret }
        try await Task.sleep(for: .milliseconds(300))

        // 2. Bot token: revoked in BotFather (the old one dies at once), then the file is rotated.
        let newToken = "\(sim.bot.id):AAE-rotated_fixture_token_000000000"
        sim.revokeToken(replacingWith: newToken)
        try await Task.sleep(for: .milliseconds(200))
        try harness.sandbox.writeSecret("telegram_bot_token", newToken)
        try await Task.sleep(for: .milliseconds(1500))

        // 3. Provider key: a second key is created, deployed, then the old one is revoked.
        let newKey = "sk-ant-api03-rotated-" + UUID().uuidString
        harness.model.setAcceptedKeys([oldKey, newKey])
        try harness.sandbox.writeSecret("anthropic_api_key", newKey)
        try await waitUntil { harness.model.requests.last?.presentedKey == newKey }
        harness.model.setAcceptedKeys([newKey])
        try await Task.sleep(for: .milliseconds(500))

        traffic.cancel()
        let injected = await traffic.value
        let replies = try await sim.waitForSentMessages(count: injected, timeout: .seconds(15))
        let texts = Set(replies.filter { $0.chatId == H.alice.id }.map(\.text))
        #expect(texts == Set((0..<injected).map { "echo: msg \($0)" }), "every message answered once")
        #expect(replies.count == injected, "no extra or error replies")
        #expect(sim.webhookDeliveries.allSatisfy { $0.status == 200 }, "no webhook delivery refused")
        #expect(sim.webhookDeliveries.contains { $0.secretToken == oldWebhookSecret })
        #expect(harness.model.requests.contains { $0.presentedKey == oldKey })
        #expect(harness.model.requests.last?.presentedKey == newKey)
        #expect(injected > 50)

        let audit = try await harness.withAdmin { try await $0.store.auditEvents(kindPrefix: "secret.", limit: 10) }
        #expect(Set(audit.compactMap { $0.details["secret"] }) == ["telegram_webhook_secret", "telegram_bot_token", "anthropic_api_key"])
        #expect(audit.allSatisfy { $0.kind == "secret.reloaded" })
        let logs = harness.logs.captured.joined(separator: "\n")
        for secret in [newWebhookSecret, newToken, newKey, oldKey, oldWebhookSecret] {
            #expect(!logs.contains(secret))
        }
    }

    @Test func aTokenTelegramRefusesIsNotUsed() async throws {
        let harness = try await H.start { document in
            document.set([.number(Double(H.alice.id))], at: ["channels", "telegram", "allowFrom"])
        }
        defer { Task { await harness.stop() } }
        let bogus = "\(harness.telegram.bot.id):AAE-not_accepted_by_telegram_000000"
        try harness.sandbox.writeSecret("telegram_bot_token", bogus)
        try await waitUntil { harness.metrics.exposition().contains(#"openclaw_secret_reloads_total{secret="telegram_bot_token",result="refused"} 1"#) }
        harness.telegram.inject(harness.telegram.privateMessage(from: H.alice, text: "still here"))
        _ = try await harness.telegram.waitForSent { $0.text == "echo: still here" }
        let failures = try await harness.withAdmin { try await $0.store.auditEvents(kindPrefix: "secret.rotation_failed", limit: 5) }
        #expect(failures.count == 1)
        #expect(!harness.logs.captured.joined().contains(bogus))
    }

    func waitUntil(timeout: Duration = .seconds(5), _ condition: () -> Bool) async throws {
        let deadline = ContinuousClock.now + timeout
        while !condition() {
            guard ContinuousClock.now < deadline else { throw HarnessError("condition not met within \(timeout)") }
            try await Task.sleep(for: .milliseconds(25))
        }
    }
}
