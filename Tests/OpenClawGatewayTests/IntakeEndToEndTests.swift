import OpenClawTesting
import Logging
import NIOHTTP1
import NIOCore
import OpenClawStore
import ModelSimulator
import Foundation
import OpenClawCore
import OpenClawGateway
import OpenClawTelegram
import Testing
import TelegramSimulator

@Suite(.serialized) struct IntakeEndToEndTests {
    typealias H = GatewayHarness

    static func allowAlice(_ document: inout JSONValue) {
        document.set([.number(Double(H.alice.id))], at: ["channels", "telegram", "allowFrom"])
    }

    @Test func webhookRefusesWrongSecretOversizeAndMalformedBodies() async throws {
        try await H.withGateway(webhook: true, adjust: Self.allowAlice) { harness in
            #expect(harness.telegram.webhookURL == H.webhookURL)
            let secret = try #require(harness.sandbox.readSecret("telegram_webhook_secret"))
            let forged = harness.telegram.privateMessage(from: H.alice, text: "forged")
            let body = try JSONEncoder().encode(forged)

            #expect(try await harness.post("/telegram-webhook", body: body, headers: []) == 401)
            #expect(try await harness.post("/telegram-webhook", body: body, headers: [("X-Telegram-Bot-Api-Secret-Token", secret + "x")]) == 401)
            let big = Data(repeating: UInt8(ascii: " "), count: (1 << 20) + 1)
            #expect(try await harness.post("/telegram-webhook", body: big, headers: [("X-Telegram-Bot-Api-Secret-Token", secret)]) == 413)
            #expect(try await harness.post("/telegram-webhook", body: Data("{not json".utf8), headers: [("X-Telegram-Bot-Api-Secret-Token", secret)]) == 400)

            // The genuine delivery, through the simulator with the registered secret, is answered —
            // and it is the only thing answered: the refused bodies reached neither model nor chat.
            harness.telegram.inject(harness.telegram.privateMessage(from: H.alice, text: "genuine"))
            let reply = try await harness.telegram.waitForSent { $0.chatId == H.alice.id }
            #expect(reply.text == "echo: genuine")
            try await harness.waitUntilIdle()
            #expect(harness.telegram.sentMessages.map(\.text) == ["echo: genuine"])
            #expect(harness.model.requestCount == 1)
            #expect(harness.telegram.webhookDeliveries.first?.status == 200)
            let metrics = harness.metrics.exposition()
            #expect(metrics.contains(#"openclaw_webhook_requests_total{result="unauthorized"} 2"#))
        }
    }

    @Test func longRepliesArriveAsValidChunks() async throws {
        try await H.withGateway(adjust: Self.allowAlice) { harness in
            let paragraph = String(repeating: "Emoji 👩‍👩‍👧‍👦 and flags 🇩🇪 in a sentence. ", count: 20)
            var long = ""
            while long.count < 5000 { long += paragraph + "\n\n" }
            long = String(long.prefix(5000))
            harness.model.enqueueReplies([long])
            harness.telegram.inject(harness.telegram.privateMessage(from: H.alice, text: "write a lot"))
            try await harness.waitUntilIdle()
            let chunks = harness.sent(to: H.alice.id).map(\.text)
            #expect(chunks.count >= 2)
            #expect(chunks.allSatisfy { $0.utf16.count <= 4000 && !$0.isEmpty })
            #expect(chunks.joined().filter { !$0.isWhitespace } == long.filter { !$0.isWhitespace })
        }
    }

    @Test func aTelegram429DelaysButDoesNotLoseTheReply() async throws {
        try await H.withGateway(pacing: .telegram, adjust: Self.allowAlice) { harness in
            harness.telegram.failNextSendMessages(chatId: H.alice.id, count: 1, retryAfter: 1)
            let injected = ContinuousClock.now
            harness.telegram.inject(harness.telegram.privateMessage(from: H.alice, text: "slow down"))
            let reply = try await harness.telegram.waitForSent(timeout: .seconds(8)) { $0.chatId == H.alice.id }
            #expect(reply.text == "echo: slow down")
            #expect(reply.time - injected >= .seconds(1))
            #expect(harness.sent(to: H.alice.id).count == 1)
        }
    }

