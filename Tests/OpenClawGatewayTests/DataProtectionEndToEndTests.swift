import OpenClawTesting
import Foundation
import ModelSimulator
import OpenClawCore
import OpenClawGateway
import OpenClawStore
import OpenClawTelegram
import Testing
import TelegramSimulator

/// Encryption at rest, GDPR export and erasure (CLI and `/forgetme`), and retention, against a
/// running gateway.
@Suite(.serialized) struct DataProtectionEndToEndTests {
    typealias H = GatewayHarness

    /// Alice and Bob are let in by the store (as after pairing), so erasure can take access away.
    private static func withTwoPairedUsers(_ body: (GatewayHarness) async throws -> Void) async throws {
        try await H.withGateway { harness in
            for user in [H.alice, H.bob] {
                _ = try await harness.withAdmin { try await $0.allow(userId: user.id) }
            }
            try await body(harness)
        }
    }

    /// Sends `text` as `user`; a leading `/word` carries the bot_command entity Telegram adds.
    private func chat(_ harness: GatewayHarness, _ user: TelegramUser, _ text: String) async throws {
        let command = text.hasPrefix("/") ? text.split(separator: " ")[0] : ""
        let entities = command.isEmpty ? nil : [MessageEntity(type: .botCommand, offset: 0, length: command.utf16.count)]
        harness.telegram.inject(harness.telegram.privateMessage(from: user, text: text, entities: entities))
        try await harness.waitUntilIdle()
    }

    @Test func aCopiedDatabaseHoldsNoMessageText() async throws {
        try await Self.withTwoPairedUsers { harness in
            try await chat(harness, H.alice, "my secret plan involves periwinkle llamas")
            #expect(harness.sent(to: H.alice.id).last?.text == "echo: my secret plan involves periwinkle llamas")
            try await harness.stopGateway()
            let bytes = try await harness.databaseBytes()
            #expect(!bytes.isEmpty)
            #expect(bytes.range(of: Data("periwinkle".utf8)) == nil)
            let history = try await harness.withPrivacyAdmin { try await $0.export(userId: H.alice.id) }.messages.map(\.content)
            #expect(history == ["my secret plan involves periwinkle llamas", "echo: my secret plan involves periwinkle llamas"])
        }
    }

    @Test func exportThenEraseFromTheCommandLine() async throws {
        try await Self.withTwoPairedUsers { harness in
            try await chat(harness, H.alice, "alice-word-one")
            try await chat(harness, H.bob, "bob-word-one")
            let config = harness.sandbox.configPath
            let out = harness.sandbox.directory + "/alice-export.json"

            let export = try await OpenClawProcess.run(["gdpr", "export", "--user", String(H.alice.id), "--out", out, "--config", config])
            #expect(export.status == 0, "\(export.error)")
            let exported = try String(contentsOfFile: out, encoding: .utf8)
            #expect(exported.contains("alice-word-one") && exported.contains("\"accessEntries\""))
            #expect(!exported.contains("bob-word-one"))
            let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int
            #expect(mode == 0o600)

            let dryRun = try await OpenClawProcess.run(["gdpr", "erase", "--user", String(H.alice.id), "--config", config])
            #expect(dryRun.status == 1 && dryRun.output.contains("Nothing was changed"))
            #expect(try await harness.withPrivacyAdmin { try await $0.export(userId: H.alice.id) }.messages.count == 2)

            let erase = try await OpenClawProcess.run(["gdpr", "erase", "--user", String(H.alice.id), "--yes", "--config", config])
            #expect(erase.status == 0, "\(erase.error)")
            #expect(erase.output.contains("2 messages"))

            let after = try await OpenClawProcess.run(["gdpr", "export", "--user", String(H.alice.id), "--config", config])
            #expect(after.status == 0)
            #expect(!after.output.contains("alice-word-one"))
            let afterDocument = try #require(try JSONSerialization.jsonObject(with: Data(after.output.utf8)) as? [String: Any])
            for key in ["accessEntries", "messages", "usage", "auditEvents", "pairingRequests", "pendingUpdates"] {
                #expect((afterDocument[key] as? [Any])?.isEmpty == true, "\(key) is empty after erasure")
            }
            let bob = try await harness.withPrivacyAdmin { try await $0.export(userId: H.bob.id) }
            #expect(bob.messages.map(\.content) == ["bob-word-one", "echo: bob-word-one"])
            #expect(bob.accessEntries.count == 1)

            try await harness.stopGateway()
            #expect(try await harness.databaseBytes().range(of: Data("alice-word-one".utf8)) == nil)
            let audit = try await harness.withAdmin { try await $0.store.auditEvents(kindPrefix: "gdpr.", limit: 5) }
            #expect(audit.map(\.kind) == [.gdprErased])
            #expect(audit.first?.userId == nil && audit.first?.details["requestedBy"] == "cli")
        }
    }

