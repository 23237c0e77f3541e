import OpenClawTesting
import Foundation
import ModelSimulator
import OpenClawCore
import OpenClawGateway
import OpenClawLLM
import OpenClawStore
import OpenClawTelegram
import Testing
import TelegramSimulator

/// Plants personal data and secrets in every place they could enter (messages from allowed users
/// and strangers, model replies, a model outage, an over-long message, a bad rotation, config
/// mistakes), runs the traffic, then looks for them on every place they could leave by: log
/// lines, audit records, metrics and user-visible errors. None may be found.
@Suite(.serialized) struct PlantedDataEndToEndTests {
    typealias H = GatewayHarness

    static let email = "planted.person@example.org"
    static let phone = "+44 7700 900123"
    static let card = "4111 1111 1111 1111"
    static let iban = "GB82 WEST 1234 5698 7654 32"
    static let foreignKey = "sk-proj-" + "Zq8Lm2Xv7Rt4Np1Ks9Wd3Hf6Jc0Bg5Ya" + "Ue2Io"

    @Test func plantedSecretsAndPersonalDataLeaveByNoSurface() async throws {
        try await H.withGateway(adjust: { document in
            document.set([.number(Double(H.alice.id))], at: ["channels", "telegram", "allowFrom"])
            document.set(400, at: ["limits", "maxInputChars"])
        }) { harness in
            let sim = harness.telegram
            let botToken = sim.token
            let anthropicKey = try #require(harness.sandbox.readSecret("anthropic_api_key"))
            let storageKey = try #require(harness.sandbox.readSecret("storage_encryption_key"))
            let personal = "I am \(Self.email), phone \(Self.phone), card \(Self.card), IBAN \(Self.iban)"
            let secrets = "keys: \(Self.foreignKey) and the bot's \(botToken)"

            // What a user may legitimately get back (their own words echoed); errors must carry nothing.
            harness.model.enqueueReplies(["You said: \(personal). Also \(secrets) and \(anthropicKey) and \(storageKey)"])
            sim.inject(sim.privateMessage(from: H.alice, text: "\(personal). \(secrets)"))
            try await harness.waitUntilIdle()
            let answer = try #require(harness.sent(to: H.alice.id).last?.text)

            harness.model.failNext(status: 500, count: 8)
            sim.inject(sim.privateMessage(from: H.alice, text: "again: \(personal) \(secrets)"))
            try await harness.waitUntilIdle()
            let outageReply = try #require(harness.sent(to: H.alice.id).last?.text)

            sim.inject(sim.privateMessage(from: H.alice, text: String(repeating: "\(personal) ", count: 20)))
            try await harness.waitUntilIdle()
            let tooLongReply = try #require(harness.sent(to: H.alice.id).last?.text)

            sim.inject(sim.privateMessage(from: H.mallory, text: "\(personal) \(secrets)"))
            sim.inject(sim.groupMessage(chatId: H.groupId, from: H.bob, text: personal))
            try await harness.waitUntilIdle()
            let pairingReply = try #require(harness.sent(to: H.mallory.id).last?.text)

            // A rotation to a value that is not an Anthropic key, but is full of planted data.
            try harness.sandbox.writeSecret("anthropic_api_key", "\(Self.email) \(Self.foreignKey)")
            try await waitUntil { harness.metrics.exposition().contains(#"openclaw_secret_reloads_total{secret="anthropic_api_key",result="refused"}"#) }

            var configDocument = try ConfigParser.document(from: Data(contentsOf: URL(fileURLWithPath: harness.sandbox.configPath)))
            configDocument.set(.string(Self.foreignKey), at: ["channels", "telegram", "botToken"])
            configDocument.set(.string(botToken), at: ["gateway", botToken])
            configDocument.set(.string("https://\(Self.email)/bot\(botToken)/x"), at: ["channels", "telegram", "webhookUrl"])
            let configError = try #require(throws: ConfigError.self) { try ConfigParser.parse(configDocument) }.description

            let logs = harness.logs.captured.joined(separator: "\n")
            let audit = try await harness.withAdmin { try await $0.store.auditEvents(kindPrefix: nil, limit: 10_000) }
                .map { "\($0.kind.rawValue) \($0.userId.map(String.init) ?? "") \($0.details)" }.joined(separator: "\n")
            let metrics = harness.metrics.exposition()
            let errors = [outageReply, tooLongReply, pairingReply, configError].joined(separator: "\n")
            let surfaces = ["log lines": logs, "audit records": audit, "metrics": metrics, "user-visible errors": errors]

            #expect(logs.contains("secret rotation refused"), "the bad rotation was seen and logged")
            #expect(audit.contains("secret.rotation_failed"))
            #expect(configError.contains("inline secret values are refused"))
            #expect(outageReply == LLMError.neutralMessage)

            let personalNeedles = ["planted.person", "example.org", "7700 900123", "900123", "4111 1111", "WEST 1234", "5698 7654"]
            let secretNeedles = [
                String(Self.foreignKey.dropFirst(8)), String(botToken.split(separator: ":")[1]), String(anthropicKey.dropFirst(14)), storageKey,
            ]
            for (surface, text) in surfaces {
                for needle in personalNeedles + secretNeedles {
                    #expect(!text.contains(needle), "\(surface) contain a planted value")
                }
            }
            // Replies are the user's own conversation; even so, no secret of ours or key-shaped string.
            for reply in sim.sentMessages.map(\.text) {
                for needle in secretNeedles {
                    #expect(!reply.contains(needle), "a reply contains a planted secret")
                }
            }
            #expect(answer.contains(Self.email), "with redactReplies: secrets the user's own data is echoed back to them")
        }
    }
}
