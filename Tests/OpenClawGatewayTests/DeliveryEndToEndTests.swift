import OpenClawTesting
import Foundation
import ModelSimulator
import OpenClawCore
import OpenClawGateway
import OpenClawStore
import OpenClawTelegram
import TelegramSimulator
import Testing

/// Replies the model was paid for reach the user: through Bot API failures, restarts and crashes.
@Suite(.serialized) struct DeliveryEndToEndTests {
    typealias H = GatewayHarness

    static func allowAliceAndBob(_ document: inout JSONValue) {
        document.set([.number(Double(H.alice.id)), .number(Double(H.bob.id))], at: ["channels", "telegram", "allowFrom"])
    }

    @Test func aReplyThatMeetsServerErrorsIsSentOnceTelegramAcceptsIt() async throws {
        try await H.withGateway(adjust: Self.allowAliceAndBob) { harness in
            let sim = harness.telegram
            sim.failNextCalls(.sendMessage, count: 3, status: 502)
            sim.inject(sim.privateMessage(from: H.alice, text: "worth paying for"))
            _ = try await sim.waitForSent { $0.text == "echo: worth paying for" }
            #expect(harness.model.requestCount == 1)
            #expect(harness.metrics.exposition().contains("openclaw_telegram_send_retries_total 3"))
            try await harness.waitUntilIdle()
        }
    }

    @Test func aReplyToAChatTelegramRefusesForGoodIsDroppedAndTheChatIsNotStuck() async throws {
        try await H.withGateway(adjust: Self.allowAliceAndBob) { harness in
            let sim = harness.telegram
            sim.failNextCalls(.sendMessage, count: 1, status: 403)
            sim.inject(sim.privateMessage(from: H.alice, text: "you blocked me"))
            try await harness.waitUntilIdle()
            sim.inject(sim.privateMessage(from: H.alice, text: "unblocked now"))
            _ = try await sim.waitForSent { $0.text == "echo: unblocked now" }
            #expect(!sim.sentMessages.contains { $0.text == "echo: you blocked me" })
            #expect(harness.metrics.exposition().contains("openclaw_telegram_send_failures_total 1"))
        }
    }

    @Test func aReplyProducedBeforeARestartIsSentFromTheStoreWithoutAskingTheModelAgain() async throws {
        try await H.withGateway(adjust: Self.allowAliceAndBob) { harness in
            let sim = harness.telegram
            sim.failNextCalls(.sendMessage, count: 1_000, status: 502)
            sim.inject(sim.privateMessage(from: H.alice, text: "answer me after the outage"))
            try await sim.waitForPendingUpdatesDrained()
            #expect(await harness.model.waitForRequests(count: 1))
            // The update is done once the reply is stored; the reply waits in the outbox.
            let deadline = ContinuousClock.now + .seconds(10)
            while try await harness.withAdmin({ try await $0.store.inboxPendingIds(limit: 1) }).isEmpty == false {
                guard ContinuousClock.now < deadline else { throw HarnessError("the update was not completed") }
                try await Task.sleep(for: .milliseconds(20))
            }
            try await harness.stopGateway()
            sim.clearCallFailures()

            let restarted = try await harness.restarted()
            _ = try await sim.waitForSent { $0.text == "echo: answer me after the outage" }
            #expect(harness.model.requestCount == 1)
            try await restarted.stopGateway()
        }
    }

    @Test func anUpdateInHandWhenTheProcessDiedTwiceIsParkedNotReplayed() async throws {
        try await withSimulatedDeployment(adjust: Self.allowAliceAndBob) { telegram, model, sandbox in
            model.setLatency(.seconds(60))
            telegram.inject(telegram.privateMessage(from: H.alice, text: "the message that kills"))
            for crash in 1...2 {
                let gateway = try GatewayProcess(config: sandbox.configPath)
                #expect(await model.waitForRequests(count: crash, timeout: .seconds(20)), "the update is in hand")
                try await gateway.kill()
            }
            model.setLatency(.zero)
            let survivor = try GatewayProcess(config: sandbox.configPath)
            let notice = try await telegram.waitForSent(timeout: .seconds(20)) { $0.chatId == H.alice.id }
            #expect(notice.text.contains("could not handle your last message"))
            telegram.inject(telegram.privateMessage(from: H.alice, text: "and this one?"))
            _ = try await telegram.waitForSent(timeout: .seconds(20)) { $0.text == "echo: and this one?" }
            #expect(model.requests.filter { $0.lastUserMessage == "the message that kills" }.count == 2, "not a third time")
            #expect(try await survivor.stop() == 0)
            let log = survivor.log()
            #expect(log.contains("update set aside"))
            let config = try ConfigLoader.load(path: sandbox.configPath, environment: [:], checkSecrets: false)
            let parked = try await PairingAdmin.withStore(config: config, logger: H.quiet) { try await $0.store.auditEvents(kindPrefix: "update.parked", limit: 5) }
            #expect(parked.count == 1 && parked.first?.details["attempts"] == "3")
        }
    }
}