    @Test func aRestartDoesNotAnswerAnUpdateTwice() async throws {
        try await H.withGateway(adjust: Self.allowAlice) { first in
            let update = first.telegram.privateMessage(from: H.alice, text: "only once")
            first.telegram.inject(update)
            _ = try await first.telegram.waitForSent { $0.chatId == H.alice.id }
            try await first.waitUntilIdle()
            try await first.stopGateway()

            let second = try await first.restarted()
            // Telegram redelivers the same update (e.g. the offset confirmation was lost).
            second.telegram.inject(update)
            second.telegram.inject(second.telegram.privateMessage(from: H.alice, text: "and this"))
            _ = try await second.telegram.waitForSent { $0.text == "echo: and this" }
            try await second.waitUntilIdle()
            #expect(second.sent(to: H.alice.id).map(\.text) == ["echo: only once", "echo: and this"])
            #expect(second.model.requestCount == 2)
            try await second.stopGateway()
        }
    }

    @Test func shutdownFinishesTheMessageInFlight() async throws {
        try await H.withGateway(adjust: Self.allowAlice) { harness in
            // Longer than the typing indicator's delay, so "typing…" shows.
            harness.model.setLatency(.milliseconds(1500))
            harness.telegram.inject(harness.telegram.privateMessage(from: H.alice, text: "in flight"))
            #expect(await harness.model.waitForRequests(count: 1))
            try await harness.stopGateway()
            #expect(harness.sent(to: H.alice.id).map(\.text) == ["echo: in flight"])
            #expect(harness.telegram.chatActions.contains { $0.chatId == H.alice.id && $0.action == .typing }, "typing… while the model works")
        }
    }

    /// "typing…" is for work that takes a while: an answer ready at once costs no Bot API request.
    @Test func aQuickAnswerShowsNoTyping() async throws {
        try await H.withGateway(adjust: Self.allowAlice) { harness in
            harness.telegram.inject(harness.telegram.privateMessage(from: H.alice, text: "quick"))
            _ = try await harness.telegram.waitForSent { $0.text == "echo: quick" }
            try await harness.waitUntilIdle()
            #expect(harness.telegram.chatActions.isEmpty)
        }
    }

    @Test func healthReadinessAndMetrics() async throws {
        try await H.withGateway(adjust: Self.allowAlice) { harness in
            #expect(try await harness.get("/healthz").status == 200)
            let ready = try await harness.get("/readyz")
            #expect(ready.status == 200)
            #expect(ready.body == "{\"ready\":true}\n", "no gateway token: ready or not, nothing more")
            harness.telegram.inject(harness.telegram.privateMessage(from: H.alice, text: "count me"))
            harness.telegram.inject(harness.telegram.privateMessage(from: H.mallory, text: "stranger"))
            try await harness.waitUntilIdle()
            let metrics = try await harness.get("/metrics")
            #expect(metrics.status == 200)
            #expect(metrics.body.contains(#"openclaw_access_decisions_total{decision="allow",reason="allowed"} 1"#))
            #expect(metrics.body.contains(#"openclaw_access_decisions_total{decision="pairing",reason="unknown_sender"} 1"#))
            #expect(metrics.body.contains(#"openclaw_llm_calls_total{provider="local",model="scripted",outcome="ok"} 1"#))
            #expect(metrics.body.contains(#"openclaw_telegram_updates_total{source="poll"} 2"#))
        }
    }

