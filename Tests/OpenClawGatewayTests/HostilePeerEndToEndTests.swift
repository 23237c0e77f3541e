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

/// Numbers a peer sends (a model's `retry-after` and usage, Telegram's `retry_after`, entity
/// offsets) are clamped before use: after each, the same gateway process answers the next message.
@Suite(.serialized) struct HostilePeerEndToEndTests {
    typealias H = GatewayHarness

    static func allowAlice(_ document: inout JSONValue) {
        document.set([.number(Double(H.alice.id))], at: ["channels", "telegram", "allowFrom"])
    }

    func say(_ harness: GatewayHarness, _ text: String) async throws {
        harness.telegram.inject(harness.telegram.privateMessage(from: H.alice, text: text))
        _ = try await harness.telegram.waitForSent(timeout: .seconds(10)) { $0.text == "echo: \(text)" }
    }

    /// `retry-after: 100000000000000000` used to overflow converting seconds to Int64 and kill the process.
    @Test func aModelsOutlandishRetryAfterIsWaitedOutAtTheCap() async throws {
        try await H.withGateway(adjust: Self.allowAlice) { harness in
            harness.model.failNext(status: 429, count: 1, retryAfter: "100000000000000000", model: "scripted")
            let started = ContinuousClock.now
            try await say(harness, "first")
            #expect(ContinuousClock.now - started >= RetryPolicy.fastForTests.maxRetryAfter, "waited the retry policy's cap, not the header")
            try await say(harness, "second")
            #expect(harness.model.requests.map(\.model) == ["scripted", "scripted", "scripted"])
        }
    }

    /// A `retry_after` of Int.max seconds used to overflow the pacer's sleep deadline and trap.
    @Test func telegramsOutlandishRetryAfterHoldsTheChatForTheBoundOnly() async throws {
        var pacing = PacingLimits.unlimited
        pacing.maxRetryAfter = .milliseconds(300)
        try await H.withGateway(pacing: pacing, adjust: Self.allowAlice) { harness in
            harness.telegram.failNextSendMessages(chatId: H.alice.id, count: 1, retryAfter: .max)
            try await say(harness, "held")
            try await say(harness, "next")
            #expect(harness.telegram.callCount(.sendMessage) == 3)
        }
    }

    /// A negative token count used to trap a Prometheus counter; a huge one overflowed the
    /// ledger's sums, so every later budget check failed. Both are clamped, huge billed at the cap.
    @Test func aModelsOutlandishUsageIsClampedAndBilledAtTheCap() async throws {
        try await H.withGateway(adjust: { document in
            Self.allowAlice(&document)
            document.set("cloud/claude-sim", at: ["agents", "defaults", "model"])
            document.set([], at: ["agents", "defaults", "fallbacks"])
        }) { harness in
            harness.model.setReportedTokens(input: -1_000_000_000, output: .max)
            try await say(harness, "count this")
            harness.model.reset()
            try await say(harness, "still here")
            let metrics = try await harness.get("/metrics").body
            #expect(metrics.contains(#"openclaw_llm_tokens_total{provider="cloud",model="claude-sim",type="output"} 10000"#))
            #expect(metrics.contains(#"openclaw_llm_tokens_total{provider="cloud",model="claude-sim",type="input"} "#))
            let usage = try await harness.withAdmin { try await $0.store.usageTotals(since: .distantPast, userId: H.alice.id) }
            #expect(usage.inputTokens >= 0)
            #expect(usage.outputTokens >= 10_000_000)
            #expect(usage.costUsd >= 150 && usage.costUsd < 151, "10M output tokens at $15 per 1M")
        }
    }

    /// An entity whose `offset + length` overflows used to trap while looking for a mention.
    @Test func anEntitySpanThatWouldOverflowIsIgnored() async throws {
        try await H.withGateway(adjust: Self.allowAlice) { harness in
            let text = "/help@openclaw_test_bot"
            let hostile = [MessageEntity(type: .botCommand, offset: .max, length: 1), MessageEntity(type: .mention, offset: 1, length: .max)]
            harness.telegram.inject(harness.telegram.privateMessage(from: H.alice, text: text, entities: hostile))
            _ = try await harness.telegram.waitForSent(timeout: .seconds(10)) { $0.text == "echo: \(text)" }
            try await say(harness, "after")
        }
    }
}
