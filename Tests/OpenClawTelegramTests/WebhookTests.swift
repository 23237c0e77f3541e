import OpenClawTelegram
import TelegramSimulator
import Testing

@Suite("Webhook delivery")
struct WebhookTests {
    @Test func deliveriesCarryTheSecretHeader() async throws {
        let receiver = WebhookReceiver()
        try await receiver.start()
        try await withSimulator { simulator, client in
            try await client.setWebhook(url: receiver.url, secretToken: "s3cret-Token_1", dropPendingUpdates: true)
            #expect(simulator.webhookURL == receiver.url)
            let update = simulator.privateMessage(from: Fixtures.alice, text: "via webhook")
            simulator.inject(update)
            let deliveries = try await simulator.waitForWebhookDeliveries(count: 1)
            #expect(deliveries.first?.status == 200)
            #expect(deliveries.first?.secretToken == "s3cret-Token_1")
            let request = try #require(receiver.requests.first)
            #expect(request.secretHeader == "s3cret-Token_1")
            #expect(request.body.contains("\"update_id\":\(update.updateId)"))
        }
        await receiver.stop()
    }

    @Test func getUpdatesConflictsWhileAWebhookIsSet() async throws {
        try await withSimulator { simulator, client in
            try await client.setWebhook(url: "http://127.0.0.1:9/unused", secretToken: nil)
            let error = await #expect(throws: TelegramAPIError.self) { try await client.getUpdates(offset: nil, timeout: 0) }
            #expect(error?.code == 409)
            try await client.deleteWebhook()
            let updates = try await client.getUpdates(offset: nil, timeout: 0)
            #expect(updates.isEmpty)
            #expect(simulator.webhookURL == nil)
        }
    }

    @Test func rejectsASecretWithForbiddenCharacters() async throws {
        try await withSimulator { _, client in
            let error = await #expect(throws: TelegramAPIError.self) {
                try await client.setWebhook(url: "http://127.0.0.1:9/x", secretToken: "has space")
            }
            #expect(error?.code == 400)
        }
    }

    @Test func failedDeliveriesAreRetried() async throws {
        let receiver = WebhookReceiver(failFirst: 1)
        try await receiver.start()
        try await withSimulator { simulator, client in
            try await client.setWebhook(url: receiver.url, secretToken: "abc")
            simulator.inject(simulator.privateMessage(from: Fixtures.alice, text: "retry me"))
            let deliveries = try await simulator.waitForWebhookDeliveries(count: 2)
            #expect(deliveries.map(\.status) == [500, 200])
            #expect(deliveries.map(\.attempt) == [1, 2])
            try await simulator.waitForPendingUpdatesDrained()
        }
        await receiver.stop()
    }
}
