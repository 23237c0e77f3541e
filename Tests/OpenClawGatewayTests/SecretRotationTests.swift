import OpenClawTesting
import Foundation
import Synchronization
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
        try await H.withGateway(webhook: true, adjust: { document in
            document.set([.number(Double(H.alice.id))], at: ["channels", "telegram", "allowFrom"])
            document.set("cloud/claude-sim", at: ["agents", "defaults", "model"])
            document.set([], at: ["agents", "defaults", "fallbacks"])
        }) { harness in
            let sim = harness.telegram
            let oldKey = try #require(harness.sandbox.readSecret("anthropic_api_key"))
            harness.model.setAcceptedKeys([oldKey])

            let traffic = Task {
                var sent = 0
                while !Task.isCancelled {
                    sim.inject(sim.privateMessage(from: H.alice, text: "msg \(sent)"))
                    sent += 1
                    // A message every 40 ms, but never more than 30 unanswered: one conversation is
                    // answered in order, and past `limits.maxQueuedPerUser` the gateway drops by design.
                    repeat {
                        try? await Task.sleep(for: .milliseconds(40))
                    } while !Task.isCancelled && sim.sentMessages.count < sent - 30
                }
                return sent
            }
            try await waitUntil { sim.sentMessages.count >= 5 }

            // 1. Webhook secret: a new file; the old one stays accepted while Telegram catches up.
            let oldWebhookSecret = try #require(harness.sandbox.readSecret("telegram_webhook_secret"))
            let newWebhookSecret = "rotated-webhook-secret-" + String(repeating: "x", count: 24)
            try harness.sandbox.writeSecret("telegram_webhook_secret", newWebhookSecret)
            try await waitUntil {
                sim.webhookDeliveries.filter { $0.secretToken == newWebhookSecret && $0.succeeded }.count >= 5
            }

            // 2. Bot token: revoked in BotFather (the old one dies at once), then the file is rotated.
            let newToken = "\(sim.bot.id):AAE-rotated_fixture_token_000000000"
            sim.revokeToken(replacingWith: newToken)
            try await waitUntil { sim.refusedTokenCallCount >= 1 }
            let sentBeforeNewToken = sim.sentMessages.count
            try harness.sandbox.writeSecret("telegram_bot_token", newToken)
            try await waitUntil(timeout: .seconds(10)) { sim.sentMessages.count >= sentBeforeNewToken + 5 }

            // 3. Provider key: a second key is created, deployed, then the old one is revoked.
            let newKey = "sk-ant-api03-rotated-" + UUID().uuidString
            harness.model.setAcceptedKeys([oldKey, newKey])
            try harness.sandbox.writeSecret("anthropic_api_key", newKey)
            try await waitUntil { harness.model.requests.last?.presentedKey == newKey }
            harness.model.setAcceptedKeys([newKey])
            try await waitUntil { harness.model.requests.suffix(5).allSatisfy { $0.presentedKey == newKey } && harness.model.requests.filter { $0.presentedKey == newKey }.count >= 5 }

            traffic.cancel()
            let injected = await traffic.value
            // One conversation is answered in order: on a busy machine its backlog takes a while to drain.
            let replies = try await sim.waitForSentMessages(count: injected, timeout: .seconds(90))
            let texts = Set(replies.filter { $0.chatId == H.alice.id }.map(\.text))
            #expect(texts == Set((0..<injected).map { "echo: msg \($0)" }), "every message answered once")
            #expect(replies.count == injected, "no extra or error replies")
            #expect(sim.webhookDeliveries.allSatisfy { $0.status == 200 }, "no webhook delivery refused")
            #expect(sim.webhookDeliveries.contains { $0.secretToken == oldWebhookSecret })
            #expect(harness.model.requests.contains { $0.presentedKey == oldKey })
            #expect(harness.model.requests.last?.presentedKey == newKey)
            #expect(injected > 20, "traffic ran through all three rotations")

            let audit = try await harness.withAdmin { try await $0.store.auditEvents(kindPrefix: "secret.", limit: 10) }
            #expect(Set(audit.compactMap { $0.details["secret"] }) == ["telegram_webhook_secret", "telegram_bot_token", "anthropic_api_key"])
            #expect(audit.allSatisfy { $0.kind == .secretReloaded })
            let logs = harness.logs.captured.joined(separator: "\n")
            for secret in [newWebhookSecret, newToken, newKey, oldKey, oldWebhookSecret] {
                #expect(!logs.contains(secret))
            }
        }
    }

    @Test func aTokenTelegramRefusesIsNotUsed() async throws {
        try await H.withGateway(adjust: { document in
            document.set([.number(Double(H.alice.id))], at: ["channels", "telegram", "allowFrom"])
        }) { harness in
            let bogus = "\(harness.telegram.bot.id):AAE-not_accepted_by_telegram_000000"
            try harness.sandbox.writeSecret("telegram_bot_token", bogus)
            try await waitUntil { harness.metrics.exposition().contains(#"openclaw_secret_reloads_total{secret="telegram_bot_token",result="refused"} 1"#) }
            harness.telegram.inject(harness.telegram.privateMessage(from: H.alice, text: "still here"))
            _ = try await harness.telegram.waitForSent { $0.text == "echo: still here" }
            let failures = try await harness.withAdmin { try await $0.store.auditEvents(kindPrefix: "secret.rotation_failed", limit: 5) }
            #expect(failures.count == 1)
            #expect(!harness.logs.captured.joined().contains(bogus))
        }
    }

    static func allowAlice(_ document: inout JSONValue) {
        document.set([.number(Double(H.alice.id))], at: ["channels", "telegram", "allowFrom"])
    }

    /// Checks every 50 ms and retries after 20, 40, 80, 100 ms … so a test sees several tries quickly.
    static func fastRetries(_ options: inout GatewayOptions) {
        options.secretCheckInterval = .milliseconds(50)
        options.secretRetryDelay = .milliseconds(20)
        options.secretRetryMaxDelay = .milliseconds(100)
    }

    /// One failed `setWebhook` used to be final, and the old secret was refused 10 minutes later:
    /// every delivery 401 until a restart.
    @Test func aFailedSetWebhookIsRetriedAndTheRegisteredSecretStaysAcceptedUntilTelegramSwitches() async throws {
        let clock = ManualDate()
        try await H.withGateway(webhook: true, adjust: Self.allowAlice, tune: { options in
            Self.fastRetries(&options)
            options.now = { clock.now }
        }) { harness in
            let sim = harness.telegram
            let old = try #require(harness.sandbox.readSecret("telegram_webhook_secret"))
            let new = "rotated-webhook-secret-" + String(repeating: "y", count: 24)
            let registrations = sim.callCount(.setWebhook)

            sim.failNextCalls(.setWebhook, count: 1_000, status: 502)
            try harness.sandbox.writeSecret("telegram_webhook_secret", new)
            try await waitUntil { sim.callCount(.setWebhook) >= registrations + 3 }
            // An hour on, far past the grace window: Telegram still signs with the old secret.
            clock.advance(by: 3_600)
            sim.inject(sim.privateMessage(from: H.alice, text: "during the outage"))
            _ = try await sim.waitForSent { $0.text == "echo: during the outage" }
            #expect(sim.webhookSecretToken == old)

            sim.clearCallFailures()
            try await waitUntil { sim.webhookSecretToken == new }
            sim.inject(sim.privateMessage(from: H.alice, text: "after the switch"))
            _ = try await sim.waitForSent { $0.text == "echo: after the switch" }
            #expect(sim.webhookDeliveries.last?.secretToken == new)
            #expect(sim.webhookDeliveries.allSatisfy { $0.status == 200 }, "no delivery refused")

            // The old secret stays accepted for the grace window after Telegram switched, then not.
            func deliver(_ text: String, secret: String) async throws -> Int {
                let update = try JSONEncoder().encode(sim.privateMessage(from: H.alice, text: text))
                return try await harness.post("/telegram-webhook", body: update, headers: [("X-Telegram-Bot-Api-Secret-Token", secret)])
            }
            #expect(try await deliver("signed before the switch", secret: old) == 200)
            clock.advance(by: 601)
            #expect(try await deliver("replayed with the old secret", secret: old) == 401)
            #expect(try await deliver("signed with the new secret", secret: new) == 200)

            let audit = try await harness.withAdmin { try await $0.store.auditEvents(kindPrefix: "secret.", limit: 10) }
            #expect(audit.map(\.kind.rawValue).sorted() == ["secret.reloaded", "secret.rotation_delayed"])
            let logs = harness.logs.captured.joined(separator: "\n")
            #expect(!logs.contains(new) && !logs.contains(old))
        }
    }

    /// A new token whose `getMe` failed for any reason used to be refused for good.
    @Test func aNewBotTokenIsRetriedWhileGetMeFailsAndUsedOnceItAnswers() async throws {
        try await H.withGateway(adjust: Self.allowAlice, tune: Self.fastRetries) { harness in
            let sim = harness.telegram
            let newToken = "\(sim.bot.id):AAE-retried_fixture_token_000000000"
            sim.failNextCalls(.getMe, count: 3, status: 502)
            sim.revokeToken(replacingWith: newToken)
            try harness.sandbox.writeSecret("telegram_bot_token", newToken)
            try await waitUntil {
                harness.metrics.exposition().contains(#"openclaw_secret_reloads_total{secret="telegram_bot_token",result="applied"} 1"#)
            }
            let metrics = harness.metrics.exposition()
            #expect(metrics.contains(#"openclaw_secret_reloads_total{secret="telegram_bot_token",result="retrying"} 3"#))
            #expect(!metrics.contains(#"secret="telegram_bot_token",result="refused""#))
            sim.inject(sim.privateMessage(from: H.alice, text: "with the new token"))
            _ = try await sim.waitForSent(timeout: .seconds(15)) { $0.text == "echo: with the new token" }
        }
    }

    /// A reply that failed under a revoked token used to wait out the backoff it had grown (up to
    /// five minutes) after the new token was in place.
    @Test func aReplyHeldByARevokedTokenGoesOutAsSoonAsTheNewTokenIsIn() async throws {
        try await H.withGateway(webhook: true, adjust: Self.allowAlice, tune: { options in
            Self.fastRetries(&options)
            options.outboxRetryDelay = .seconds(3600)
        }) { harness in
            let sim = harness.telegram
            let newToken = "\(sim.bot.id):AAE-retry_now_fixture_token_0000000"
            sim.revokeToken(replacingWith: newToken)
            sim.inject(sim.privateMessage(from: H.alice, text: "queued under the old token"))
            try await waitUntil { harness.metrics.exposition().contains("openclaw_telegram_send_retries_total 1") }

            try harness.sandbox.writeSecret("telegram_bot_token", newToken)
            _ = try await sim.waitForSent(timeout: .seconds(15)) { $0.text == "echo: queued under the old token" }
        }
    }

    /// Only files named `gateway_token` were checked: a token under another id could be rotated to `a`.
    @Test func aRotatedValueIsCheckedByTheRoleItFills() async throws {
        let current = SecretGenerator.hex(bytes: 24).generate()
        try await H.withGateway(secrets: ["ops_token": current],
            adjust: { $0.set(["source": "file", "id": "ops_token"], at: ["gateway", "auth", "token"]) },
            tune: Self.fastRetries) { harness in

            try harness.sandbox.writeSecret("ops_token", "a")
            try await waitUntil { harness.metrics.exposition().contains(#"openclaw_secret_reloads_total{secret="ops_token",result="refused"} 1"#) }
            #expect(try await harness.get("/metrics", headers: [("Authorization", "Bearer a")]).status == 401)
            #expect(try await harness.get("/metrics", headers: [("Authorization", "Bearer \(current)")]).status == 200)
            let failures = try await harness.withAdmin { try await $0.store.auditEvents(kindPrefix: "secret.rotation_failed", limit: 5) }
            #expect(failures.first?.details["reason"]?.contains("gateway token (secret file ops_token)") == true)
        }
    }

    /// A refused rotation is counted only once its audit record is written (ARCHITECTURE.md,
    /// "Decisions"): the audit table is held write-locked until the record is seen waiting for it.
    @Test func aRefusedRotationIsCountedOnlyAfterItsAuditRecordIsWritten() async throws {
        try skipUnlessPostgres()
        let refusedOnce = #"openclaw_secret_reloads_total{secret="ops_token",result="refused"} 1"#
        try await H.withGateway(postgres: true, secrets: ["ops_token": SecretGenerator.hex(bytes: 24).generate()],
            adjust: { $0.set(["source": "file", "id": "ops_token"], at: ["gateway", "auth", "token"]) },
            tune: Self.fastRetries) { harness in
            let schema = try #require(harness.sandbox.postgresSchema)
            try await PostgresSandbox.holdingWriteLock(on: "audit_events", in: schema) { waitingWrites in
                try harness.sandbox.writeSecret("ops_token", "a")
                try await OpenClawTesting.waitUntil("the refusal's audit record waits for the lock") { try await waitingWrites() > 0 }
                #expect(!harness.metrics.exposition().contains(refusedOnce), "the refusal was counted before its audit record was written")
            }
            try await waitUntil { harness.metrics.exposition().contains(refusedOnce) }
            let failures = try await harness.withAdmin { try await $0.store.auditEvents(kindPrefix: "secret.rotation_failed", limit: 5) }
            #expect(failures.count == 1)
        }
    }

    func waitUntil(timeout: Duration = .seconds(15), _ condition: () -> Bool) async throws {
        let deadline = ContinuousClock.now + timeout
        while !condition() {
            guard ContinuousClock.now < deadline else { throw HarnessError("condition not met within \(timeout)") }
            try await Task.sleep(for: .milliseconds(25))
        }
    }
}

/// A wall clock the test moves by hand, for grace windows measured in minutes.
final class ManualDate: Sendable {
    private let current = Mutex(Date())

    var now: Date { current.withLock { $0 } }

    func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}