    @Test func logsCarryNoMessageTextAndNoToken() async throws {
        try await H.withGateway(adjust: Self.allowAlice) { harness in
            harness.telegram.inject(harness.telegram.privateMessage(from: H.alice, text: "my secret diary entry"))
            harness.telegram.inject(harness.telegram.privateMessage(from: H.mallory, text: "stranger's private words"))
            try await harness.waitUntilIdle()
            let lines = harness.logs.captured
            #expect(!lines.isEmpty)
            let all = lines.joined(separator: "\n")
            #expect(!all.contains("diary"))
            #expect(!all.contains("private words"))
            #expect(!all.contains(harness.telegram.token))
            #expect(!all.contains(String(harness.telegram.token.split(separator: ":")[1])))
            #expect(all.contains("unauthorized") == false || all.contains("pairing request created"))
            for line in lines {
                #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "not a JSON line")
            }
        }
    }

    @Test func modelFailureGivesTheUserAShortErrorAndFallbacksAreTried() async throws {
        try await H.withGateway(adjust: Self.allowAlice) { harness in
            harness.model.failNext(status: 500, count: 2, model: "scripted")
            harness.telegram.inject(harness.telegram.privateMessage(from: H.alice, text: "fallback please"))
            let reply = try await harness.telegram.waitForSent { $0.chatId == H.alice.id }
            #expect(reply.text == "echo: fallback please")
            #expect(harness.model.requests.last?.model == "claude-sim")

            harness.model.failNext(status: 500, count: 10)
            harness.telegram.inject(harness.telegram.privateMessage(from: H.alice, text: "all down"))
            let failure = try await harness.telegram.waitForSent { $0.chatId == H.alice.id && $0.text != "echo: fallback please" }
            #expect(failure.text == "The model is unavailable right now. Please try again later.")
        }
    }

    @Test func chatCommands() async throws {
        try await H.withGateway(adjust: Self.allowAlice) { harness in
            let sim = harness.telegram
            func command(_ text: String) -> Update {
                sim.privateMessage(from: H.alice, text: text, entities: [MessageEntity(type: .botCommand, offset: 0, length: text.utf16.count)])
            }
            sim.inject(sim.privateMessage(from: H.alice, text: "remember me"))
            _ = try await sim.waitForSentMessages(count: 1)
            sim.inject(command("/whoami"))
            let whoami = try await sim.waitForSent { $0.text.contains("User id:") }
            #expect(whoami.text.contains("User id: \(H.alice.id)"))
            sim.inject(command("/status"))
            let status = try await sim.waitForSent { $0.text.contains("Model:") }
            #expect(status.text.contains("Model: local/scripted"))
            #expect(status.text.contains("Conversation: 2 messages"))
            sim.inject(command("/new"))
            _ = try await sim.waitForSent { $0.text == "New conversation started." }
            sim.inject(sim.privateMessage(from: H.alice, text: "fresh start"))
            _ = try await sim.waitForSent { $0.text == "echo: fresh start" }
            #expect(harness.model.requests.last?.turns.filter { $0.role != "system" }.count == 1)
            #expect(harness.model.requestCount == 2)
        }
    }
}

@Suite(.serialized) struct ProviderRedirectTests {
    typealias H = GatewayHarness

    @Test func aRedirectingProviderNeverReceivesTheKeyElsewhere() async throws {
        let evil = try await ModelSimulator.start(logger: H.quiet)
        do {
            try await followedNoRedirect(evil)
        } catch {
            await evil.stop()
            throw error
        }
        await evil.stop()
    }

    private func followedNoRedirect(_ evil: ModelSimulator) async throws {
        try await H.withGateway(adjust: { document in
            document.set([.number(Double(H.alice.id))], at: ["channels", "telegram", "allowFrom"])
            document.set("cloud/claude-sim", at: ["agents", "defaults", "model"])
            document.set([], at: ["agents", "defaults", "fallbacks"])
        }) { harness in
            harness.model.redirectNext(to: evil.baseURL + "/v1/messages", status: 307, count: 5)
            harness.telegram.inject(harness.telegram.privateMessage(from: H.alice, text: "follow me"))
            let reply = try await harness.telegram.waitForSent { $0.chatId == H.alice.id }
            #expect(reply.text == "The model is unavailable right now. Please try again later.")
            #expect(harness.model.requestCount >= 1)
            #expect(evil.requestCount == 0, "the API key and prompt were carried to another origin")
        }
    }
}
