import OpenClawTesting
import Foundation
import OpenClawCore
import OpenClawGateway
import OpenClawStore
import OpenClawTelegram
import TelegramSimulator
import Testing

/// Two gateway processes in webhook mode on one PostgreSQL database, each receiving deliveries
/// as replicas behind a load balancer would.
@Suite(.serialized) struct ReplicaWebhookEndToEndTests {
    typealias H = GatewayHarness
    static let sender = TelegramUser(id: 8201, firstName: "Wanda")

    static func requirePostgres() throws {
        if PostgresSandbox.unavailableReason != nil, ProcessInfo.processInfo.environment[PostgresSandbox.urlVariable] == nil {
            try Test.cancel("PostgreSQL: \(PostgresSandbox.unavailableReason ?? "")")
        }
    }

    static func webhookReplicas(_ document: inout JSONValue) {
        document.set(.string(H.webhookURL), at: ["channels", "telegram", "webhookUrl"])
        document.set(["source": "file", "id": "telegram_webhook_secret"], at: ["channels", "telegram", "webhookSecret"])
        document.set("open", at: ["channels", "telegram", "dmPolicy"])
        document.set(["*"], at: ["channels", "telegram", "allowFrom"])
    }

    /// Runs `body` with two webhook replicas, then stops both (killing both if `body` throws).
    static func withReplicas(_ sandbox: SandboxDeployment, _ body: ([WebhookReplica]) async throws -> Void) async throws {
        let first = try await WebhookReplica.start(sandbox, name: "replica-a")
        let second: WebhookReplica
        do {
            second = try await WebhookReplica.start(sandbox, name: "replica-b")
        } catch {
            try? await first.process.kill()
            throw error
        }
        do {
            try await body([first, second])
        } catch {
            try? await first.process.kill()
            try? await second.process.kill()
            throw error
        }
        for replica in [first, second] {
            let status = try await replica.process.stop()
            #expect(status == 0, "a replica stops cleanly: \(replica.process.log().suffix(1500))")
        }
    }

    @Test func twoReplicasGrantASenderOneAllowanceNotTwo() async throws {
        try Self.requirePostgres()
        try await withSimulatedDeployment(postgres: true, adjust: { document in
            Self.webhookReplicas(&document)
            document.set(["rate": "3/1h", "burst": 3], at: ["limits", "perUser"])
        }) { telegram, _, sandbox in
            let config = try ConfigLoader.load(path: sandbox.configPath, environment: [:], checkSecrets: false)
            try await Self.withReplicas(sandbox) { replicas in
                // Eight messages, every other one to each replica, each once the one before was
                // handled (so the replica it was posted to takes it): alone, each would grant a burst of 3.
                try await PairingAdmin.withStore(config: config, logger: H.quiet) { admin in
                    for index in 0..<8 {
                        let status = try await replicas[index % 2].deliver(telegram.privateMessage(from: Self.sender, text: "message \(index)"))
                        #expect(status == 200)
                        try await waitUntil(timeout: .seconds(30), "delivery \(index) handled") {
                            try await admin.store.inboxPendingIds(limit: 10).isEmpty
                        }
                    }
                }
                _ = try await telegram.waitForSentMessages(count: 4, timeout: .seconds(30))
            }
            // Both replicas stopped: what either had to send is sent.
            let texts = telegram.sentMessages.map(\.text)
            #expect(texts.filter { $0.hasPrefix("echo: ") }.count == 3, "one burst of 3 between both replicas: \(texts)")
            #expect(texts.filter { $0.contains("too fast") }.count == 1, "one notice between both replicas: \(texts)")
        }
    }
}
