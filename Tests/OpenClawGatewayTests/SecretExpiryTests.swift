import OpenClawTesting
import Foundation
import Logging
import ModelSimulator
import OpenClawCore
import OpenClawGateway
import OpenClawStore
import Testing
import TelegramSimulator

@Suite(.serialized) struct SecretExpiryTests {
    typealias H = GatewayHarness

    /// The names of expired secrets go to callers with the gateway token only: anyone else
    /// learns ready or not ready, and which secret to go after used to be in that answer.
    @Test func expiredSecretsAreReportedInMetricsReadinessAndTheAuditTrail() async throws {
        let token = SecretGenerator.hex(bytes: 24).generate()
        try await H.withGateway(adjust: { document in
            document.set(["source": "file", "id": "gateway_token"], at: ["gateway", "auth", "token"])
        }, prepare: { sandbox in
            try sandbox.writeSecret("gateway_token", token)
            let hundredDaysAgo = Date().addingTimeInterval(-100 * 86_400)
            try FileManager.default.setAttributes([.modificationDate: hundredDaysAgo], ofItemAtPath: sandbox.secretsDir + "/telegram_bot_token")
        }) { harness in
            let authorized = [("Authorization", "Bearer \(token)")]

            try await waitUntil(timeout: .seconds(5)) { try await harness.get("/readyz", headers: authorized).body.contains("telegram_bot_token") }
            let ready = try await harness.get("/readyz", headers: authorized)
            #expect(ready.status == 200)
            #expect(ready.body.contains(#""expiredSecrets":["telegram_bot_token"]"#))
            #expect(ready.body.contains(#""store":true"#))
            for headers in [[], [("Authorization", "Bearer wrong")], [("Authorization", token)]] {
                let anonymous = try await harness.get("/readyz", headers: headers)
                #expect(anonymous.status == 200)
                #expect(anonymous.body == "{\"ready\":true}\n")
            }
            let metrics = harness.metrics.exposition()
            #expect(metrics.contains(#"openclaw_secret_age_seconds{secret="telegram_bot_token"} 8640000"#))
            #expect(metrics.contains(#"openclaw_secret_expiry_timestamp_seconds{secret="anthropic_api_key"}"#))
            let audit = try await harness.withAdmin { try await $0.store.auditEvents(kindPrefix: "secret.expired", limit: 5) }
            #expect(audit.map { $0.details["secret"] } == ["telegram_bot_token"])
            #expect(harness.logs.captured.contains { $0.contains("secret expired: rotate it") })
        }
    }

    @Test func aMalformedSecretStopsTheStartNamingTheRuleNotTheValue() async throws {
        do {
            _ = try await H.withGateway(prepare: { sandbox in try sandbox.writeSecret("telegram_bot_token", "12345:tooShortSecretValue") }) { _ in
                Issue.record("a malformed bot token was accepted")
            }
        } catch {
            let text = "\(error)"
            #expect(text.contains("channels.telegram.botToken"))
            #expect(text.contains("telegram_bot_token"))
            #expect(!text.contains("tooShort"))
        }
    }
}