    @Test func forgetMeErasesAfterConfirmationOnly() async throws {
        try await Self.withTwoPairedUsers { harness in
            try await chat(harness, H.alice, "remember the aubergine")
            try await chat(harness, H.alice, "/forgetme confirm")
            #expect(harness.sent(to: H.alice.id).last?.text.contains("no erasure request") == true)
            #expect(try await harness.withPrivacyAdmin { try await $0.export(userId: H.alice.id) }.messages.count == 2)

            try await chat(harness, H.alice, "/forgetme")
            #expect(harness.sent(to: H.alice.id).last?.text.contains("/forgetme confirm") == true)
            #expect(try await harness.withPrivacyAdmin { try await $0.export(userId: H.alice.id) }.messages.count == 2)

            try await chat(harness, H.alice, "/forgetme confirm")
            // Erasure also tombstones the confirming update itself, so wait for the reply rather than for idle.
            _ = try await harness.telegram.waitForSent { $0.chatId == H.alice.id && $0.text.hasPrefix("Done") }
            let after = try await harness.withPrivacyAdmin { try await $0.export(userId: H.alice.id) }
            #expect(after.messages.isEmpty && after.accessEntries.isEmpty)
            let audit = try await harness.withAdmin { try await $0.store.auditEvents(kindPrefix: "gdpr.", limit: 5) }
            #expect(audit.first?.details["requestedBy"] == "chat")

            // Her access went with her data: the next message is a stranger's and gets a pairing reply.
            let calls = harness.model.requestCount
            try await chat(harness, H.alice, "hello again")
            #expect(harness.model.requestCount == calls)
            #expect(harness.sent(to: H.alice.id).last?.text.contains("openclaw pairing approve") == true)
            #expect(try await harness.withPrivacyAdmin { try await $0.export(userId: H.bob.id) }.accessEntries.count == 1)
        }
    }

    @Test func rotatingTheStorageKeyReSealsEverythingInTheRunningGateway() async throws {
        try await Self.withTwoPairedUsers { harness in
            try await chat(harness, H.alice, "before rotation")
            try harness.sandbox.writeSecret("storage_encryption_key", SecretGenerator.base64(bytes: 32).generate())
            try await waitUntil { harness.logs.captured.contains { $0.contains("re-sealed under the new storage key") } }
            try await chat(harness, H.alice, "after rotation")
            try await harness.stopGateway()
            // Only the new key exists now (no .previous file): every row must open with it.
            let history = try await harness.withPrivacyAdmin { try await $0.export(userId: H.alice.id) }.messages.map(\.content)
            #expect(history == ["before rotation", "echo: before rotation", "after rotation", "echo: after rotation"])
            #expect(harness.logs.captured.contains { $0.contains("re-sealed under the new storage key") })
        }
    }

    @Test func retentionPrunesOldMessagesWhenTheGatewayStarts() async throws {
        try await Self.withTwoPairedUsers { harness in
            try await chat(harness, H.alice, "recent words")
            try await harness.stopGateway()
            let old = Date().addingTimeInterval(-40 * 86_400)
            try await harness.withPrivacyAdmin { admin in
                try await admin.store.appendTurn(
                    session: SessionKey(rawValue: "telegram:dm:\(H.bob.id)"), turn: ChatTurn(role: .user, content: "ancient words"), userId: H.bob.id, at: old
                )
            }
            let restarted = try await harness.restarted()
            // The pass at start has run once it is counted.
            try await waitUntil { restarted.metrics.exposition().contains(#"openclaw_retention_pruned_total{kind="messages"} 1"#) }
            let bob = try await restarted.withPrivacyAdmin { try await $0.export(userId: H.bob.id) }
            #expect(bob.messages.isEmpty, "older than privacy.retentionDays (30)")
            let alice = try await restarted.withPrivacyAdmin { try await $0.export(userId: H.alice.id) }
            #expect(alice.messages.count == 2)
            try await restarted.stopGateway()
        }
    }
}
