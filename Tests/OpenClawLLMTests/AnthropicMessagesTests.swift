import ModelSimulator
import OpenClawCore
import OpenClawLLM
import Testing

struct AnthropicMessagesTests {
    @Test func sendsSystemAtTopLevelWithKeyVersionAndMaxTokens() async throws {
        try await withSimulator { simulator in
            let harness = Harness(simulator: simulator)
            _ = try await harness.router.complete(hello, primary: Harness.anthropic, fallbacks: [])

            let seen = try #require(simulator.requests.first)
            #expect(seen.api == .anthropicMessages)
            #expect(seen.path == "/v1/messages")
            #expect(seen.model == "claude-sim")
            #expect(seen.system == "You are terse.")
            #expect(seen.turns.map(\.role) == ["user", "assistant", "user"])
            #expect(seen.turns.last?.content == "What is two plus two?")
            #expect(seen.maxTokens == 256)
            #expect(seen.xAPIKey == "sk-ant-test-key")
            #expect(seen.bearerToken == nil)
            #expect(seen.anthropicVersion == "2023-06-01")
        }
    }

    @Test func parsesTextAndMapsUsageIncludingCache() async throws {
        try await withSimulator { simulator in
            simulator.setCacheTokens(read: 40, write: 7)
            let harness = Harness(simulator: simulator)
            let completion = try await harness.router.complete(hello, primary: Harness.anthropic, fallbacks: [])

            let reply = "echo: What is two plus two?"
            #expect(completion.text == reply)
            #expect(completion.ref == Harness.anthropic)
            #expect(completion.attempts == 1)
            let promptCharacters = "You are terse.".count + "Hi there".count + "Hello.".count + "What is two plus two?".count
            #expect(
                completion.usage
                    == TokenUsage(
                        input: ModelSimulator.tokens(forCharacters: promptCharacters),
                        output: ModelSimulator.tokens(forCharacters: reply.count),
                        cacheRead: 40,
                        cacheWrite: 7,
                        estimated: false
                    )
            )
        }
    }

    @Test func scriptedRepliesComeBackVerbatim() async throws {
        try await withSimulator { simulator in
            simulator.enqueueReplies(["first ✓", "second"])
            let harness = Harness(simulator: simulator)
            let one = try await harness.router.complete(hello, primary: Harness.anthropic, fallbacks: [])
            let two = try await harness.router.complete(hello, primary: Harness.anthropic, fallbacks: [])
            #expect([one.text, two.text] == ["first ✓", "second"])
        }
    }
}
